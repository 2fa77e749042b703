import { describe, expect, it } from 'vitest';
import type { Studio, StudioType } from '../../../../../renderer/src/domain/records';
import {
  matrixFormula,
  studioMatrix,
} from '../../../../../renderer/src/features/studios/studioMatrix';

function studio(name: string, type: StudioType, deletedAt: string | null = null): Studio {
  return {
    id: crypto.randomUUID(),
    createdAt: '2021-04-15T00:00:00.000Z',
    updatedAt: '2021-04-15T00:00:00.000Z',
    rev: 1,
    deletedAt,
    name,
    type,
    leaderIds: [],
    memberIds: [],
    onCloud: true,
    honors: [],
  } as Studio;
}

describe('studioMatrix', () => {
  it('groups live studios as 专委会 + 界别 + 委员特色, each by name in pinyin order', () => {
    const columns = studioMatrix([
      studio('致公界别委员工作室', '界别'),
      studio('戴煜政协委员工作室', '委员特色'),
      studio('民革界别委员工作室', '界别'),
      studio('省政协港澳台侨和外事委员会联动工作室', '专委会'),
      studio('公共资源交易协商监督委员工作室', '委员特色'),
      studio('侨联界别委员工作室', '界别'),
      studio('台联界别委员工作室', '界别'),
      studio('已撤销的界别工作室', '界别', '2022-01-01T00:00:00.000Z'),
    ]);
    expect(columns.map((c) => [c.type, c.studios.map((s) => s.name)])).toEqual([
      ['专委会', ['省政协港澳台侨和外事委员会联动工作室']],
      [
        '界别',
        ['民革界别委员工作室', '侨联界别委员工作室', '台联界别委员工作室', '致公界别委员工作室'],
      ],
      ['委员特色', ['戴煜政协委员工作室', '公共资源交易协商监督委员工作室']],
    ]);
    expect(matrixFormula(columns)).toBe('1+4+2');
  });

  it('keeps a column for a type with no studio yet', () => {
    const columns = studioMatrix([studio('民革界别委员工作室', '界别')]);
    expect(columns.map((c) => c.type)).toEqual(['专委会', '界别', '委员特色']);
    expect(matrixFormula(columns)).toBe('0+1+0');
  });
});
