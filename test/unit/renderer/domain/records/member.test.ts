import { describe, expect, it } from 'vitest';
import {
  memberSchema,
  MEMBER_CATEGORIES,
  validateRecord,
} from '../../../../../renderer/src/domain/records';
import { BASE, ID2, issuesOf, messagesOf, valueOf } from './validationHelpers';

describe('member', () => {
  it('needs only 姓名 and applies defaults', () => {
    expect(valueOf('member', { name: ' 李微微 ' })).toEqual({
      name: '李微微',
      otherNames: [],
      studioIds: [],
      status: '在任',
    });
  });

  it('takes out a line break pasted into a name, or into one of its other spellings', () => {
    expect(
      valueOf('member', { name: '陈\n美玲', otherNames: ['Chan\r\n Mei Ling'] }),
    ).toMatchObject({
      name: '陈美玲',
      otherNames: ['Chan Mei Ling'],
    });
    expect(messagesOf('member', { name: '\n\t' })).toEqual(['姓名：不能为空']);
  });

  it('takes every field', () => {
    const full = {
      name: '陈昂昂',
      otherNames: ['陳昂昂', 'Chan Ngong Ngong'],
      category: '港区委员',
      gender: '女',
      ethnicity: '汉族',
      party: '致公党',
      birth: { year: 1968, month: 6 },
      education: '硕士研究生',
      sector: '港澳',
      term: '十二届',
      location: '香港',
      workplace: '某公司董事长',
      expertise: ['金融', '跨境物流'],
      phone: '+852 9123 4567',
      email: 'chan@example.com',
      studioIds: [ID2],
      status: '离任',
      note: '',
    };
    expect(valueOf('member', full)).toEqual(full);
    expect(MEMBER_CATEGORIES).toContain('海外顾问');
  });

  it('refuses a 党派 or 性别 outside the list, and a 出生年月 that is no date, naming the field', () => {
    expect(messagesOf('member', { name: '甲', party: '自由党' })[0]).toMatch(/^党派：/);
    expect(messagesOf('member', { name: '甲', gender: '未知' })[0]).toMatch(/^性别：/);
    expect(messagesOf('member', { name: '甲', birth: { year: 1975, month: 13 } })).toEqual([
      '出生年月：月份应在1至12之间',
    ]);
  });

  it('refuses a 出生年月 after today as entered, and takes one stored so (a colleague’s 交接包)', () => {
    const next = new Date().getFullYear() + 1;
    expect(messagesOf('member', { name: '甲', birth: { year: next, month: 5 } })).toEqual([
      '出生年月：不能晚于今天',
    ]);
    expect(valueOf('member', { name: '甲', birth: { year: 1975, month: 8 } })).toMatchObject({
      birth: { year: 1975, month: 8 },
    });
    const stored = { ...BASE, name: '甲', birth: { year: next, month: 5 } };
    expect(memberSchema.safeParse(stored).success).toBe(true);
  });

  it('names 姓名 when it is missing or blank', () => {
    expect(issuesOf('member', {})).toEqual([
      { field: 'name', label: '姓名', message: '姓名：不能为空' },
    ]);
    expect(messagesOf('member', { name: '   ' })).toEqual(['姓名：不能为空']);
    expect(messagesOf('member', { name: '李'.repeat(51) })).toEqual(['姓名：不能超过50个字']);
  });

  it('checks phone and e-mail formats', () => {
    expect(messagesOf('member', { name: '甲', phone: '12345' })).toEqual(['联系电话：格式不正确']);
    expect(messagesOf('member', { name: '甲', email: 'not-an-email' })).toEqual([
      '电子邮箱：格式不正确',
    ]);
    expect(valueOf('member', { name: '甲', phone: '', email: '' })).toMatchObject({
      phone: '',
      email: '',
    });
  });

  it('names enum fields and list items', () => {
    expect(messagesOf('member', { name: '甲', category: '港澳委员' })).toEqual([
      '类别：须为以下之一：港区委员、澳区委员、台胞、侨界、海外顾问、特邀人士、其他',
    ]);
    expect(messagesOf('member', { name: '甲', status: 'active' })[0]).toMatch(
      /^状态：须为以下之一/,
    );
    expect(issuesOf('member', { name: '甲', otherNames: ['陳', ''] })).toEqual([
      { field: 'otherNames.1', label: '其他写法第2项', message: '其他写法第2项：不能为空' },
    ]);
    expect(messagesOf('member', { name: '甲', studioIds: ['x'] })).toEqual([
      '所属工作室第1项：格式不正确',
    ]);
  });

  it('validates the stored form with its base fields', () => {
    const stored = { ...BASE, name: '李微微', sample: true };
    expect(memberSchema.safeParse(stored).success).toBe(true);
    expect(validateRecord('member', stored).ok).toBe(true);
    expect(memberSchema.safeParse({ ...stored, rev: 0 }).success).toBe(false);
    expect(memberSchema.safeParse({ ...stored, id: 'abc' }).success).toBe(false);
    expect(memberSchema.safeParse({ ...stored, deletedAt: 'yesterday' }).success).toBe(false);
    expect(memberSchema.safeParse({ ...stored, sample: false }).success).toBe(false);
    expect(memberSchema.safeParse({ ...stored, phone: 'abc' }).success).toBe(false);
  });
});
