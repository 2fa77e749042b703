/** What a file that is not a 交接包 probably is, by its first bytes, for the message. */
export function describeNonZip(bytes: Uint8Array): string {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46)) return '这是一个 PDF 文件';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return '这是一张 PNG 图片';
  if (starts(0xff, 0xd8, 0xff)) return '这是一张 JPEG 图片';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return '这是一个旧版 Office 文档（.doc 或 .xls）';
  if (starts(0x1f, 0x8b)) return '这是一个 gzip 压缩文件';
  if (starts(0x52, 0x61, 0x72, 0x21)) return '这是一个 RAR 压缩文件';
  if (starts(0x37, 0x7a, 0xbc, 0xaf)) return '这是一个 7z 压缩文件';
  return '文件不是 ZIP 格式';
}

/** What a zip without a manifest probably is, by its entry names. */
export function describeOtherZip(names: readonly string[]): string {
  const has = (prefix: string) => names.some((name) => name.startsWith(prefix));
  if (has('[Content_Types].xml')) {
    if (has('word/')) return '这是一个 Word 文档（.docx）';
    if (has('xl/')) return '这是一个 Excel 表格（.xlsx）';
    if (has('ppt/')) return '这是一个 PowerPoint 演示文稿（.pptx）';
    return '这是一个 Office 文档';
  }
  if (names.includes('mimetype')) return '这是一个 OpenDocument 或 EPUB 文件';
  return '压缩包中没有 manifest.json';
}
