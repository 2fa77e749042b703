import { zipSync, strToU8 } from 'fflate';
import { buildSampleData } from '../../../../../renderer/src/domain/sample/buildSampleData';
import {
  RECORD_KINDS,
  validateRecord,
  type RecordByKind,
  type RecordKind,
} from '../../../../../renderer/src/domain/records';
import {
  writeBundle,
  type BundleSource,
  type WriteBundleOptions,
} from '../../../../../renderer/src/domain/transfer/writeBundle';
import type { RowsByKind } from '../../../../../renderer/src/domain/transfer/bundleFormat';

export const CREATED = '2021-04-15T08:00:00.000Z';

export const WRITE_OPTIONS: WriteBundleOptions = {
  appVersion: '0.1.0',
  operator: '王秘书',
  sourceInstallId: '5d1c7f7e-3b7a-4a53-9c55-0f3f0f7a1b11',
  selection: '全部记录',
  createdAt: CREATED,
};

/** A stored record of `kind` made from a sample input, as the database would hold it. */
export function storedRecord<K extends RecordKind>(
  kind: K,
  id: string,
  input: unknown,
  extra: Record<string, unknown> = {},
): RecordByKind[K] {
  const result = validateRecord(kind, {
    id,
    createdAt: CREATED,
    updatedAt: CREATED,
    rev: 1,
    deletedAt: null,
    ...(input as object),
    ...extra,
  });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result.value;
}

const PLURAL = {
  member: 'members',
  activity: 'activities',
  donation: 'donations',
  campaign: 'campaigns',
  studio: 'studios',
} as const satisfies Record<RecordKind, string>;

/** Every sample record of every kind as stored. */
export function sampleRecords(): { [K in RecordKind]: RecordByKind[K][] } {
  const data = buildSampleData();
  const out = {} as { [K in RecordKind]: RecordByKind[K][] };
  for (const kind of RECORD_KINDS) {
    const entries = data[PLURAL[kind]] as readonly { id: string; input: unknown }[];
    (out as Record<RecordKind, unknown[]>)[kind] = entries.map(({ id, input }) =>
      storedRecord(kind, id, input),
    );
  }
  return out;
}

/** The bytes of a bundle of `rows`, written through a sink that collects them. */
export async function bundleBytes(
  rows: RowsByKind,
  options: Partial<WriteBundleOptions> = {},
  attachments?: BundleSource['attachments'],
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const records: BundleSource['records'] = {};
  for (const kind of RECORD_KINDS) {
    const list = rows[kind];
    if (list) (records as Record<string, unknown>)[kind] = { count: list.length, rows: list };
  }
  await writeBundle(
    { records, ...(attachments ? { attachments } : {}) },
    async (chunk) => {
      chunks.push(chunk);
    },
    { ...WRITE_OPTIONS, ...options },
  );
  return join(chunks);
}

export function join(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export async function sha256(bytes: Uint8Array): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A hand-made bundle: `files` plus a manifest listing them with their true checksums (computed
 * here by Node's hash, not by the code under test); `manifest` overrides its fields.
 */
export async function handMadeBundle(
  files: Record<string, string | Uint8Array>,
  manifest: Record<string, unknown> = {},
  counts: Partial<Record<RecordKind, number>> = {},
): Promise<Uint8Array> {
  const bytes: Record<string, Uint8Array> = {};
  const entries = [];
  for (const [name, content] of Object.entries(files)) {
    bytes[name] = typeof content === 'string' ? strToU8(content) : content;
    entries.push({ name, sha256: await sha256(bytes[name]), size: bytes[name].length });
  }
  const full = {
    format: 'duty-ledger-bundle',
    formatVersion: 1,
    appVersion: '0.1.0',
    createdAt: CREATED,
    operator: '王秘书',
    sourceInstallId: 'install-1',
    selection: '全部记录',
    counts,
    entries,
    missingAttachments: [],
    ...manifest,
  };
  return zipSync({ ...bytes, 'manifest.json': strToU8(JSON.stringify(full)) });
}

/** One entry of a zip built byte by byte, so a test can say anything a hostile file might. */
export interface RawEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: 0 | 8;
  /** The entry's data as it lies in the file (already deflated for method 8). */
  data: Uint8Array;
  /** What the headers claim the inflated size is. */
  claimedSize?: number;
}

/** A zip of `entries` with local headers, a central directory and its end record. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const size = entry.claimedSize ?? entry.data.length;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const head = new Uint8Array(46 + name.length);
    const cv = new DataView(head.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    head.set(name, 46);
    parts.push(local, entry.data);
    central.push(head);
    offset += local.length + entry.data.length;
  }
  const directory = join(central);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directory.length, true);
  ev.setUint32(16, offset, true);
  return join([...parts, directory, end]);
}

/**
 * Raw DEFLATE data that inflates to at least `bytes` zero bytes from 13 bits per 258 of them: one
 * fixed-Huffman block of a literal 0 and then copies of length 258 at distance 1. Made by hand, so
 * a test can hold a bomb no test could afford to deflate.
 */
export function zeroBomb(bytes: number): Uint8Array {
  const copies = Math.ceil(bytes / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7) / 8));
  let at = 0;
  /** Header fields go least significant bit first; Huffman codes most significant bit first. */
  const put = (value: number, count: number, codeOrder: boolean) => {
    for (let i = 0; i < count; i++) {
      const bit = codeOrder ? (value >> (count - 1 - i)) & 1 : (value >> i) & 1;
      if (bit) out[at >> 3] = (out[at >> 3] ?? 0) | (1 << (at & 7));
      at++;
    }
  };
  put(1, 1, false); // the last block
  put(1, 2, false); // fixed Huffman codes
  put(0b00110000, 8, true); // literal 0
  for (let n = 0; n < copies; n++) {
    put(0b11000101, 8, true); // length 258 (code 285)
    put(0, 5, true); // distance 1 (code 0)
  }
  put(0, 7, true); // end of block
  return out;
}
