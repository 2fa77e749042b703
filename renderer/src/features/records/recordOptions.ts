import { listRecords } from '../../db/queries';
import { liveYears } from '../../db/statsQueries';
import { recordTitle } from '../../domain/recordSearchInput';
import type { RecordKind } from '../../domain/records';

/** One choice of a Select that picks records. */
export interface RecordOption {
  value: string;
  label: string;
  /** A member's other spellings (陳美玲, Chan Mei Ling), for pickers that match people's names. */
  otherNames?: string[];
}

/** Every live record of one kind as a choice of a Select: its id, its title, its other names. */
export async function readRecordOptions(kind: RecordKind): Promise<RecordOption[]> {
  return (await listRecords(kind)).map((record) => ({
    value: record.id,
    label: recordTitle(kind, record),
    ...('otherNames' in record ? { otherNames: record.otherNames } : {}),
  }));
}

/** The years that live records of `kind` fall in, newest first, as the choices of a 年份 filter. */
export async function readYearOptions(kind: 'activity' | 'donation'): Promise<RecordOption[]> {
  return (await liveYears(kind)).map((year) => ({ value: String(year), label: `${year}年` }));
}
