import { TableRow, type Paragraph, type Table } from 'docx';
import type { DocBlock, TableBlock } from './docBlocks';
import {
  bodyParagraph,
  headingParagraph,
  packGbDocument,
  ruledTable,
  signatureParagraphs,
  SIZES,
  tableCell,
  titleParagraph,
} from './gbt9704';

function docxTable(block: TableBlock): Table {
  const size = block.size ?? SIZES.table;
  const cell = (text: string, column: number, bold = false) =>
    tableCell(text, {
      bold,
      size,
      width: block.widths[column],
      align: bold ? 'center' : (block.align?.[column] ?? 'center'),
    });
  return ruledTable(
    [
      new TableRow({ tableHeader: true, children: block.header.map((t, i) => cell(t, i, true)) }),
      ...block.rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((t, i) => cell(t, i)) }),
      ),
    ],
    [...block.widths],
  );
}

/** The blocks as a .docx after GB/T 9704, in base64. */
export async function blocksToDocx(title: string, blocks: readonly DocBlock[]): Promise<string> {
  const children = blocks.flatMap((block, i): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'title':
        return [titleParagraph(block.text)];
      case 'heading':
        return [headingParagraph(block.text)];
      case 'body':
        // A paragraph right before the 落款 goes with it onto its page.
        return [
          bodyParagraph(block.text, block.indent ?? true, blocks[i + 1]?.kind === 'signature'),
        ];
      case 'table':
        return [docxTable(block)];
      case 'signature':
        return signatureParagraphs(block.unitName, block.dated);
    }
  });
  return packGbDocument(title, children);
}
