/**
 * Whether a phone number looks dialable: mainland mobiles and landlines, Hong Kong, Macao,
 * Taiwan and overseas numbers, with +, spaces, hyphens, brackets and an extension (转 123).
 */
export function isValidPhone(text: string): boolean {
  const withoutExtension = text.trim().replace(/\s*(?:转|分机|ext\.?|x)\s*\d{1,6}$/i, '');
  if (!/^\+?[\d\s\-()（）]+$/.test(withoutExtension)) return false;
  const digits = withoutExtension.replace(/\D/g, '');
  if (/^1\d{10}$/.test(digits) && !withoutExtension.startsWith('+')) {
    return /^1[3-9]/.test(digits); // a mainland mobile
  }
  return digits.length >= 7 && digits.length <= 15;
}

/** Whether an e-mail address has a plausible form (one @, a dotted domain, no spaces). */
export function isValidEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(text.trim());
}
