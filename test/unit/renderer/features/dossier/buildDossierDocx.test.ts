// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildDossierDocx } from '../../../../../renderer/src/features/dossier/buildDossierDocx';
import { docxParagraphs, libreOfficePdfText, zipEntryText } from '../../../../office/officeFiles';
import { DOC_INPUT } from './dossierDoc';

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

describe('buildDossierDocx', () => {
  it('writes the narrative file with the member, the year, every heading, the totals and the 单位名称', async () => {
    const paragraphs = docxParagraphs(bytesOf(await buildDossierDocx(DOC_INPUT, 'narrative')));
    expect(paragraphs[0]).toBe('陈美玲委员2021年度履职档案');
    expect(paragraphs).toContain('填报单位：湖南省政协港澳台侨和外事委员会');
    expect(paragraphs).toContain('委员：陈美玲　类别：港区委员　界别：港澳　届次：第十二届');
    expect(paragraphs).toContain('2021年度履职积分合计87分，请假1次、缺席1次扣6分，等次为“良好”。');
    expect(paragraphs).toContain('二、提交提案和社情民意信息（4次，积分30分，上限30分）');
    expect(paragraphs).toContain('1. 2021年4月15日，桂东县青竹村乡村振兴调研（发言 · 出席）。');
    expect(paragraphs).toContain('1. 2021年6月，向湖南省慈善总会捐赠¥100,000.00（助学）。');
    // A heading with nothing under it says so.
    expect(paragraphs[paragraphs.indexOf('五、承担专门性任务（1次，积分5分，上限10分）') + 1]).toBe(
      '无。',
    );
    expect(paragraphs.slice(-2)).toEqual(['湖南省政协港澳台侨和外事委员会', '2022年1月10日']);
  });

  it('lays the page out after GB/T 9704: A4, 小标宋 title, 仿宋 3号 body, “— 1 —” page numbers', async () => {
    const bytes = bytesOf(await buildDossierDocx(DOC_INPUT, 'narrative'));
    const xml = zipEntryText(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[\s\S]*?<w:sz w:val="44"\/>[\s\S]*?陈美玲委员/);
    expect(xml).toMatch(/w:eastAsia="仿宋"[\s\S]*?<w:sz w:val="32"\/>[\s\S]*?填报单位/);
    // Where 方正小标宋简体 or 仿宋 is missing, their English names and the GB2312 charset stand in.
    const fonts = zipEntryText(bytes, 'word/fontTable.xml');
    expect(fonts).toContain(
      '<w:font w:name="方正小标宋简体"><w:altName w:val="FZXiaoBiaoSong-B05S"/><w:charset w:val="86"/>',
    );
    expect(fonts).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong"/>');
    const footer = zipEntryText(bytes, 'word/footer1.xml');
    expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —/);
  });

  it('writes the one-page table with the counts, points, total and grade', async () => {
    const paragraphs = docxParagraphs(bytesOf(await buildDossierDocx(DOC_INPUT, 'table')));
    expect(paragraphs[0]).toBe('2021年度委员履职档案表');
    expect(paragraphs).toContain('填报单位：湖南省政协港澳台侨和外事委员会');
    const row = (label: string) =>
      paragraphs.slice(paragraphs.indexOf(label), paragraphs.indexOf(label) + 4);
    expect(row('参加调研视察考察')).toEqual(['参加调研视察考察', '3', '20', '20']);
    expect(row('联系服务群众')).toEqual(['联系服务群众', '3', '10', '10']);
    expect(row('积分合计')).toEqual(['积分合计', '87', '等次', '良好']);
    expect(row('姓名')).toEqual(['姓名', '陈美玲', '类别', '港区委员']);
    // The 经办人 who made it is its 填表人, as on the .xlsx 台账; 审核人 is left to be signed.
    expect(paragraphs.at(-1)).toMatch(/^填表人：王小明\u3000+审核人：\u3000{6}填表日期：/);
  });

  it('leaves 填表人 blank to be written in while no 经办人 is set', async () => {
    const paragraphs = docxParagraphs(
      bytesOf(await buildDossierDocx({ ...DOC_INPUT, filledBy: ' ' }, 'table')),
    );
    expect(paragraphs.at(-1)).toMatch(/^填表人：\u3000{6}审核人：/);
  });
});

describe('the exported 履职档案 in LibreOffice', () => {
  it('converts to a PDF holding the name, year, total and 单位名称, numbered “— 1 —”', async () => {
    const { text, pages } = await libreOfficePdfText(
      bytesOf(await buildDossierDocx(DOC_INPUT, 'narrative')),
    );
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('陈美玲委员2021年度履职档案');
    expect(flat).toContain('湖南省政协港澳台侨和外事委员会');
    expect(flat).toContain('履职积分合计87分');
    expect(text).toMatch(/—\s*1\s*—/);
    expect(pages).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('never leaves the 落款 alone on its page: the last line goes over with it', async () => {
    // 22 more gifts fill page 3 down to where the 落款 would start page 4 on its own (seen so in
    // LibreOffice before the last line was kept with it).
    const [, gift] = DOC_INPUT.entries;
    const gifts = Array.from({ length: 22 }, (_, i) => ({
      ...gift!,
      id: `gift-${i}`,
      title: `向湖南省慈善总会捐赠¥${i + 1},000.00（助学）`,
    }));
    const { text, pages } = await libreOfficePdfText(
      bytesOf(
        await buildDossierDocx(
          { ...DOC_INPUT, entries: [...DOC_INPUT.entries, ...gifts] },
          'narrative',
        ),
      ),
    );
    const lastPage = (
      text
        .split('\f')
        .filter((page) => page.trim() !== '')
        .pop() ?? ''
    ).replace(/\s+/g, '');
    expect(pages).toBe(4);
    expect(lastPage).toContain('湖南省政协港澳台侨和外事委员会2022年1月10日');
    expect(lastPage).toContain('23.2021年6月，向湖南省慈善总会捐赠¥22,000.00（助学）。');
  }, 120_000);

  it('fits the table version on one page', async () => {
    const { text, pages } = await libreOfficePdfText(
      bytesOf(await buildDossierDocx(DOC_INPUT, 'table')),
    );
    expect(pages).toBe(1);
    expect(text.replace(/\s+/g, '')).toContain('积分合计87等次良好');
  }, 120_000);
});
