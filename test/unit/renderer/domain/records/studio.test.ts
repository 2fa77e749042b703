import { describe, expect, it } from 'vitest';
import { studioSchema } from '../../../../../renderer/src/domain/records';
import { BASE, ID1, ID2, messagesOf, valueOf } from './validationHelpers';

describe('studio', () => {
  it('needs 名称 and 类型 and applies defaults', () => {
    expect(valueOf('studio', { name: '致公界别委员工作室', type: '界别' })).toEqual({
      name: '致公界别委员工作室',
      type: '界别',
      leaderIds: [],
      memberIds: [],
      onCloud: false,
      honors: [],
    });
    expect(messagesOf('studio', {})).toEqual([
      '名称：不能为空',
      '类型：须为以下之一：专委会、界别、委员特色',
    ]);
  });

  it('takes every field', () => {
    const full = {
      name: '戴煜政协委员工作室',
      type: '委员特色',
      sector: '致公党',
      foundedDate: { year: 2021, note: '初' },
      leaderIds: [ID1],
      memberIds: [ID1, ID2],
      onCloud: true,
      honors: ['全国杰出委员工作室'],
      intro: '助推湘港澳科教合作',
    };
    expect(valueOf('studio', full)).toEqual(full);
  });

  it('names invalid fields', () => {
    expect(messagesOf('studio', { name: '甲', type: '界别', onCloud: 1 })).toEqual([
      '入驻政协云：须为“是”或“否”',
    ]);
    expect(messagesOf('studio', { name: '甲', type: '界别', memberIds: ['1'] })).toEqual([
      '入驻委员第1项：格式不正确',
    ]);
    expect(messagesOf('studio', { name: '甲', type: '界别', leaderIds: 'x' })).toEqual([
      '负责委员：格式不正确',
    ]);
    expect(messagesOf('studio', { name: '甲', type: '界别', honors: [''] })).toEqual([
      '荣誉第1项：不能为空',
    ]);
    expect(messagesOf('studio', { name: '甲', type: '界别', foundedDate: { year: 1800 } })).toEqual(
      ['成立日期：年份应在1900至2100之间'],
    );
  });

  it('validates the stored form', () => {
    expect(studioSchema.safeParse({ ...BASE, name: '甲', type: '专委会' }).success).toBe(true);
    expect(
      studioSchema.safeParse({ ...BASE, name: '甲', type: '专委会', updatedAt: '2021-04-15' })
        .success,
    ).toBe(false);
  });
});
