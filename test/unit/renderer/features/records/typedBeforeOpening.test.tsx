import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThemeProvider } from '../../../../../renderer/src/app/ThemeProvider';
import { setOperator } from '../../../../../renderer/src/db/operatorContext';
import * as drafts from '../../../../../renderer/src/db/repositories/draftRepository';
import { createRecord } from '../../../../../renderer/src/db/repositories/recordRepository';
import type { Studio } from '../../../../../renderer/src/domain/records';
import { StudioForm } from '../../../../../renderer/src/features/studios/StudioForm';
import { freshDatabase } from '../../db/freshDatabase';

// A form is usable from its first frame, while the draft store is still being asked whether a
// draft was left (a busy disk, a colleague's window writing). What is typed in that moment must
// survive the answer. The studio form stands for every record form: they share the edit cycle.

type Answer = Awaited<ReturnType<typeof drafts.loadDraft>>;

const held = vi.hoisted(() => ({ answer: null as Promise<unknown> | null }));
vi.mock('../../../../../renderer/src/db/repositories/draftRepository', async (importOriginal) => {
  const real = await importOriginal<typeof drafts>();
  return {
    ...real,
    loadDraft: (form: string, recordId: string | null) => {
      const answer = held.answer;
      held.answer = null;
      return answer ?? real.loadDraft(form, recordId);
    },
  };
});

/** Holds the draft store's next answer back until the test gives it. */
function holdDraftStore() {
  let give: (draft: Answer) => void = () => undefined;
  held.answer = new Promise<Answer>((resolve) => {
    give = resolve;
  });
  return (draft: Answer) => give(draft);
}

function open(studioId: string | null, studio: Studio | null) {
  render(
    <ThemeProvider>
      <StudioForm studioId={studioId} studio={studio} onClose={() => undefined} />
    </ThemeProvider>,
  );
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

beforeEach(() => {
  freshDatabase();
  setOperator('王小明');
});
afterEach(cleanup);

describe('what is typed before the form has opened', () => {
  it('stays in a new form when no draft was left', async () => {
    const answer = holdDraftStore();
    open(null, null);
    fireEvent.change(field('名称'), { target: { value: '侨联界别委员工作室' } });
    answer(undefined);
    // The opening has been applied once the draft line can report a kept draft.
    await screen.findByText(/草稿已保存/);
    expect(field('名称').value).toBe('侨联界别委员工作室');
    const kept = await drafts.loadDraft('studio', null);
    expect(kept?.values.name).toBe('侨联界别委员工作室');
  });

  it('stays over a left draft, whose other fields come back', async () => {
    const answer = holdDraftStore();
    open(null, null);
    fireEvent.change(field('名称'), { target: { value: '致公党界别委员工作室' } });
    answer({
      key: drafts.draftKey('studio', null),
      form: 'studio',
      recordId: null,
      title: '新增工作室',
      values: { name: '旧名称', sector: '致公党' },
      updatedAt: new Date().toISOString(),
    } as Answer);
    await waitFor(() => expect(field('界别').value).toBe('致公党'));
    expect(field('名称').value).toBe('致公党界别委员工作室');
  });

  it('stays in an edit form, and the record fills the fields not typed in', async () => {
    const studio = await createRecord('studio', {
      name: '民革界别委员工作室',
      type: '界别',
      sector: '民革',
      onCloud: false,
      leaderIds: [],
      memberIds: [],
      honors: [],
    });
    const answer = holdDraftStore();
    open(studio.id, studio);
    fireEvent.change(field('简介'), { target: { value: '每月第一个周五接待群众' } });
    answer(undefined);
    await waitFor(() => expect(field('名称').value).toBe('民革界别委员工作室'));
    expect(field('简介').value).toBe('每月第一个周五接待群众');
    expect(field('界别').value).toBe('民革');
  });
});
