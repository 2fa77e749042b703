import { describe, expect, it } from 'vitest';
import { readPastedRows } from '../../../../../renderer/src/domain/paste/readPastedRows';

describe('readPastedRows', () => {
  it('reads what Excel puts on the clipboard: CRLF rows, tab cells, a closing line break', () => {
    expect(readPastedRows('姓名\t界别\r\n陈大文\t经济\r\n李四\t科技\r\n')).toEqual([
      ['姓名', '界别'],
      ['陈大文', '经济'],
      ['李四', '科技'],
    ]);
  });

  it('keeps tabs, line breaks and quotes inside a quoted cell as Excel and WPS write them', () => {
    const text = '陈大文\t"香港中文大学\n教授"\r\n李四\t"备注含\t制表符"\r\n"Chan ""David"""\t无\n';
    expect(readPastedRows(text)).toEqual([
      ['陈大文', '香港中文大学\n教授'],
      ['李四', '备注含\t制表符'],
      ['Chan "David"', '无'],
    ]);
  });

  it('drops empty rows and pads short rows to the widest one', () => {
    expect(readPastedRows('陈大文\t经济\t港区委员\n\n\t\t\n李四\n')).toEqual([
      ['陈大文', '经济', '港区委员'],
      ['李四', '', ''],
    ]);
  });

  it('reads nothing from blank text', () => {
    expect(readPastedRows('  \n\n')).toEqual([]);
  });
});
