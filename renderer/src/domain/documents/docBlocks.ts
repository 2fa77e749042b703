import { SIZES, TEXT_WIDTH } from './gbtPage';

/** A ruled table: column widths in twips across the text block, cells as text. */
export interface TableBlock {
  kind: 'table';
  header: readonly string[];
  rows: readonly (readonly string[])[];
  widths: readonly number[];
  /** Points; 五号 (10.5) for wide tables. */
  size?: number;
  /** Per column; centred when not given. */
  align?: readonly ('left' | 'center' | 'right')[];
}

/**
 * One block of a GB/T 9704 document, written once and rendered both as .docx (docBlocksDocx.ts) and as HTML for
 * the host's PDF printing, so that the two say the same.
 */
export type DocBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'body'; text: string; indent?: boolean }
  | TableBlock
  | { kind: 'signature'; unitName: string; dated: string };

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The same page as the .docx: A4, the 版心's margins, 仿宋 3号 on a 28 pt line, 小标宋 2号 title.
// Page numbers are the printer's footer (“— 1 —”); fonts fall back to the CJK faces installed.
const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { margin: 0; font-family: "仿宋", FangSong, "FangSong_GB2312", "Noto Serif CJK SC", serif;
  font-size: 16pt; line-height: 28pt; color: #000; }
h1 { font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", serif;
  font-size: 22pt; line-height: 35pt; font-weight: normal; text-align: center; margin: 0 0 14pt; }
h2 { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-size: 16pt;
  font-weight: normal; margin: 0; text-indent: 2em; }
p { margin: 0; text-align: justify; }
p.indent { text-indent: 2em; }
p.signature { text-align: right; }
p.signature.first { margin-top: 28pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 0.5pt solid #000; padding: 1pt 3pt; text-align: center; vertical-align: middle; }
th { font-family: "黑体", SimHei, "Noto Sans CJK SC", sans-serif; font-weight: normal; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
`;

function htmlTable(block: TableBlock): string {
  const size = block.size ?? SIZES.table;
  const total = block.widths.reduce((a, b) => a + b, 0) || TEXT_WIDTH;
  const cols = block.widths
    .map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`)
    .join('');
  const head = block.header.map((t) => `<th>${escape(t)}</th>`).join('');
  const body = block.rows
    .map(
      (row) =>
        `<tr>${row
          .map((t, i) => `<td style="text-align:${block.align?.[i] ?? 'center'}">${escape(t)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return (
    `<table style="font-size:${size}pt;line-height:${size + 6}pt"><colgroup>${cols}</colgroup>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
  );
}

/** The blocks as one self-contained HTML page (no script, no remote content) to print as PDF. */
export function blocksToHtml(title: string, blocks: readonly DocBlock[]): string {
  const body = blocks
    .map((block) => {
      switch (block.kind) {
        case 'title':
          return `<h1>${escape(block.text)}</h1>`;
        case 'heading':
          return `<h2>${escape(block.text)}</h2>`;
        case 'body':
          return `<p${block.indent === false ? '' : ' class="indent"'}>${escape(block.text)}</p>`;
        case 'table':
          return htmlTable(block);
        case 'signature':
          return (
            `<p class="signature first">${escape(block.unitName)}</p>` +
            `<p class="signature">${escape(block.dated)}</p>`
          );
      }
    })
    .join('\n');
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${escape(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`
  );
}
