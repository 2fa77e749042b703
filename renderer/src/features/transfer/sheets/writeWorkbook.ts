import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import type { SheetWorkbook } from './ledgerSheet';
import { EventEmitter } from './nodeShims/events';

/** Where the workbook's bytes go, a chunk at a time, in order. */
export type ByteSink = (chunk: Uint8Array) => void;

/** The writable exceljs pipes its zip into: each chunk copied to the sink, 'finish' on end. */
class SinkStream extends EventEmitter {
  constructor(private readonly sink: ByteSink) {
    super();
  }

  write(chunk: Uint8Array, _encoding?: unknown, done?: () => void): boolean {
    // A copy: the zip writer may reuse its buffer.
    this.sink(new Uint8Array(chunk));
    (typeof _encoding === 'function' ? (_encoding as () => void) : done)?.();
    return true;
  }

  end(): this {
    this.emit('finish');
    this.emit('close');
    return this;
  }
}

/**
 * Writes an .xlsx with exceljs's streaming writer: `fill` adds and commits its sheets row by row,
 * and the zipped bytes go to `sink` as they are made.
 */
export async function writeWorkbook(
  fill: (workbook: SheetWorkbook) => Promise<void>,
  sink: ByteSink,
): Promise<void> {
  const workbook = new WorkbookWriter({
    stream: new SinkStream(sink) as never,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = '履职台账';
  await fill(workbook as unknown as SheetWorkbook);
  await workbook.commit();
}

/** Joins chunks into one array. */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const size = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
