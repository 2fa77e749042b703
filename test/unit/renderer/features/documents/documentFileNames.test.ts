import { describe, expect, it } from 'vitest';
import {
  campaignSummaryFileName,
  thankYouLetterFileName,
} from '../../../../../renderer/src/features/documents/documentFileNames';

describe('the file names 感谢信 and 专项捐赠汇总 propose', () => {
  it('names a 专项捐赠汇总 after its 专项, a slash kept in its full-width form', () => {
    expect(campaignSummaryFileName('新冠肺炎疫情防控')).toBe('专项捐赠汇总-新冠肺炎疫情防控.docx');
    expect(campaignSummaryFileName('抗疫/复工')).toBe('专项捐赠汇总-抗疫／复工.docx');
    expect(campaignSummaryFileName('A:B')).toBe('专项捐赠汇总-A：B.docx');
  });

  it('names a 感谢信 after its donors, each character a file name cannot hold made full-width', () => {
    expect(thankYouLetterFileName([{ name: '张国华' }])).toBe('感谢信-张国华.docx');
    expect(thankYouLetterFileName([{ name: '张国华' }, { name: '港澳同胞/侨胞联谊会' }])).toBe(
      '感谢信-张国华、港澳同胞／侨胞联谊会.docx',
    );
    expect(thankYouLetterFileName([{ name: '"光明"公司?' }])).toBe('感谢信-＂光明＂公司？.docx');
  });

  it('cuts a long list of donors to 30 characters and 等, never inside a character', () => {
    const donors = Array.from({ length: 12 }, (_, i) => ({ name: `委员${i + 1}` }));
    expect(thankYouLetterFileName(donors)).toBe(
      '感谢信-委员1、委员2、委员3、委员4、委员5、委员6、委员7、委员等.docx',
    );
    expect(thankYouLetterFileName([{ name: '𠀋'.repeat(31) }])).toBe(
      `感谢信-${'𠀋'.repeat(30)}等.docx`,
    );
  });
});
