/**
 * Masks a phone number for lists: 13812345678 → 138****5678, +852 9123 4567 → +852 **** 4567.
 *
 * The last four digits stay; the first three stay only when at least eleven digits remain, so
 * an eight-digit Hong Kong or Macao number shows no more than its last four. Separators are kept.
 */
export function maskPhone(phone: string | undefined): string {
  if (!phone) return '';
  const text = phone.trim();
  const total = text.replace(/\D/g, '').length;
  if (total === 0) return '*'.repeat(Math.min(text.length, 4));
  const keepHead = total >= 11 ? 3 : 0;
  const keepTail = total > 4 ? 4 : 0;
  let seen = 0;
  return text.replace(/\d/g, (digit) => {
    seen += 1;
    return seen <= keepHead || seen > total - keepTail ? digit : '*';
  });
}

/** Masks an e-mail address for lists: zhangsan@example.com → z***@example.com. */
export function maskEmail(email: string | undefined): string {
  if (!email) return '';
  const text = email.trim();
  const at = text.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${text[0]}***${text.slice(at)}`;
}
