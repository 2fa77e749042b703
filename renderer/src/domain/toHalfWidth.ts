/** Full-width digits and punctuation typed with a Chinese IME, made ASCII. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/－/g, '-')
    .replace(/＋/g, '+')
    .replace(/[／]/g, '/')
    .replace(/\u3000/g, ' ');
}
