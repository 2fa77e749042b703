import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|cjs|js)$/.test(entry.name) ? [path] : [];
  });
}

// Screenshots belong to the run that took them: under test-results/ (Playwright's outputPath),
// never a fixed path that parallel runs overwrite and nobody cleans.
describe('test screenshots', () => {
  it('are never written to a fixed path', () => {
    const fixed = [join(ROOT, 'test'), join(ROOT, 'build')]
      .flatMap(sourceFiles)
      .flatMap((file) =>
        [
          ...readFileSync(file, 'utf8').matchAll(/screenshot\(\{[^}]*\bpath:\s*['"`]([^'"`]+)/g),
        ].map((match) => `${relative(ROOT, file)}: ${match[1]}`),
      );
    expect(fixed).toEqual([]);
  });
});
