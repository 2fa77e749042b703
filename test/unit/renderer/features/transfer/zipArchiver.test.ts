import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import archiver from '../../../../../renderer/src/features/transfer/sheets/nodeShims/zipArchiver';
import { EventEmitter } from '../../../../../renderer/src/features/transfer/sheets/nodeShims/events';

/** A piped-into writable that keeps what it is given and says when it ends. */
class Collector extends EventEmitter {
  chunks: Uint8Array[] = [];
  write(chunk: Uint8Array): boolean {
    this.chunks.push(chunk.slice());
    return true;
  }
  end(): void {
    this.emit('finish');
  }
}

/** A source that pipes its parts later, as exceljs's StreamBuf does for a worksheet. */
function streamed(parts: string[]) {
  return {
    pipe(destination: { write(chunk: Uint8Array, done?: () => void): unknown; end(): unknown }) {
      queueMicrotask(() => {
        for (const part of parts) destination.write(new TextEncoder().encode(part), () => {});
        destination.end();
      });
    },
  };
}

describe('the zip stand-in for archiver', () => {
  it('zips strings, bytes and streamed parts in order, names without a leading slash', async () => {
    const zip = archiver('zip', { zlib: { level: 6 } });
    const out = new Collector();
    zip.pipe(out);
    const finished = new Promise<void>((resolve) => out.on('finish', () => resolve()));
    zip.append(streamed(['<sheet>', '陈美玲', '</sheet>']), { name: '/xl/worksheets/sheet1.xml' });
    zip.append('<?xml version="1.0"?><Types/>', { name: '[Content_Types].xml' });
    zip.append(new Uint8Array([1, 2, 3]), { name: 'xl/media/a.bin' });
    zip.finalize();
    await finished;
    const size = out.chunks.reduce((sum, c) => sum + c.length, 0);
    const all = new Uint8Array(size);
    let at = 0;
    for (const chunk of out.chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    const files = unzipSync(all);
    expect(Object.keys(files)).toEqual([
      'xl/worksheets/sheet1.xml',
      '[Content_Types].xml',
      'xl/media/a.bin',
    ]);
    expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toBe('<sheet>陈美玲</sheet>');
    expect([...files['xl/media/a.bin']!]).toEqual([1, 2, 3]);
  });
});
