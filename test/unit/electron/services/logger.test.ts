import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../../electron/services/logger';

describe('createFileLogger', () => {
  it('rotates past the size limit and keeps only so many files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dl-log-'));
    const log = createFileLogger(dir, { maxBytes: 200, keep: 2 });
    for (let i = 0; i < 40; i++) log.write('error', 'main', `第 ${i} 条错误 ${'x'.repeat(20)}`);
    expect(existsSync(join(dir, 'main.log'))).toBe(true);
    expect(existsSync(join(dir, 'main.1.log'))).toBe(true);
    expect(existsSync(join(dir, 'main.2.log'))).toBe(true);
    expect(existsSync(join(dir, 'main.3.log'))).toBe(false);
    expect(readFileSync(join(dir, 'main.log'), 'utf8')).toContain('第 39 条错误');
  });
});
