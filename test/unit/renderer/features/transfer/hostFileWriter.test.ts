import { afterEach, describe, expect, it } from 'vitest';
import type { BridgeApi } from '../../../../../electron/contract/bridgeApi';
import { writeHostFile } from '../../../../../renderer/src/features/transfer/bundle/hostFileWriter';

/** A host that keeps what it is given: the chunks of each write, and how each write ended. */
function fakeHost(failOnChunk?: number) {
  const chunks: Uint8Array[] = [];
  const ends: boolean[] = [];
  const files = {
    beginWrite: async () => ({ writeId: 'w1' }),
    writeChunk: async ({ data }: { data: Uint8Array }) => {
      if (chunks.length === failOnChunk) throw new Error('磁盘已满');
      chunks.push(data.slice());
    },
    endWrite: async ({ commit }: { commit: boolean }) => {
      ends.push(commit);
    },
  };
  window.dutyLedger = { files } as unknown as BridgeApi;
  return { chunks, ends };
}

afterEach(() => {
  delete window.dutyLedger;
});

const MB = 1024 * 1024;

describe('writeHostFile', () => {
  it('sends the bytes in pieces of 4 MB, in order, then puts the file in place', async () => {
    const host = fakeHost();
    const bytes = new Uint8Array(9 * MB + 5).map((_, i) => i % 251);
    await writeHostFile('/导出/捐赠台账.xlsx', bytes);
    expect(host.chunks.map((c) => c.length)).toEqual([4 * MB, 4 * MB, MB + 5]);
    const joined = new Uint8Array(bytes.length);
    let at = 0;
    for (const chunk of host.chunks) {
      joined.set(chunk, at);
      at += chunk.length;
    }
    expect(Buffer.from(joined).equals(Buffer.from(bytes))).toBe(true);
    expect(host.ends).toEqual([true]);
  });

  it('leaves the target as it was when a piece cannot be written, and says why', async () => {
    const host = fakeHost(1);
    await expect(writeHostFile('/导出/捐赠台账.xlsx', new Uint8Array(9 * MB))).rejects.toThrow(
      '磁盘已满',
    );
    expect(host.ends).toEqual([false]);
  });
});
