import { localVersions } from '../../../db/transferQueries';
import { RECORD_KINDS, type RecordKind } from '../../../domain/records';
import { attachmentHashesOf } from '../../../domain/transfer/attachmentHashes';
import type { RowsByKind } from '../../../domain/transfer/bundleFormat';
import { planImport, type KindPlan } from '../../../domain/transfer/importPlan';
import type { VersionedRecord } from '../../../domain/transfer/incomingVersion';
import { keepAttachmentBytes } from '../../attachments/attachmentClient';
import type { OpenedBundle } from './bundleClient';

/**
 * The import preview of a checked bundle against the database as it is now: every record's
 * verdict (新增 · 更新 · 删除 · 冲突 · 相同), per kind.
 */
export async function previewBundle(rows: RowsByKind): Promise<KindPlan[]> {
  return planImport(rows, await localsOf(rows));
}

/** This install's versions of every record the bundle holds. */
async function localsOf(
  rows: RowsByKind,
): Promise<(kind: RecordKind, id: string) => VersionedRecord | undefined> {
  const byKind = new Map<string, Map<string, VersionedRecord>>();
  for (const kind of RECORD_KINDS) {
    const kindRows = rows[kind];
    if (kindRows)
      byKind.set(
        kind,
        await localVersions(
          kind,
          kindRows.map((row) => row.id),
        ),
      );
  }
  return (kind, id) => byKind.get(kind)?.get(id);
}

/**
 * Keeps the attachments the bundle carries in the host's store, under their hash: content the
 * store already has is not written again. Named as the records name them.
 */
export async function keepAttachments(opened: OpenedBundle): Promise<void> {
  const described = new Map<string, { name: string; mimeType: string }>();
  for (const kind of RECORD_KINDS) {
    for (const row of opened.rows[kind] ?? []) {
      const list = (row as { attachments?: { sha256: string; name: string; mimeType: string }[] })
        .attachments;
      if (!list || attachmentHashesOf(row).length === 0) continue;
      for (const item of list) described.set(item.sha256, item);
    }
  }
  for (const { sha256, bytes } of opened.attachments) {
    const about = described.get(sha256);
    if (!about) continue;
    await keepAttachmentBytes(about, bytes as Uint8Array<ArrayBuffer>);
  }
}

/** The 操作记录 and 撤销 summary of importing `opened`. */
export function importSummaryOf(opened: OpenedBundle): string {
  const when = new Date(opened.manifest.createdAt).toLocaleDateString('zh-CN');
  return `导入交接包（${opened.manifest.operator || '未署名'}，${when}）`;
}
