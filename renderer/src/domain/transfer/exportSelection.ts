import { partialDateFirstDay, type PartialDate } from '../partialDate';

/**
 * What a 交接包 carries: everything; the records dated within a range; those of one 专项; or every
 * record changed (tombstones included) since a moment — the last handover to a colleague.
 */
export type ExportSelection =
  | { type: 'all' }
  | { type: 'dates'; from: string; to: string }
  | { type: 'campaign'; campaignId: string; campaignName: string }
  | { type: 'since'; colleague: string; since: string | null };

/** The date a record is filed under: 开始日期 of an activity, 捐赠日期 of a donation. */
function recordDate(row: Readonly<Record<string, unknown>>): PartialDate | undefined {
  for (const key of ['startDate', 'date']) {
    const value = row[key] as PartialDate | undefined;
    if (value && typeof value === 'object' && typeof value.year === 'number') return value;
  }
  return undefined;
}

/**
 * Whether a stored row goes into the bundle. A date range or a 专项 picks among the records that
 * carry a date or a 专项 (activities, donations); the records they refer to (委员, 专项, 工作室)
 * carry neither and always go along, so that what arrives is complete. `since` picks any row
 * written after that moment; without one (no handover to that colleague yet) every row.
 */
export function inSelection(
  row: Readonly<Record<string, unknown>>,
  selection: ExportSelection,
): boolean {
  switch (selection.type) {
    case 'all':
      return true;
    case 'dates': {
      const date = recordDate(row);
      if (!date) return true;
      const day = partialDateFirstDay(date);
      return day >= selection.from && day <= selection.to;
    }
    case 'campaign':
      if (recordDate(row) === undefined) return true;
      return row.campaignId === selection.campaignId;
    case 'since':
      return selection.since === null || String(row.updatedAt) > selection.since;
  }
}

/** The selection in words, for the manifest and the import preview. */
export function describeSelection(selection: ExportSelection): string {
  switch (selection.type) {
    case 'all':
      return '全部记录';
    case 'dates':
      return `${chineseDay(selection.from)}至${chineseDay(selection.to)}的记录`;
    case 'campaign':
      return `专项“${selection.campaignName}”的记录`;
    case 'since':
      return selection.since === null
        ? `交接给${selection.colleague}的全部记录（首次交接）`
        : `自${chineseDay(selection.since.slice(0, 10))}交接给${selection.colleague}以来的变更`;
  }
}

function chineseDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
