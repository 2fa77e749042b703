// The page of GB/T 9704-2012 (党政机关公文格式) as numbers, without the .docx writer: the HTML
// that the host prints as PDF and the tables' column widths need them too.

const MM = 56.6929; // twips per millimetre
/** A4 in twips. */
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGIN = {
  top: Math.round(37 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
};
/** The width of the text block (版心) in twips, for tables' column widths. */
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

/** Font names as Word and WPS know them; LibreOffice substitutes a CJK face when absent. */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋',
  heading: '黑体',
  pageNumber: '宋体',
} as const;

/** Sizes in points: 2号 title, 3号 body, 4号 page numbers and table text. */
export const SIZES = { title: 22, body: 16, table: 14, pageNumber: 14 } as const;
