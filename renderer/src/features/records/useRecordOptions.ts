import { useLiveQuery } from 'dexie-react-hooks';
import { listRecords } from '../../db/queries';
import { recordTitle } from '../../domain/recordSearchInput';
import type { RecordKind } from '../../domain/records';
import { useRecordNames } from './useRecordNames';

/** One choice of a Select that picks records. */
export interface RecordOption {
  value: string;
  label: string;
  /** A member's other spellings (陳美玲, Chan Mei Ling), for pickers that match people's names. */
  otherNames?: string[];
}

/**
 * The choices of a Select that picks records of one kind (e.g. 所属工作室): every live record,
 * plus each already chosen id that is not among them, named as a reference is — so a deleted
 * studio still chosen shows 「名称（已删除）」 instead of a bare id. Undefined while loading.
 */
export function useRecordOptions(
  kind: RecordKind,
  chosenIds: readonly string[] = [],
): RecordOption[] | undefined {
  const live = useLiveQuery(() => listRecords(kind), [kind]);
  const liveIds = new Set(live?.map((record) => record.id));
  const others = live ? chosenIds.filter((id) => !liveIds.has(id)) : [];
  const names = useRecordNames(kind, others);
  if (!live || !names) return undefined;
  return [
    ...live.map((record) => ({
      value: record.id,
      label: recordTitle(kind, record),
      ...('otherNames' in record ? { otherNames: record.otherNames } : {}),
    })),
    ...[...new Set(others)].map((id) => ({ value: id, label: names.get(id) ?? '…' })),
  ];
}
