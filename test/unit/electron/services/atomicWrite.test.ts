import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../electron/services/atomicWrite';

function folderWithLedger() {
  const folder = mkdtempSync(join(tmpdir(), 'dl-atomic-'));
  const target = join(folder, '台账.csv');
  writeFileSync(target, '姓名\n李微微\n');
  return { folder, target };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('writeFileAtomically', () => {
  it('replaces the file with the new content and leaves nothing else behind', async () => {
    const { folder, target } = folderWithLedger();
    await writeFileAtomically(target, utf8('姓名\n张大方\n'));
    expect(readFileSync(target, 'utf8')).toBe('姓名\n张大方\n');
    expect(readdirSync(folder)).toEqual(['台账.csv']);
  });

  it('keeps the old content whole when the write fails between writing and renaming', async () => {
    const { folder, target } = folderWithLedger();
    let renamedOnto: string | undefined;
    const failingRename = async (_from: string, to: string) => {
      renamedOnto = to;
      throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
    };
    await expect(
      writeFileAtomically(target, utf8('写了一半的新内容'), { rename: failingRename }),
    ).rejects.toMatchObject({ code: 'EIO' });
    expect(renamedOnto).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('姓名\n李微微\n');
    expect(readdirSync(folder)).toEqual(['台账.csv']);
  });
});
