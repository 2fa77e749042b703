// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildThankYouLetterDocx } from '../../../../../renderer/src/domain/documents/thankYouLetterDocx';
import {
  formOfAddress,
  type ThankYouLetterInput,
} from '../../../../../renderer/src/domain/documents/thankYouLetter';
import { docxParagraphs, zipEntryText } from '../../../../office/officeFiles';

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

const CASH: ThankYouLetterInput = {
  unitName: '湖南省政协港澳台侨和外事委员会',
  dated: '2020年2月20日',
  donors: [{ kind: 'member', name: '张国华', category: '港区委员' }],
  donation: {
    kind: '资金',
    amount: { amountMinor: 2_000_000_00, currency: 'HKD' },
    items: [],
    recipient: '湖南省慈善总会',
    purpose: '疫情防控',
    date: { year: 2020, month: 1, day: 28 },
  },
  campaignName: '新冠肺炎疫情防控',
};

describe('the 感谢信', () => {
  it('thanks the member by name for the sum in its own currency, its use and 专项, signed by the 单位', async () => {
    const paragraphs = docxParagraphs(bytesOf(await buildThankYouLetterDocx(CASH)));
    expect(paragraphs[0]).toBe('感谢信');
    expect(paragraphs[1]).toBe('尊敬的张国华委员：');
    expect(paragraphs[2]).toBe(
      '2020年1月28日，您向湖南省慈善总会捐赠港币200万元，用于疫情防控，纳入“新冠肺炎疫情防控”专项。',
    );
    expect(paragraphs.join('')).toContain('管好用好每一笔善款');
    expect(paragraphs.slice(-2)).toEqual(['湖南省政协港澳台侨和外事委员会', '2020年2月20日']);
  });

  it('summarises goods with their value, and writes to an organisation as 贵单位', async () => {
    const paragraphs = docxParagraphs(
      bytesOf(
        await buildThankYouLetterDocx({
          ...CASH,
          donors: [{ kind: 'other', name: '香港湖南联谊总会', group: false }],
          donation: {
            kind: '物资',
            amount: { amountMinor: 8_000_000_00, currency: 'HKD' },
            items: [
              { name: '无创呼吸机', quantity: 30, unit: '台' },
              { name: '医用防护服', quantity: 40_000, unit: '套' },
            ],
            date: { year: 2020, month: 2 },
          },
          campaignName: undefined,
        }),
      ),
    );
    expect(paragraphs[1]).toBe('尊敬的香港湖南联谊总会：');
    expect(paragraphs[2]).toBe(
      '2020年2月，贵单位捐赠无创呼吸机30台、医用防护服4万套等物资，价值港币800万元。',
    );
    expect(paragraphs.join('')).toContain('衷心祝愿贵单位事业兴旺发达！');
  });

  it('addresses several donors, or a group, together', async () => {
    const paragraphs = docxParagraphs(
      bytesOf(
        await buildThankYouLetterDocx({
          ...CASH,
          donors: [
            { kind: 'member', name: '李建伟', category: '海外顾问' },
            { kind: 'other', name: '王丽', group: false },
          ],
        }),
      ),
    );
    expect(paragraphs[1]).toBe('尊敬的李建伟顾问、王丽：');
    expect(paragraphs[2]).toMatch(/^2020年1月28日，各位向/);
  });

  it('names 特邀人士 by their 性别', () => {
    expect(
      formOfAddress({ kind: 'member', name: '王丽', category: '特邀人士', gender: '女' }),
    ).toBe('王丽女士');
    expect(formOfAddress({ kind: 'member', name: '区志明', category: '澳区委员' })).toBe(
      '区志明委员',
    );
  });

  it('is an A4 page in 小标宋 and 仿宋 with “— 1 —” page numbers', async () => {
    const bytes = bytesOf(await buildThankYouLetterDocx(CASH));
    const xml = zipEntryText(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[\s\S]*?<w:sz w:val="44"\/>[\s\S]*?感谢信/);
    expect(xml).toMatch(/w:eastAsia="仿宋"[\s\S]*?<w:sz w:val="32"\/>[\s\S]*?尊敬的张国华委员/);
    expect(zipEntryText(bytes, 'word/footer1.xml')).toMatch(/— <\/w:t>[\s\S]*PAGE/);
  });
});
