import { db } from '../database';
import type { Draft } from '../DutyLedgerDb';
import { TABLE_OF_KIND } from '../tableNames';

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

/**
 * Whether the record a draft edits changed (or was deleted) since the form was opened on it. A
 * record form's draft is named after its kind (`member`); other drafts never move on.
 */
export async function draftRecordMovedOn(draft: Draft): Promise<boolean> {
  if (!draft.recordId || !(draft.form in TABLE_OF_KIND)) return false;
  const table = TABLE_OF_KIND[draft.form as keyof typeof TABLE_OF_KIND];
  const row = await db()
    .table<{ rev: number; deletedAt?: string | null }>(table)
    .get(draft.recordId);
  return !row || !!row.deletedAt || row.rev !== draft.baseRev;
}
