import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordKind } from '../../domain/records';
import { readRecordOptions, type RecordOption } from './recordOptions';
import { useRecordNames } from './useRecordNames';

export type { RecordOption } from './recordOptions';

/**
 * The choices of a Select that picks records of one kind (e.g. 所属工作室): every live record,
 * plus each already chosen id that is not among them, named as a reference is — so a deleted
 * studio still chosen shows 「名称（已删除）」 instead of a bare id. Undefined while loading.
 */
export function useRecordOptions(
  kind: RecordKind,
  chosenIds: readonly string[] = [],
): RecordOption[] | undefined {
  const live = useLiveQuery(() => readRecordOptions(kind), [kind]);
  const liveIds = new Set(live?.map((option) => option.value));
  const others = live ? chosenIds.filter((id) => !liveIds.has(id)) : [];
  const names = useRecordNames(kind, others);
  if (!live || !names) return undefined;
  return [
    ...live,
    ...[...new Set(others)].map((id) => ({ value: id, label: names.get(id) ?? '…' })),
  ];
}
