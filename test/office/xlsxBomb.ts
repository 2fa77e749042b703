// A crafted .xlsx for the tests of the spreadsheet import's size limits (unit and e2e).
import { unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * A raw deflate stream that inflates to at least `bytes` zeros: one fixed-Huffman block of a
 * literal 0 and then "repeat 258 bytes at distance 1" again and again (13 bits each), written by
 * hand because deflating hundreds of MB takes far too long in a test.
 */
function zerosDeflated(bytes: number): Uint8Array {
  const out: number[] = [];
  let bitBuffer = 0;
  let bitCount = 0;
  const bits = (value: number, count: number) => {
    bitBuffer |= value << bitCount;
    bitCount += count;
    while (bitCount >= 8) {
      out.push(bitBuffer & 0xff);
      bitBuffer >>>= 8;
      bitCount -= 8;
    }
  };
  // Huffman codes go most significant bit first.
  const code = (value: number, count: number) => {
    for (let i = count - 1; i >= 0; i--) bits((value >> i) & 1, 1);
  };
  bits(1, 1); // the last block
  bits(1, 2); // fixed Huffman codes
  code(0x30, 8); // literal 0
  for (let made = 1; made < bytes; made += 258) {
    code(0xc5, 8); // length 258 (code 285)
    code(0, 5); // distance 1
  }
  code(0, 7); // end of block
  if (bitCount > 0) out.push(bitBuffer & 0xff);
  return new Uint8Array(out);
}

/**
 * The .xlsx `workbook` with one more sheet part that inflates to `bytes` zeros: a decompression
 * bomb. fflate stores the part as given; its method is then marked deflated (8) in the local
 * and central headers.
 */
export function xlsxWithBomb(workbook: Uint8Array, bytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  for (const [name, data] of Object.entries(unzipSync(workbook))) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(data, true);
  }
  const bombName = 'xl/worksheets/sheet2.xml';
  const bomb = new ZipPassThrough(bombName);
  zip.add(bomb);
  bomb.push(zerosDeflated(bytes), true);
  zip.end();
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(bombName);
  for (let i = out.length - 46; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const here = out.subarray(i + 46, i + 46 + nameLength);
    if (nameLength !== name.length || !here.every((byte, k) => byte === name[k])) continue;
    view.setUint16(i + 10, 8, true);
    view.setUint16(view.getUint32(i + 42, true) + 8, 8, true);
    return out;
  }
  throw new Error('bomb entry not found');
}
