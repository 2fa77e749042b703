import type { Table } from 'dexie';
import { db } from './database';

// Every place a record's attachment list can live: the records (deleted ones too: 恢复 brings
// them back), the undo steps' snapshots, the audit log's changes and the half-filled forms.
const TABLES = ['activities', 'donations', 'undo', 'audit', 'drafts'] as const;

const HASH_FIELD = /"sha256":"([0-9a-f]{64})"/g;

/**
 * Every attachment hash anything in the database still refers to: the list `attachments:gc` is
 * given. Rows are read as JSON text and searched for `"sha256"` fields, so an attachment nested
 * anywhere (a snapshot, a draft's values, a changed field's old value) keeps its file.
 */
export async function referencedAttachmentHashes(): Promise<string[]> {
  const database = db();
  const hashes = new Set<string>();
  await database.transaction('r', TABLES as unknown as string[], async () => {
    for (const name of TABLES) {
      const table = database.table(name) as Table<unknown>;
      await table.each((row) => {
        for (const match of JSON.stringify(row).matchAll(HASH_FIELD)) hashes.add(match[1] ?? '');
      });
    }
  });
  hashes.delete('');
  return [...hashes].sort();
}
