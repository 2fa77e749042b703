import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/handlers/dispatch';
import { makeTestServices, TRUSTED_URL } from '../makeTestServices';

type Piece = { data: string; bytes: number; size: number };

/** A file beside the test's data folder, chosen in the open dialog as a user would. */
async function chosenSource(content: Buffer) {
  const setup = makeTestServices();
  const source = join(setup.dataDir, '..', `dl-${Date.now()}-${Math.random()}-台账.xlsx`);
  writeFileSync(source, content);
  setup.dialogs.answerOpen([source]);
  await dispatch('files:open', {}, TRUSTED_URL, setup.services);
  const piece = (offset: number, length: number) =>
    dispatch('files:readChunk', { path: source, offset, length }, TRUSTED_URL, setup.services);
  return { ...setup, source, piece };
}

describe('files:readChunk', () => {
  it('hands over a chosen file piece by piece with its size, and ends the reading at its end', async () => {
    const content = Buffer.from('第一段，第二段，第三段');
    const { piece } = await chosenSource(content);
    const got: Buffer[] = [];
    let offset = 0;
    for (;;) {
      const answer = await piece(offset, 10);
      expect(answer.ok).toBe(true);
      const value = (answer as { value: Piece }).value;
      expect(value.size).toBe(content.length);
      got.push(Buffer.from(value.data, 'base64'));
      offset += value.bytes;
      if (offset >= value.size) break;
    }
    expect(got.length).toBe(Math.ceil(content.length / 10));
    expect(Buffer.concat(got).toString('utf8')).toBe('第一段，第二段，第三段');
    // Read to its end, the file is no longer open to the page.
    expect(await piece(0, 10)).toMatchObject({ ok: false, error: { field: 'path' } });
    expect(await piece(10, 10)).toMatchObject({ ok: false, error: { field: 'path' } });
  });

  it('refuses a file not chosen in the dialog, from any offset, and pieces over 4 MB', async () => {
    const { services, dataDir, piece } = await chosenSource(Buffer.from('内容'));
    const other = join(dataDir, '..', `dl-${Date.now()}-other.csv`);
    writeFileSync(other, 'secret');
    for (const offset of [0, 1]) {
      const answer = await dispatch(
        'files:readChunk',
        { path: other, offset, length: 10 },
        TRUSTED_URL,
        services,
      );
      expect(answer).toMatchObject({ ok: false, error: { field: 'path' } });
    }
    const huge = await piece(0, 4 * 1024 * 1024 + 1);
    expect(huge).toMatchObject({ ok: false });
    if (!huge.ok) expect(huge.error.message).toContain('每段不能超过 4 MB');
  });
});
