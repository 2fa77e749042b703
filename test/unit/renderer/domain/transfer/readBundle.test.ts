// @vitest-environment node
// Every hostile or broken file a 交接包 reader may be handed: each is built by hand here and must
// be refused with a Chinese message that names the problem, before anything is handed back.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleError } from '../../../../../renderer/src/domain/transfer/bundleError';
import {
  readBundle,
  type ReadBundleOptions,
} from '../../../../../renderer/src/domain/transfer/readBundle';
import {
  bundleBytes,
  handMadeBundle,
  rawZip,
  sampleRecords,
  sha256,
  zeroBomb,
} from './bundleFixtures';

const records = sampleRecords();
const [member] = records.member;
if (!member) throw new Error('the sample data has no member');
const memberLine = JSON.stringify(member) + '\n';
const MB = 1024 * 1024;

/** The error reading `bytes` fails with; the test fails if the bundle is accepted. */
async function refusal(bytes: Uint8Array, options: ReadBundleOptions = {}): Promise<BundleError> {
  try {
    await readBundle(bytes, options);
  } catch (error) {
    if (error instanceof BundleError) return error;
    throw error;
  }
  throw new Error('the bundle was accepted');
}

/** A manifest for `files` as hand-written JSON, with their true checksums. */
async function manifestFor(
  files: Record<string, Uint8Array>,
  counts: Record<string, number>,
  sizes: Record<string, number> = {},
): Promise<Uint8Array> {
  const entries = [];
  for (const [name, bytes] of Object.entries(files)) {
    entries.push({ name, sha256: await sha256(bytes), size: sizes[name] ?? bytes.length });
  }
  return strToU8(
    JSON.stringify({
      format: 'duty-ledger-bundle',
      formatVersion: 1,
      appVersion: '0.1.0',
      createdAt: '2021-04-15T08:00:00.000Z',
      operator: '王秘书',
      sourceInstallId: 'install-1',
      selection: '全部记录',
      counts,
      entries,
    }),
  );
}

describe('files that are not a 交接包', () => {
  it('refuses an empty file', async () => {
    const error = await refusal(new Uint8Array(0));
    expect(error.code).toBe('empty');
    expect(error.message).toBe('文件是空的（0 字节），不是交接包');
  });

  it('names a PDF renamed to .dlbundle', async () => {
    const pdf = strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    const error = await refusal(pdf);
    expect(error.code).toBe('not-a-zip');
    expect(error.message).toBe('不是交接包：这是一个 PDF 文件');
  });

  it('names a Word document, which is a zip too but has no manifest', async () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document/>'),
    });
    const error = await refusal(docx);
    expect(error.code).toBe('not-a-bundle');
    expect(error.message).toBe('不是交接包：这是一个 Word 文档（.docx）');
  });

  it('refuses a zip whose manifest is of another format', async () => {
    const other = zipSync({ 'manifest.json': strToU8('{"format":"other","formatVersion":1}') });
    expect((await refusal(other)).message).toBe('不是交接包：清单中的格式名称不是本程序的交接包');
  });
});

describe('cut or altered bundles', () => {
  it('says a bundle cut in half was truncated', async () => {
    const whole = await bundleBytes(records);
    for (const length of [Math.floor(whole.length / 2), whole.length - 1]) {
      const error = await refusal(whole.slice(0, length));
      expect(error.code).toBe('truncated');
      expect(error.message).toBe('交接包不完整（文件可能在复制或下载时被截断），请重新获取');
    }
  });

  it('names the entry whose checksum no longer matches after one byte flipped', async () => {
    const text = strToU8(memberLine);
    // Stored, not deflated, so the flipped byte lands in the entry's own text.
    const bytes = zipSync(
      {
        'records/member.jsonl': text,
        'manifest.json': await manifestFor({ 'records/member.jsonl': text }, { member: 1 }),
      },
      { level: 0 },
    );
    const at = findBytes(bytes, strToU8(member.name));
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    const error = await refusal(bytes);
    expect(error.code).toBe('checksum-mismatch');
    expect(error.message).toBe('交接包已损坏：records/member.jsonl 的校验值不符');
  });

  it('names an entry whose size differs from the manifest', async () => {
    const text = strToU8(memberLine);
    const bytes = zipSync({
      'records/member.jsonl': text,
      'manifest.json': await manifestFor(
        { 'records/member.jsonl': text },
        { member: 1 },
        { 'records/member.jsonl': text.length + 10 },
      ),
    });
    expect((await refusal(bytes)).message).toBe(
      '交接包已损坏：records/member.jsonl 的大小与清单不符',
    );
  });

  it('names an entry the manifest lists but the zip lacks', async () => {
    const text = strToU8(memberLine);
    const bytes = zipSync({
      'manifest.json': await manifestFor({ 'records/member.jsonl': text }, { member: 1 }),
    });
    const error = await refusal(bytes);
    expect(error.code).toBe('missing-entry');
    expect(error.message).toBe('交接包已损坏：缺少条目 records/member.jsonl');
  });

  it('names an entry the manifest does not list', async () => {
    const text = strToU8(memberLine);
    const bytes = zipSync({
      'records/member.jsonl': text,
      'attachments/extra': strToU8('planted'),
      'manifest.json': await manifestFor({ 'records/member.jsonl': text }, { member: 1 }),
    });
    const error = await refusal(bytes);
    expect(error.code).toBe('extra-entry');
    expect(error.message).toBe('交接包已损坏：含有清单之外的条目 attachments/extra');
  });

  it('says how many rows there are when the manifest counts otherwise', async () => {
    const bytes = await handMadeBundle({ 'records/member.jsonl': memberLine }, {}, { member: 2 });
    const error = await refusal(bytes);
    expect(error.code).toBe('count-mismatch');
    expect(error.message).toBe('交接包已损坏：委员有 1 条，清单记为 2 条');
  });

  it('refuses a manifest that is not JSON', async () => {
    const bytes = zipSync({ 'manifest.json': strToU8('{"format": "duty-ledger-bundle",') });
    expect((await refusal(bytes)).message).toBe('交接包已损坏：manifest.json 不是有效的 JSON');
  });
});

describe('reading as the file arrives', () => {
  async function* inPieces(bytes: Uint8Array, size: number) {
    for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
  }

  it('reads a bundle handed over in chunks as it reads one whole', async () => {
    const bytes = await bundleBytes(records);
    const read = await readBundle(inPieces(bytes, 1000));
    expect(read.rows).toEqual(records);
  });

  it('stops taking a file that grows past the size limit', async () => {
    const bytes = await bundleBytes(records);
    const error = await refusal(bytes, { limits: { maxFileBytes: 4096 } });
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('文件过大（上限 4.0 KB）');
    let pulled = 0;
    async function* counted() {
      for await (const chunk of inPieces(bytes, 1024)) {
        pulled++;
        yield chunk;
      }
    }
    await expect(readBundle(counted(), { limits: { maxFileBytes: 4096 } })).rejects.toThrow(
      '文件过大（上限 4.0 KB）',
    );
    expect(pulled).toBe(5);
  });

  it('refuses a manifest that lists an entry twice', async () => {
    const text = strToU8(memberLine);
    const manifest = JSON.parse(
      new TextDecoder().decode(await manifestFor({ 'records/member.jsonl': text }, { member: 1 })),
    ) as { entries: unknown[] };
    manifest.entries.push(manifest.entries[0]);
    const bytes = zipSync({
      'records/member.jsonl': text,
      'manifest.json': strToU8(JSON.stringify(manifest)),
    });
    expect((await refusal(bytes)).message).toBe('交接包已损坏：清单中有重复的条目');
  });
});

describe('format versions', () => {
  it('asks to upgrade for a bundle of a newer format version', async () => {
    const bytes = await handMadeBundle({}, { formatVersion: 99 });
    const error = await refusal(bytes);
    expect(error.code).toBe('newer-version');
    expect(error.message).toBe('此交接包由较新版本的程序生成（格式版本 99），请先升级本程序再导入');
  });

  it('asks to upgrade for version 3, the one after the version this program writes', async () => {
    const error = await refusal(await handMadeBundle({}, { formatVersion: 3 }));
    expect(error.code).toBe('newer-version');
    expect(error.message).toBe('此交接包由较新版本的程序生成（格式版本 3），请先升级本程序再导入');
  });

  it('still reads a version 1 bundle, with its records, from before rules.json', async () => {
    const bytes = await handMadeBundle(
      { 'records/member.jsonl': memberLine },
      { formatVersion: 1 },
      { member: 1 },
    );
    const read = await readBundle(bytes);
    expect(read.manifest.formatVersion).toBe(1);
    expect(read.rows.member?.map((row) => row.name)).toEqual([member.name]);
    expect(read.rules).toBeNull();
  });

  it('reads the rules of a version 1 bundle that carries them, as the builds just before 2 wrote', async () => {
    const rules = {
      exchangeRates: [{ currency: 'HKD', from: '2024-01-01', rate: '0.9213' }],
      pointsRules: null,
      stageLimitDays: 45,
    };
    const bytes = await handMadeBundle(
      { 'records/member.jsonl': memberLine, 'rules.json': JSON.stringify(rules) },
      { formatVersion: 1 },
      { member: 1 },
    );
    const read = await readBundle(bytes);
    expect(read.rules).toEqual(rules);
  });

  it('refuses a version that never existed', async () => {
    const bytes = await handMadeBundle({}, { formatVersion: 0 });
    expect((await refusal(bytes)).message).toBe('交接包的格式版本（0）无法识别');
  });

  it('asks to upgrade for a kind of record this program does not know', async () => {
    const bytes = await handMadeBundle({ 'records/meeting.jsonl': '{}\n' }, {}, {
      meeting: 1,
    } as Record<string, number>);
    const error = await refusal(bytes);
    expect(error.code).toBe('newer-version');
    expect(error.message).toBe(
      '此交接包含有本程序不认识的记录类型（meeting），请先升级本程序再导入',
    );
  });
});

describe('entry names that climb out of the folder (zip-slip)', () => {
  const names: [string, string][] = [
    ['../x', '会越出交接包的目录'],
    ['records/../../etc/passwd', '会越出交接包的目录'],
    ['/etc/passwd', '是绝对路径'],
    ['attachments\\..\\x', '含有反斜杠'],
    ['C:/Windows/x', '含有盘符'],
  ];
  for (const [name, reason] of names) {
    it(`refuses ${name}`, async () => {
      const bytes = zipSync({
        [name]: strToU8('planted'),
        'manifest.json': await manifestFor({}, {}),
      });
      const error = await refusal(bytes);
      expect(error.code).toBe('unsafe-name');
      expect(error.message).toBe(
        `交接包含有不安全的条目名「${name}」（${reason}），已拒绝，未导入任何内容`,
      );
    });
  }
});

describe('decompression bombs', () => {
  /** A zip whose one attachment is 1 GiB of zeros in about 6 MB, and a manifest claiming `size`. */
  async function bombBundle(size: number): Promise<Uint8Array> {
    const sha = 'a'.repeat(64);
    const name = `attachments/${sha}`;
    const manifest = await manifestFor({ [name]: new Uint8Array(0) }, {}, { [name]: size });
    return rawZip([
      { name, method: 8, data: zeroBomb(1024 * MB), claimedSize: size },
      { name: 'manifest.json', method: 0, data: withAttachmentSha(manifest, sha) },
    ]);
  }

  it('stops a bomb at the limit while it inflates, though the manifest claims it fits', async () => {
    // Inflating it whole before checking would take a gigabyte.
    const error = await refusal(await bombBundle(4 * MB), { limits: { maxEntryBytes: 4 * MB } });
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(
      `交接包中的 attachments/${'a'.repeat(64)} 解压后超过 4.0 MB，疑似压缩炸弹，已停止读取`,
    );
  });

  it('stops a bomb at the size its manifest claims, while it inflates', async () => {
    const error = await refusal(await bombBundle(10), { limits: { maxEntryBytes: 4 * MB } });
    expect(error.code).toBe('size-mismatch');
    expect(error.message).toBe(`交接包已损坏：attachments/${'a'.repeat(64)} 的大小与清单不符`);
  });

  it('refuses up front entries that together are over the total limit', async () => {
    const files: Record<string, Uint8Array> = {};
    let manifest: Uint8Array | undefined;
    for (const sha of ['b', 'c', 'd'])
      files['attachments/' + sha.repeat(64)] = new Uint8Array(3 * MB);
    manifest = await manifestFor(files, {});
    for (const sha of ['b', 'c', 'd']) manifest = withAttachmentSha(manifest, sha.repeat(64));
    const bytes = zipSync({ ...files, 'manifest.json': manifest });
    const error = await refusal(bytes, { limits: { maxTotalBytes: 5 * MB } });
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('交接包解压后总大小超过 5.0 MB');
  });

  it('refuses up front an entry the manifest says is over the limit', async () => {
    const text = strToU8(memberLine);
    const bytes = zipSync({
      'records/member.jsonl': text,
      'manifest.json': await manifestFor(
        { 'records/member.jsonl': text },
        { member: 1 },
        { 'records/member.jsonl': 2 * MB },
      ),
    });
    expect((await refusal(bytes, { limits: { maxEntryBytes: MB } })).message).toBe(
      '交接包中的 records/member.jsonl 解压后有 2.0 MB，超过上限 1.0 MB',
    );
  });
});

describe('rows', () => {
  it('names the line and the field of a bad row, and hands back nothing', async () => {
    const bad = { ...member, id: '0b8f7a1e-8f1c-4d3a-9b7e-1c2d3e4f5a6b', name: '' };
    const text = memberLine + JSON.stringify(bad) + '\n';
    const bytes = await handMadeBundle({ 'records/member.jsonl': text }, {}, { member: 2 });
    const error = await refusal(bytes);
    expect(error.code).toBe('bad-row');
    expect(error.message).toBe('交接包中的委员（records/member.jsonl）第2行有误：姓名：不能为空');
  });

  it('names a line that is not JSON', async () => {
    const text = memberLine + '{"id": \n';
    const bytes = await handMadeBundle({ 'records/member.jsonl': text }, {}, { member: 2 });
    expect((await refusal(bytes)).message).toBe(
      '交接包中的委员（records/member.jsonl）第2行不是有效的 JSON',
    );
  });

  it('names a row whose version history is not a list of tags', async () => {
    const text = memberLine + JSON.stringify({ ...records.member[1], _revs: [{ rev: 1 }] }) + '\n';
    const bytes = await handMadeBundle({ 'records/member.jsonl': text }, {}, { member: 2 });
    expect((await refusal(bytes)).message).toBe(
      '交接包中的委员（records/member.jsonl）第2行有误：版本记录（_revs）格式不正确',
    );
  });

  it('refuses the same record twice in one kind', async () => {
    const bytes = await handMadeBundle(
      { 'records/member.jsonl': memberLine + memberLine },
      {},
      { member: 2 },
    );
    expect((await refusal(bytes)).message).toBe(
      '交接包中的委员（records/member.jsonl）第2行与第1行是同一条记录（编号重复）',
    );
  });
});

describe('versions', () => {
  it('refuses a version number past any real count of edits, where it would stop growing by one', async () => {
    const line = JSON.stringify({ ...member, rev: Number.MAX_SAFE_INTEGER }) + '\n';
    const bytes = await handMadeBundle({ 'records/member.jsonl': line }, {}, { member: 1 });
    expect((await refusal(bytes)).message).toBe(
      '交接包中的委员（records/member.jsonl）第1行有误：版本号：不能大于1000000000',
    );
  });
});

describe('ids across kinds', () => {
  it('refuses a record of one kind that takes the id of a record of another', async () => {
    const campaign = { ...records.campaign[0], id: member.id };
    const bytes = await handMadeBundle(
      {
        'records/member.jsonl': memberLine,
        'records/campaign.jsonl': JSON.stringify(campaign) + '\n',
      },
      {},
      { member: 1, campaign: 1 },
    );
    expect((await refusal(bytes)).message).toBe(
      '交接包中的专项（records/campaign.jsonl）第1行与委员第1行的编号相同：交接包有误，请向交出方重新获取',
    );
  });
});

describe('passphrases', () => {
  it('asks for the passphrase of an encrypted bundle', async () => {
    const bytes = await bundleBytes({ member: [member] }, { passphrase: '青竹村2021' });
    const error = await refusal(bytes);
    expect(error.code).toBe('passphrase-required');
    expect(error.message).toBe('此交接包已加密，请输入导出时设置的口令');
  });

  it('says a wrong passphrase is wrong', async () => {
    const bytes = await bundleBytes({ member: [member] }, { passphrase: '青竹村2021' });
    const error = await refusal(bytes, { passphrase: '青竹村2022' });
    expect(error.code).toBe('wrong-passphrase');
    expect(error.message).toBe('口令不正确，无法打开此交接包');
  });

  it('tells an altered encrypted bundle from a wrong passphrase', async () => {
    const bytes = await bundleBytes({ member: [member] }, { passphrase: '青竹村2021' });
    // The payload is stored and written last, then its 16-byte data descriptor: this is the
    // last byte of its last GCM tag.
    const directory = new DataView(bytes.buffer).getUint32(bytes.length - 22 + 16, true);
    bytes[directory - 17] = (bytes[directory - 17] ?? 0) ^ 0x01;
    const error = await refusal(bytes, { passphrase: '青竹村2021' });
    expect(error.code).toBe('damaged');
    expect(error.message).toBe('交接包已损坏：加密数据不完整或被改动');
  });
  it('notices encrypted frames cut off the end, though the zip around them is whole', async () => {
    // An incompressible attachment makes the payload several frames long.
    const attachment = randomBytes(3 * MB);
    const sha = await sha256(attachment);
    const bytes = await bundleBytes(
      { member: [member] },
      { passphrase: '青竹村2021' },
      {
        hashes: [sha],
        read: async () => attachment,
      },
    );
    const { 'encryption.json': header, 'payload.bin': payload } = unzipSync(bytes);
    if (!header || !payload) throw new Error('not an encrypted bundle');
    // Each frame is [length][IV][ciphertext]: keep all but the last.
    const frames: number[] = [];
    for (
      let at = 0;
      at < payload.length;
      at += 4 + 12 + new DataView(payload.buffer, payload.byteOffset).getUint32(at)
    ) {
      frames.push(at);
    }
    expect(frames.length).toBeGreaterThan(2);
    const cut = zipSync(
      { 'encryption.json': header, 'payload.bin': payload.slice(0, frames[frames.length - 1]) },
      { level: 0 },
    );
    const error = await refusal(cut, { passphrase: '青竹村2021' });
    expect(error.code).toBe('damaged');
    expect(error.message).toBe('交接包已损坏：加密数据不完整或被改动');
  });
});

/** Sets the listed checksum of an attachment entry to the hash in its name. */
function withAttachmentSha(manifest: Uint8Array, sha: string): Uint8Array {
  const parsed = JSON.parse(new TextDecoder().decode(manifest)) as {
    entries: { name: string; sha256: string }[];
  };
  for (const entry of parsed.entries) if (entry.name === 'attachments/' + sha) entry.sha256 = sha;
  return strToU8(JSON.stringify(parsed));
}

/** Incompressible bytes (getRandomValues gives at most 64 KB a call). */
function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let at = 0; at < length; at += 65536) {
    crypto.getRandomValues(out.subarray(at, Math.min(at + 65536, length)));
  }
  return out;
}

function findBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('not found');
}
