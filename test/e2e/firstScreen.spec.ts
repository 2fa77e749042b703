import { readdir, readFile } from 'node:fs/promises';
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

/** The files a built chunk loads before it runs: itself and its static imports, all the way down. */
async function staticClosure(entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(RENDERER, 'assets', file), 'utf8');
    for (const match of code.matchAll(
      /(?:import|export)[^'"`;]*?from\s*["'`]\.\/([^"'`]+\.js)["'`]/g,
    )) {
      queue.push(match[1]!);
    }
    for (const match of code.matchAll(/import\s*["'`]\.\/([^"'`]+\.js)["'`]/g))
      queue.push(match[1]!);
  }
  return [...seen];
}

// The rest of 总览 (its sections, drawn right after the tiles, while a first click may already
// be opening a page) reads the 阶段超期天数 of the goods pipeline; the module that reads them once
// also held their saving, whose 操作记录 wording loaded the OpenCC dictionaries (~100 KB).
test('the rest of 总览 loads no OpenCC dictionary', async () => {
  const assets = await readdir(join(RENDERER, 'assets'));
  const details = assets.find((name) => /^OverviewDetails-.+\.js$/.test(name));
  expect(details, 'the chunk of 总览’s sections').toBeDefined();
  const files = await staticClosure(details!);
  expect(files.length).toBeGreaterThan(3);
  for (const file of files) {
    const code = await readFile(join(RENDERER, 'assets', file), 'utf8');
    expect(code.includes('Invalid dictionary entry'), `${file} holds OpenCC`).toBe(false);
  }
});
