import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/handlers/dispatch';
import { makeTestServices, TRUSTED_URL } from '../makeTestServices';

const PAGE = '<!doctype html><html><body><h1>2020年度工作报告材料</h1></body></html>';
const PDF = new TextEncoder().encode('%PDF-1.7\n% 年度 \n%%EOF\n');

/** Services whose printer hands back `output` and remembers the pages it was given. */
function withPrinter(output: Uint8Array | Error) {
  const printed: string[] = [];
  const setup = makeTestServices({
    printToPdf: async (html) => {
      printed.push(html);
      if (output instanceof Error) throw output;
      return output;
    },
  });
  return { ...setup, printed };
}

async function choose(setup: ReturnType<typeof withPrinter>, name: string): Promise<string> {
  const target = join(setup.dataDir, name);
  setup.dialogs.answerSave(target);
  const chosen = await dispatch('files:saveAs', { defaultName: name }, TRUSTED_URL, setup.services);
  expect(chosen).toEqual({ ok: true, value: target });
  return target;
}

describe('print:toPdf', () => {
  it('prints the page and writes the PDF where the user chose', async () => {
    const setup = withPrinter(PDF);
    const target = await choose(setup, '2020年度工作报告材料.pdf');
    const result = await dispatch(
      'print:toPdf',
      { html: PAGE, path: target },
      TRUSTED_URL,
      setup.services,
    );
    expect(result).toEqual({ ok: true, value: { path: target, bytes: PDF.byteLength } });
    expect(setup.printed).toEqual([PAGE]);
    expect(new Uint8Array(readFileSync(target))).toEqual(PDF);
  });

  it('refuses a path the user did not choose, and prints nothing', async () => {
    const setup = withPrinter(PDF);
    const target = join(setup.dataDir, 'elsewhere.pdf');
    const result = await dispatch(
      'print:toPdf',
      { html: PAGE, path: target },
      TRUSTED_URL,
      setup.services,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('只能写入刚在“保存”对话框中选定的文件');
    expect(setup.printed).toEqual([]);
    expect(existsSync(target)).toBe(false);
  });

  it('writes nothing when the printer fails or gives back something else than a PDF', async () => {
    for (const [output, message] of [
      [new Error('crashed'), '无法生成 PDF：打印失败'],
      [new TextEncoder().encode('<html>'), '打印结果不是 PDF 文件'],
    ] as const) {
      const setup = withPrinter(output);
      const target = await choose(setup, 'x.pdf');
      const result = await dispatch(
        'print:toPdf',
        { html: PAGE, path: target },
        TRUSTED_URL,
        setup.services,
      );
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain(message);
      expect(existsSync(target)).toBe(false);
    }
  });

  it('refuses an empty page with a Chinese message', async () => {
    const setup = withPrinter(PDF);
    const target = await choose(setup, 'x.pdf');
    const result = await dispatch(
      'print:toPdf',
      { html: '', path: target },
      TRUSTED_URL,
      setup.services,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('要打印的内容不能为空');
    expect(setup.printed).toEqual([]);
  });
});
