import { db } from '../database';
import type { Draft } from '../DutyLedgerDb';

/** The key of a form's draft: one per form and record (`new` for one not yet saved). */
export function draftKey(form: string, recordId: string | null): string {
  return `${form}:${recordId ?? 'new'}`;
}

/** Saves what the form holds now; called as the user types (debounced by the caller). */
export async function saveDraft(draft: Omit<Draft, 'key' | 'updatedAt'>): Promise<void> {
  await db().drafts.put({
    ...draft,
    key: draftKey(draft.form, draft.recordId),
    updatedAt: new Date().toISOString(),
  });
}

export async function loadDraft(form: string, recordId: string | null): Promise<Draft | undefined> {
  return db().drafts.get(draftKey(form, recordId));
}

/** Once the record is saved, or the user throws the draft away. */
export async function discardDraft(form: string, recordId: string | null): Promise<void> {
  await db().drafts.delete(draftKey(form, recordId));
}

export async function listDrafts(): Promise<Draft[]> {
  return db().drafts.orderBy('updatedAt').reverse().toArray();
}
