import { beforeEach, describe, expect, it } from 'vitest';
import {
  discardDraft,
  listDrafts,
  loadDraft,
  saveDraft,
} from '../../../../renderer/src/db/repositories/draftRepository';
import { freshDatabase } from './freshDatabase';

beforeEach(() => {
  freshDatabase();
});

describe('drafts', () => {
  it('keeps one draft per form and record, newest first, until discarded', async () => {
    await saveDraft({ form: 'member', recordId: null, title: '新建委员', values: { name: '刘' } });
    await saveDraft({
      form: 'member',
      recordId: null,
      title: '新建委员',
      values: { name: '刘良' },
    });
    await saveDraft({
      form: 'activity',
      recordId: 'a1',
      title: '修改活动',
      values: { title: '读书' },
    });
    expect((await loadDraft('member', null))?.values).toEqual({ name: '刘良' });
    expect(await listDrafts()).toHaveLength(2);
    await discardDraft('member', null);
    expect(await loadDraft('member', null)).toBeUndefined();
    expect((await listDrafts()).map((d) => d.form)).toEqual(['activity']);
  });
});
