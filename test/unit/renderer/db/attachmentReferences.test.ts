import { beforeEach, describe, expect, it } from 'vitest';
import { referencedAttachmentHashes } from '../../../../renderer/src/db/attachmentReferences';
import { setOperator } from '../../../../renderer/src/db/operatorContext';
import { saveDraft } from '../../../../renderer/src/db/repositories/draftRepository';
import {
  createRecord,
  deleteRecord,
  updateRecord,
} from '../../../../renderer/src/db/repositories/recordRepository';
import { freshDatabase } from './freshDatabase';

const hash = (c: string) => c.repeat(64);
const photo = (c: string, name: string) => ({
  sha256: hash(c),
  name,
  mimeType: 'image/jpeg',
  size: 1000,
});
const trip = (attachments: ReturnType<typeof photo>[]) => ({
  title: '郴州调研',
  type: '调研',
  startDate: { year: 2018, month: 5, day: 29 },
  attachments,
});

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});

describe('referencedAttachmentHashes', () => {
  it('is empty for a database without attachments', async () => {
    await createRecord('activity', trip([]));
    expect(await referencedAttachmentHashes()).toEqual([]);
  });

  it('keeps the hashes of records, deleted records, undo snapshots and drafts', async () => {
    const kept = await createRecord('activity', trip([photo('a', '合影.jpg')]));
    // A photo removed by an edit stays referenced by the undo step that would bring it back.
    const changed = await createRecord('activity', trip([photo('b', '旧.jpg')]));
    await updateRecord('activity', changed.id, trip([photo('c', '新.jpg')]), 1);
    const gone = await createRecord('activity', trip([photo('d', '删.jpg')]));
    await deleteRecord('activity', gone.id, 1);
    await saveDraft({
      form: 'activity',
      recordId: null,
      title: '新增活动',
      values: { attachments: [photo('e', '草稿.jpg')] },
    });
    expect(kept.attachments).toHaveLength(1);
    expect(await referencedAttachmentHashes()).toEqual(['a', 'b', 'c', 'd', 'e'].map(hash));
  });
});
