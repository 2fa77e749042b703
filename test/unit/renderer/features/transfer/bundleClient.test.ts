// The bundle worker's jobs and its client, joined in one thread by a stand-in for postMessage
// (messages are cloned, as between threads), over a fake-indexeddb database.
import { beforeEach, describe, expect, it } from 'vitest';
import { installId } from '../../../../../renderer/src/db/installId';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import {
  createRecord,
  deleteRecord,
} from '../../../../../renderer/src/db/repositories/recordRepository';
import { loadSampleData } from '../../../../../renderer/src/db/repositories/sampleDataRepository';
import { fromRow } from '../../../../../renderer/src/db/rows';
import { RECORD_KINDS } from '../../../../../renderer/src/domain/records';
import { BundleError } from '../../../../../renderer/src/domain/transfer/bundleError';
import { readBundle } from '../../../../../renderer/src/domain/transfer/readBundle';
import type { BundleProgress } from '../../../../../renderer/src/domain/transfer/writeBundle';
import {
  createBundleClient,
  type BundlePort,
} from '../../../../../renderer/src/features/transfer/bundle/bundleClient';
import { startBundleJobs } from '../../../../../renderer/src/features/transfer/bundle/bundleJobs';
import type { DutyLedgerDb } from '../../../../../renderer/src/db/DutyLedgerDb';
import { freshDatabase } from '../../db/freshDatabase';
import { join } from '../../domain/transfer/bundleFixtures';

let database: DutyLedgerDb;
beforeEach(async () => {
  database = freshDatabase();
  setOperator('王小明');
  await loadSampleData();
});

function connectedClient() {
  const port: BundlePort = {
    postMessage: (message) => setTimeout(() => handle(structuredClone(message))),
    onmessage: null,
  };
  const handle = startBundleJobs((message) =>
    setTimeout(() => port.onmessage?.({ data: structuredClone(message) } as MessageEvent)),
  );
  return createBundleClient(port);
}

const OPTIONS = {
  appVersion: '0.1.0',
  operator: '王小明',
  selection: '全部记录',
  withAttachments: false,
  pointsRules: null,
};

describe('the bundle worker', () => {
  it('exports every record of the database, tombstones included, with this installation id', async () => {
    const gone = await createRecord('member', { name: '卿浙伟' });
    await deleteRecord('member', gone.id, gone.rev);
    const chunks: Uint8Array[] = [];
    const progress: BundleProgress[] = [];
    const job = connectedClient().exportBundle(OPTIONS, {
      sink: async (chunk) => void chunks.push(chunk),
      onProgress: (p) => progress.push(p),
    });
    const manifest = await job.done;
    const read = await readBundle(join(chunks));
    for (const kind of RECORD_KINDS) {
      // The records as stored, with their history and without the derived index fields.
      const stored = (await database.tableOf(kind).toArray()).map((row) => ({
        ...fromRow(row),
        _revs: row._revs,
      }));
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(read.rows[kind]?.slice().sort(byId), kind).toEqual(stored.sort(byId));
    }
    expect(read.rows.member?.find((row) => row.id === gone.id)?.deletedAt).toEqual(
      expect.any(String),
    );
    expect(manifest.sourceInstallId).toBe(await installId());
    expect(manifest.operator).toBe('王小明');
    const last = progress[progress.length - 1];
    expect(last?.rowsDone).toBe(last?.rowsTotal);
    expect(last?.entriesDone).toBe(last?.entriesTotal);
  });

  it('asks the page for the attachments the rows name', async () => {
    const photo = new Uint8Array([1, 2, 3, 4, 5]);
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(photo).digest('hex');
    const [activity] = await database.activities.limit(1).toArray();
    if (!activity) throw new Error('no sample activity');
    await database.activities.put({
      ...activity,
      attachments: [{ sha256: sha, name: '合影.jpg', mimeType: 'image/jpeg', size: 5 }],
    });
    const chunks: Uint8Array[] = [];
    const asked: string[] = [];
    await connectedClient().exportBundle(
      { ...OPTIONS, withAttachments: true },
      {
        sink: async (chunk) => void chunks.push(chunk),
        readAttachment: async (wanted) => {
          asked.push(wanted);
          return wanted === sha ? photo : undefined;
        },
      },
    ).done;
    expect(asked).toEqual([sha]);
    expect((await readBundle(join(chunks))).attachment(sha)).toEqual(photo);
  });

  it('stops an export when cancelled, even while the page is still writing a chunk', async () => {
    const client = connectedClient();
    let taken = 0;
    let firstChunk: () => void = () => undefined;
    const reached = new Promise<void>((resolve) => (firstChunk = resolve));
    const job = client.exportBundle(
      { ...OPTIONS, passphrase: '口令' },
      {
        // A write that never finishes, as on a stalled USB disk.
        sink: () => {
          taken++;
          firstChunk();
          return new Promise<void>(() => undefined);
        },
      },
    );
    await reached;
    job.cancel();
    const error = await job.done.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).message).toBe('已取消导出');
    expect(taken).toBe(1);
  });

  it('verifies a bundle, and names what is wrong with a bad one', async () => {
    const client = connectedClient();
    const chunks: Uint8Array[] = [];
    await client.exportBundle(
      { ...OPTIONS, passphrase: '青竹村' },
      { sink: async (chunk) => void chunks.push(chunk) },
    ).done;
    const bytes = join(chunks);
    const verified = await client.verifyBundle(bytes, { passphrase: '青竹村' }).done;
    expect(verified.encrypted).toBe(true);
    expect(verified.manifest.counts.member).toBe(await database.members.count());
    const wrong = await client
      .verifyBundle(bytes, { passphrase: '青竹' })
      .done.catch((caught: unknown) => caught);
    expect(wrong).toBeInstanceOf(BundleError);
    expect((wrong as BundleError).code).toBe('wrong-passphrase');
    expect((wrong as BundleError).message).toBe('口令不正确，无法打开此交接包');
  });

  it('gives up the export when the page cannot write a chunk', async () => {
    const job = connectedClient().exportBundle(OPTIONS, {
      sink: async () => {
        throw new Error('磁盘已满');
      },
    });
    await expect(job.done).rejects.toThrow('磁盘已满');
  });
});

describe('the bundle worker, for 导入交接包 and a selection', () => {
  it('hands back the rows of a bundle it checked; a wrong passphrase is named', async () => {
    const chunks: Uint8Array[] = [];
    const client = connectedClient();
    await client.exportBundle(
      { ...OPTIONS, passphrase: '青竹村' },
      { sink: async (chunk) => void chunks.push(chunk) },
    ).done;
    const opened = await client.openBundle(join(chunks), { passphrase: '青竹村' }).done;
    expect(opened.encrypted).toBe(true);
    expect(opened.rows.member?.map((row) => row.id).sort()).toEqual(
      (await database.members.toArray()).map((row) => row.id).sort(),
    );
    await expect(
      client.openBundle(join(chunks), { passphrase: '青竹' }).done,
    ).rejects.toMatchObject({ code: 'wrong-passphrase', message: '口令不正确，无法打开此交接包' });
  });

  it('exports only the activities of the chosen 专项, with every member', async () => {
    const activities = await database.activities.toArray();
    const campaignId = activities
      .map((row) => (row as { campaignId?: string }).campaignId)
      .find(Boolean)!;
    const campaign = { id: campaignId };
    const chunks: Uint8Array[] = [];
    const client = connectedClient();
    await client.exportBundle(
      {
        ...OPTIONS,
        filter: { type: 'campaign', campaignId: campaign.id, campaignName: '某专项' },
      },
      { sink: async (chunk) => void chunks.push(chunk) },
    ).done;
    const read = await readBundle(join(chunks));
    const inCampaign = activities.filter(
      (row) => (row as { campaignId?: string }).campaignId === campaign.id,
    );
    expect(inCampaign.length).toBeGreaterThan(0);
    expect(inCampaign.length).toBeLessThan(activities.length);
    expect(read.rows.activity?.map((row) => row.id).sort()).toEqual(
      inCampaign.map((row) => row.id).sort(),
    );
    expect(read.rows.member).toHaveLength(await database.members.count());
  });
});
