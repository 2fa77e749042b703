import { describe, expect, it } from 'vitest';
import { memberPasteFields } from '../../../../../renderer/src/domain/paste/pasteFields';
import { readPastedMembers } from '../../../../../renderer/src/domain/paste/pastedMembers';

const fields = memberPasteFields();
const mapping = ['name', 'category', 'phone', 'email', 'otherNames'];
const heading = ['姓名', '类别', '手机', '邮箱', '其他写法'];

describe('readPastedMembers', () => {
  it('reads good rows into members with the form defaults', () => {
    const rows = [heading, ['陈大文', '港區委員', '13800000001', '', '陳大文、Chan Tai Man']];
    const [row] = readPastedMembers(rows, true, mapping, fields, []);
    expect(row).toEqual({
      line: 2,
      cells: rows[1],
      errors: [],
      input: {
        name: '陈大文',
        category: '港区委员',
        phone: '13800000001',
        otherNames: ['陳大文', 'Chan Tai Man'],
        studioIds: [],
        status: '在任',
      },
    });
  });

  it('reads the 履职档案 fields as offices write them: 性别, 党派, 出生年月, 专长领域', () => {
    const rows = [
      ['姓名', '性别', '政治面貌', '出生日期', '民族', '学历', '专长'],
      ['陈大文', '男', '中国共产党', '1975年6月', '汉族', '硕士研究生', '金融、中医药'],
      ['李小红', '女性', '无党派人士', '27546', '', '', ''],
      ['王五', '男', '群众', '1975.13', '', '', ''],
    ];
    const headerMapping = [
      'name',
      'gender',
      'party',
      'birth',
      'ethnicity',
      'education',
      'expertise',
    ];
    const [chan, li, wang] = readPastedMembers(rows, true, headerMapping, fields, []);
    expect(chan?.input).toEqual({
      name: '陈大文',
      gender: '男',
      party: '中共',
      birth: { year: 1975, month: 6 },
      ethnicity: '汉族',
      education: '硕士研究生',
      expertise: ['金融', '中医药'],
      otherNames: [],
      studioIds: [],
      status: '在任',
    });
    // An Excel date number in 出生年月 keeps the month only: 27546 is 1975-06-01.
    expect(li?.input).toMatchObject({ gender: '女', party: '无党派' });
    expect(li?.input?.birth).toEqual({ year: 1975, month: 6 });
    expect(wang?.errors).toEqual(['出生年月：月份应在1至12之间']);
  });

  it('says in Chinese why each bad row cannot be added, and gives it no input', () => {
    const rows = [
      heading,
      ['', '港区委员', '13800000001', '', ''],
      ['李四', '港澳委员', '12345', 'li-at-example', ''],
    ];
    const [noName, bad] = readPastedMembers(rows, true, mapping, fields, []);
    expect(noName).toMatchObject({ line: 2, errors: ['姓名：不能为空'] });
    expect(noName?.input).toBeUndefined();
    expect(bad?.errors).toEqual([
      '类别：须为以下之一：港区委员、澳区委员、台胞、侨界、海外顾问、特邀人士、其他',
      '联系电话：格式不正确',
      '电子邮箱：格式不正确',
    ]);
    expect(bad?.input).toBeUndefined();
  });

  it('warns of a name already in the database, in either script, or earlier in the paste', () => {
    const rows = [['陈大文'], ['李四'], ['張三'], ['李四']];
    const read = readPastedMembers(rows, false, ['name'], fields, [
      { name: '陳大文' },
      { name: '张老三', otherNames: ['张三'] },
    ]);
    expect(read.map((row) => row.warning)).toEqual([
      '与已有委员“陳大文”重名',
      undefined,
      '与已有委员“张老三”重名',
      '与第2行重名',
    ]);
    expect(read.every((row) => row.input !== undefined)).toBe(true);
  });
});
