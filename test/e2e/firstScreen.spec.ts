import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const RENDERER = fileURLToPath(new URL('../../out/renderer', import.meta.url));

// The first screen (总览's tiles) is drawn from the code index.html loads before anything else:
// its entry and the files it names to preload. zod and the record schemas come after, with the
// rest of 总览 and the pages; a static import of them from the frame (HostContext once did, for
// the 操作记录 of 设置) would put ~200 KB more before the first drawing.
test('the code loaded before the first screen holds neither zod nor the record schemas', async () => {
  const html = await readFile(join(RENDERER, 'index.html'), 'utf8');
  const files = [
    ...html.matchAll(/<script[^>]+src="\.\/([^"]+\.js)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]+href="\.\/([^"]+\.js)"/g),
  ].map((match) => match[1]!);
  expect(files.length).toBeGreaterThan(1);
  for (const file of files) {
    const code = await readFile(join(RENDERER, file), 'utf8');
    expect(code.includes('ZodError'), `${file} holds zod`).toBe(false);
    expect(code.includes('出生年月'), `${file} holds the member schema`).toBe(false);
  }
});
