import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../../renderer/src/shared/safeFileName';

describe('a suggested file name from typed text', () => {
  it('keeps Chinese text and its own punctuation as they are', () => {
    expect(safeFileName('2020年委员参与排名（新冠肺炎疫情防控）', 'png')).toBe(
      '2020年委员参与排名（新冠肺炎疫情防控）.png',
    );
  });

  it('replaces each character a file name cannot hold with its full-width form', () => {
    expect(safeFileName('助学/助医\\3:1*?"<a>|b', 'png')).toBe(
      '助学／助医＼3：1＊？＂＜a＞｜b.png',
    );
  });

  it('makes runs of dots one …, drops control characters and trailing dots and spaces', () => {
    expect(safeFileName('三进三助..行动\t\n', 'xlsx')).toBe('三进三助…行动.xlsx');
    expect(safeFileName('专项. . ', 'png')).toBe('专项.png');
  });

  it('cuts a long name to 80 characters and names an empty one 未命名', () => {
    expect(safeFileName('长'.repeat(200), 'png')).toBe(`${'长'.repeat(80)}.png`);
    expect(safeFileName(' . ', 'png')).toBe('未命名.png');
  });
});
