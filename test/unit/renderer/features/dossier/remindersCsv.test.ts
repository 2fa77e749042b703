import { describe, expect, it } from 'vitest';
import { remindersCsv } from '../../../../../renderer/src/features/dossier/remindersCsv';
import { utf8WithBomBase64 } from '../../../../../renderer/src/features/dossier/saveExport';
import { DOC_INPUT } from './dossierDoc';

describe('remindersCsv', () => {
  it('writes a header and one line per member, quoting what needs it', () => {
    const csv = remindersCsv([
      {
        name: '陈美玲',
        category: '港区委员',
        sector: '港澳,侨',
        year: DOC_INPUT.summary,
        reasons: ['调研视察 1 次，少于 2 次', '缺席 2 次，超过 1 次'],
      },
      { name: '=HYPERLINK("x")', year: DOC_INPUT.summary, reasons: ['提案社情 0 次，少于 1 次'] },
    ]);
    expect(csv.split('\r\n')).toEqual([
      '序号,姓名,类别,界别,会议学习,提案社情,调研视察,联系群众,专门任务,公益捐赠,请假,缺席,积分合计,等次,提醒事项',
      '1,陈美玲,港区委员,"港澳,侨",5,4,3,3,1,2,1,1,87,良好,调研视察 1 次，少于 2 次；缺席 2 次，超过 1 次',
      `2,"'=HYPERLINK(""x"")",,,5,4,3,3,1,2,1,1,87,良好,提案社情 0 次，少于 1 次`,
      '',
    ]);
  });
});

describe('utf8WithBomBase64', () => {
  it('starts with the UTF-8 byte-order mark and keeps Chinese intact', () => {
    const bytes = Buffer.from(utf8WithBomBase64('姓名,陈美玲'), 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('姓名,陈美玲');
  });
});
