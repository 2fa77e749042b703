import { RECORD_KIND_LABELS, validateRecord, type RecordKind } from '../records';
import { BundleError } from './bundleError';
import { revisionHistorySchema, type BundleRow } from './bundleFormat';

/** Where a record id was first seen in a bundle: its kind's file and its line. */
export type SeenIds = Map<string, { kind: RecordKind; line: number }>;

/**
 * The rows of one kind's JSON lines; the first bad line rejects the bundle, naming its number.
 * `seen` holds the ids of the kinds read before: an id is one record's, whatever its kind (the
 * search index and the references know a record by its id alone).
 */
export function parseKindRows(
  kind: RecordKind,
  bytes: Uint8Array,
  entryName: string,
  onRow: () => void,
  seen: SeenIds = new Map(),
): BundleRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BundleError('bad-row', `交接包已损坏：${entryName} 不是有效的 UTF-8 文本`);
  }
  const where = `交接包中的${RECORD_KIND_LABELS[kind]}（${entryName}）`;
  if (text.length > 0 && !text.endsWith('\n')) {
    throw new BundleError('bad-row', `${where}最后一行不完整`);
  }
  const lines = text.length > 0 ? text.slice(0, -1).split('\n') : [];
  const out: BundleRow[] = [];
  lines.forEach((line, index) => {
    const n = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new BundleError('bad-row', `${where}第${n}行不是有效的 JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new BundleError('bad-row', `${where}第${n}行不是一条记录`);
    }
    const { _revs: revs, ...record } = value as Record<string, unknown>;
    const result = validateRecord(kind, record);
    if (!result.ok) {
      throw new BundleError(
        'bad-row',
        `${where}第${n}行有误：${result.issues.map((issue) => issue.message).join('；')}`,
      );
    }
    const history = revs === undefined ? undefined : revisionHistorySchema.safeParse(revs);
    if (history && !history.success) {
      throw new BundleError('bad-row', `${where}第${n}行有误：版本记录（_revs）格式不正确`);
    }
    const earlier = seen.get(result.value.id);
    if (earlier?.kind === kind) {
      throw new BundleError(
        'bad-row',
        `${where}第${n}行与第${earlier.line}行是同一条记录（编号重复）`,
      );
    }
    if (earlier) {
      throw new BundleError(
        'bad-row',
        `${where}第${n}行与${RECORD_KIND_LABELS[earlier.kind]}第${earlier.line}行的编号相同：交接包有误，请向交出方重新获取`,
      );
    }
    seen.set(result.value.id, { kind, line: n });
    out.push(history ? { ...result.value, _revs: history.data } : result.value);
    onRow();
  });
  return out;
}
