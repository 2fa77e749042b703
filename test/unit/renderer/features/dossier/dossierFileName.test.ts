import { describe, expect, it } from 'vitest';
import { dossierFileName } from '../../../../../renderer/src/features/dossier/dossierFileName';

describe('the file name a 履职档案 proposes', () => {
  it('names the file after the member, the year and the form', () => {
    expect(dossierFileName('张国华', 2020, 'narrative')).toBe('张国华-2020年度履职档案.docx');
    expect(dossierFileName('张国华', 2020, 'table')).toBe('张国华-2020年度履职档案表.docx');
  });

  it('keeps a character a file name cannot hold in its full-width form', () => {
    expect(dossierFileName('Mary/陈', 2021, 'narrative')).toBe('Mary／陈-2021年度履职档案.docx');
    expect(dossierFileName('A:B', 2021, 'table')).toBe('A：B-2021年度履职档案表.docx');
  });
});
