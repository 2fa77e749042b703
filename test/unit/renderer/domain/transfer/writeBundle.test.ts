// @vitest-environment node
import { strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RECORD_KINDS,
  validateRecord,
  type RecordKind,
} from '../../../../../renderer/src/domain/records';
import { BundleError } from '../../../../../renderer/src/domain/transfer/bundleError';
import type { RowsByKind } from '../../../../../renderer/src/domain/transfer/bundleFormat';
import { readBundle } from '../../../../../renderer/src/domain/transfer/readBundle';
import {
  writeBundle,
  type BundleProgress,
} from '../../../../../renderer/src/domain/transfer/writeBundle';
import { bundleBytes, CREATED, sampleRecords, sha256, WRITE_OPTIONS } from './bundleFixtures';

const records = sampleRecords();

/** The sample records, with a tombstone and a revision history among them. */
function rowsWithHistory(): RowsByKind {
  const [first, second, ...rest] = records.member;
  if (!first || !second) throw new Error('the sample data has too few members');
  return {
    ...records,
    member: [
      { ...first, rev: 3, _revs: ['3-a1b2c3d4e5f6', '2-0f0e0d0c0b0a', '1-112233445566'] },
      { ...second, rev: 2, deletedAt: '2022-01-05T02:00:00.000Z' },
      ...rest,
    ],
  };
}

/** An attachment that is itself a zip: a reader that scans for signatures would see its entries. */
const DOCX = zipSync({
  '[Content_Types].xml': strToU8('<Types/>'),
  'word/document.xml': strToU8('<w:document>青竹村</w:document>'),
});
const PHOTO = new Uint8Array(20_000).map((_, i) => (i * 7919) % 251);

async function attachmentSource() {
  const bytes = new Map([
    [await sha256(DOCX), DOCX],
    [await sha256(PHOTO), PHOTO],
  ]);
  return { hashes: [...bytes.keys()], read: async (sha: string) => bytes.get(sha) };
}

describe('writing and reading back', () => {
  it('gives back every row, tombstones and revision histories, and every attachment', async () => {
    const rows = rowsWithHistory();
    const attachments = await attachmentSource();
    const bytes = await bundleBytes(rows, {}, attachments);
    const read = await readBundle(bytes);
    expect(read.rows).toEqual(rows);
    expect(read.encrypted).toBe(false);
    expect(read.attachment(await sha256(DOCX))).toEqual(DOCX);
    expect(read.attachment(await sha256(PHOTO))).toEqual(PHOTO);
    expect(read.manifest).toMatchObject({
      format: 'duty-ledger-bundle',
      formatVersion: 2,
      appVersion: '0.1.0',
      createdAt: CREATED,
      operator: '王秘书',
      sourceInstallId: WRITE_OPTIONS.sourceInstallId,
      selection: '全部记录',
      counts: { member: 53, activity: 32, donation: 17, campaign: 5, studio: 7 },
    });
  });

  it('lists in the manifest the true SHA-256 and size of every entry', async () => {
    const bytes = await bundleBytes(rowsWithHistory(), {}, await attachmentSource());
    // Read with fflate's own reader and Node's hash, not with the code under test.
    const { 'manifest.json': manifestBytes, ...entries } = unzipSync(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as {
      entries: { name: string; sha256: string; size: number }[];
    };
    const listed = Object.fromEntries(manifest.entries.map((e) => [e.name, e]));
    expect(Object.keys(listed).sort()).toEqual(Object.keys(entries).sort());
    for (const [name, content] of Object.entries(entries)) {
      expect(listed[name]).toEqual({ name, sha256: await sha256(content), size: content.length });
    }
    expect(Object.keys(entries)).toContain('records/member.jsonl');
    const memberLines = new TextDecoder().decode(entries['records/member.jsonl']).split('\n');
    expect(memberLines).toHaveLength(53 + 1);
  });

  it('with a passphrase gives back the same rows and attachments', async () => {
    const rows = rowsWithHistory();
    const bytes = await bundleBytes(rows, { passphrase: '青竹村 2021' }, await attachmentSource());
    const read = await readBundle(bytes, { passphrase: '青竹村 2021' });
    expect(read.encrypted).toBe(true);
    expect(read.rows).toEqual(rows);
    expect(read.attachment(await sha256(DOCX))).toEqual(DOCX);
    expect(read.manifest.operator).toBe('王秘书');
  });

  it('with a passphrase shows only what deriving the key needs', async () => {
    const bytes = await bundleBytes(rowsWithHistory(), { passphrase: '青竹村 2021' });
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual(['encryption.json', 'payload.bin']);
    const header = JSON.parse(new TextDecoder().decode(entries['encryption.json'])) as Record<
      string,
      unknown
    >;
    expect(Object.keys(header).sort()).toEqual(
      [
        'check',
        'cipher',
        'encrypted',
        'format',
        'formatVersion',
        'iterations',
        'kdf',
        'salt',
      ].sort(),
    );
    expect(header.iterations).toBeGreaterThanOrEqual(600_000);
    expect(Buffer.from(header.salt as string, 'base64')).toHaveLength(16);
    const everything = Buffer.from(bytes);
    for (const secret of ['王秘书', '全部记录', records.member[0]?.name ?? '', 'records/']) {
      expect(everything.includes(Buffer.from(secret))).toBe(false);
    }
  });

  it('uses a new salt each time', async () => {
    const salts = [];
    for (let i = 0; i < 2; i++) {
      const bytes = await bundleBytes({ campaign: records.campaign }, { passphrase: '口令' });
      salts.push(new TextDecoder().decode(unzipSync(bytes)['encryption.json']));
    }
    expect(salts[0]).not.toBe(salts[1]);
  });

  it('carries the attachments the rows name, and only when asked to', async () => {
    const sha = await sha256(PHOTO);
    const [activity] = records.activity;
    if (!activity) throw new Error('the sample data has no activity');
    const withPhoto = {
      ...activity,
      attachments: [
        { sha256: sha, name: '青竹村.jpg', mimeType: 'image/jpeg', size: PHOTO.length },
      ],
    };
    const read = async (wanted: string) => (wanted === sha ? PHOTO : undefined);
    const carried = await readBundle(await bundleBytes({ activity: [withPhoto] }, {}, { read }));
    expect(carried.rows.activity).toEqual([withPhoto]);
    expect(carried.attachment(sha)).toEqual(PHOTO);
    const without = await readBundle(await bundleBytes({ activity: [withPhoto] }));
    expect(without.attachmentHashes).toEqual([]);
  });

  it('notes attachments whose bytes this machine lacks', async () => {
    const missing = 'e'.repeat(64);
    const bytes = await bundleBytes(
      { campaign: records.campaign },
      {},
      {
        hashes: [missing],
        read: async () => undefined,
      },
    );
    const read = await readBundle(bytes);
    expect(read.manifest.missingAttachments).toEqual([missing]);
    expect(read.attachment(missing)).toBeUndefined();
  });

  it('refuses an attachment whose bytes do not match its hash', async () => {
    const wrong = 'f'.repeat(64);
    await expect(bundleBytes({}, {}, { hashes: [wrong], read: async () => PHOTO })).rejects.toThrow(
      `附件 ${wrong} 的内容与其校验值不符，未导出`,
    );
  });
});

describe('any valid rows', () => {
  const timestamp = fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString());
  /** Free text, with the line breaks and quotes a JSON-lines file must survive. */
  const text = (max: number) =>
    fc
      .string({
        maxLength: max,
        unit: fc.constantFrom('a', '陈', '陳', '\n', '\u2028', '"', '\\', ' ', '😀'),
      })
      .map((value) => value.trim())
      .filter((value) => value.length > 0);
  const revs = fc.option(
    fc.array(fc.stringMatching(/^[1-9]\d{0,3}-[0-9a-f]{12}$/), { minLength: 1, maxLength: 20 }),
    {
      nil: undefined,
    },
  );
  const member = fc
    .record({
      id: fc.uuid({ version: 4 }),
      createdAt: timestamp,
      updatedAt: timestamp,
      rev: fc.integer({ min: 1, max: 1_000_000 }),
      deletedAt: fc.option(timestamp, { nil: null }),
      name: text(50),
      otherNames: fc.array(text(100), { maxLength: 3 }),
      note: fc.option(text(200), { nil: undefined }),
      _revs: revs,
    })
    .map(({ _revs, note, ...rest }) => {
      const result = validateRecord('member', note === undefined ? rest : { ...rest, note });
      if (!result.ok) return undefined;
      return _revs === undefined ? result.value : { ...result.value, _revs };
    })
    .filter((row) => row !== undefined);
  /** Any subset of the sample records of a kind, each at some revision, maybe deleted. */
  const sampled = <K extends RecordKind>(kind: K) =>
    fc.subarray(records[kind] as unknown[]).chain((chosen) =>
      fc.tuple(
        ...chosen.map((row) =>
          fc
            .record({
              rev: fc.integer({ min: 1, max: 99 }),
              deletedAt: fc.option(timestamp, { nil: null }),
            })
            .map((change) => ({ ...(row as object), ...change })),
        ),
      ),
    );

  it('come back exactly as given', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(member, { selector: (row) => row.id, maxLength: 20 }),
        sampled('activity'),
        sampled('donation'),
        fc.subarray([...RECORD_KINDS]),
        async (members, activities, donations, kinds) => {
          const all = { ...records, member: members, activity: activities, donation: donations };
          const rows = Object.fromEntries(kinds.map((kind) => [kind, all[kind]])) as RowsByKind;
          const read = await readBundle(await bundleBytes(rows));
          expect(read.rows).toEqual(rows);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('progress and cancel', () => {
  /** Enough members to fill several chunks. */
  function manyMembers(count: number) {
    const template = records.member[0];
    if (!template) throw new Error('the sample data has no member');
    return Array.from({ length: count }, (_, i) => ({
      ...template,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `委员${i}`,
    }));
  }

  it('reports progress up to the total of rows and entries', async () => {
    const members = manyMembers(3000);
    const seen: BundleProgress[] = [];
    await writeBundle(
      { records: { member: { count: members.length, rows: members } } },
      async () => undefined,
      { ...WRITE_OPTIONS, onProgress: (progress) => seen.push(progress) },
    );
    const last = seen[seen.length - 1];
    expect(last).toEqual({ entriesDone: 2, entriesTotal: 2, rowsDone: 3000, rowsTotal: 3000 });
    expect(seen.length).toBeGreaterThan(3);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]?.rowsDone).toBeGreaterThanOrEqual(seen[i - 1]?.rowsDone ?? 0);
    }
  });

  it('hands the sink nothing more once cancelled, wherever it is cancelled, and says so', async () => {
    const members = manyMembers(1500);
    const source = { records: { member: { count: members.length, rows: members } } };
    let total = 0;
    await writeBundle(source, async () => void total++, WRITE_OPTIONS);
    expect(total).toBeGreaterThan(3);
    for (let cancelAt = 1; cancelAt <= total; cancelAt++) {
      const controller = new AbortController();
      let chunks = 0;
      let afterCancel = 0;
      const error = await writeBundle(
        source,
        async () => {
          if (controller.signal.aborted) afterCancel++;
          if (++chunks === cancelAt) controller.abort();
        },
        { ...WRITE_OPTIONS, signal: controller.signal },
      ).catch((caught: unknown) => caught);
      expect(afterCancel, `cancelled at chunk ${cancelAt}`).toBe(0);
      expect(error).toBeInstanceOf(BundleError);
      expect((error as BundleError).code).toBe('cancelled');
      expect((error as BundleError).message).toBe('已取消导出');
    }
  });

  it('reports reading progress and stops reading when cancelled', async () => {
    const bytes = await bundleBytes({ member: manyMembers(2500) });
    const seen: BundleProgress[] = [];
    await readBundle(bytes, { onProgress: (progress) => seen.push(progress) });
    expect(seen[seen.length - 1]).toEqual({
      entriesDone: 1,
      entriesTotal: 1,
      rowsDone: 2500,
      rowsTotal: 2500,
    });
    const controller = new AbortController();
    controller.abort();
    await expect(readBundle(bytes, { signal: controller.signal })).rejects.toThrow('已取消读取');
  });
});
