/**
 * The characters Windows refuses in a file name, each with the full-width form a Chinese name
 * would use anyway, so 助学/助医 reads as 助学／助医 rather than losing its slash.
 */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  '/': '／',
  '\\': '＼',
  ':': '：',
  '*': '＊',
  '?': '？',
  '"': '＂',
  '<': '＜',
  '>': '＞',
  '|': '｜',
};

/** Longest stem kept, in characters: 80 Chinese characters are 240 bytes, under ext4's 255. */
const MAX_STEM = 80;

/**
 * A suggested file name made from text the user typed (a title, a 专项's name): each character a
 * file name cannot hold replaced, runs of dots made one … (the bridge refuses “..”), control
 * characters dropped, and no trailing dot or space (Windows drops them).
 */
export function safeFileName(stem: string, extension: string): string {
  const cleaned = stem
    .replace(/[/\\:*?"<>|]/g, (ch) => FULL_WIDTH[ch] ?? '_')
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/\.{2,}/g, '…');
  const cut = [...cleaned].slice(0, MAX_STEM).join('');
  const trimmed = cut.trim().replace(/[. ]+$/, '');
  return `${trimmed || '未命名'}.${extension}`;
}
