import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../../renderer/src/domain/sheets/decodeText';

/** members-gbk.csv was written once by `iconv -f utf-8 -t gbk` on this machine. */
const gbkBytes = new Uint8Array(
  readFileSync(join(__dirname, '../../../../fixtures/sheets/members-gbk.csv')),
);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads a GBK file, written by a real encoder, as GB18030 and says so', () => {
    const decoded = decodeText(gbkBytes);
    expect(decoded.encoding).toBe('GB18030');
    expect(decoded.bom).toBe(false);
    expect(decoded.text).toContain('序号,姓名,英文名,类别,手机,工作单位及职务');
    // Traditional characters are in GBK too: 澳區委員 comes back as written.
    expect(decoded.text).toContain('2,李微微,Lei Mei Mei,澳區委員,13800000002');
  });

  it('reads UTF-8 with the BOM Excel writes, and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('姓名,类别\n陈大文,港区委员\n')]);
    expect(decodeText(bytes)).toEqual({
      text: '姓名,类别\n陈大文,港区委员\n',
      encoding: 'UTF-8',
      bom: true,
    });
  });

  it('reads UTF-8 without a BOM as UTF-8, not as GBK', () => {
    expect(decodeText(utf8('姓名\n陳大文\n'))).toEqual({
      text: '姓名\n陳大文\n',
      encoding: 'UTF-8',
      bom: false,
    });
  });

  it('reads UTF-16 with its BOM (Excel’s “Unicode 文本”)', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0xd3, 0x59, 0x0d, 0x54]); // 姓名 in UTF-16LE
    expect(decodeText(bytes)).toMatchObject({ text: '姓名', encoding: 'UTF-16' });
  });
});
