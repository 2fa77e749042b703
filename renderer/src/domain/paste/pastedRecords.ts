import { CURRENCIES, type CurrencyCode } from '../currencies';
import { convertToCny, type Money } from '../money';
import { formatPartialDate, partialDateFirstDay, type PartialDate } from '../partialDate';
import { validateInput, type InputByKind } from '../records';
import { readCell, type CellContext, type DateRange } from './cellReaders';
import { currencyInHeading, readMoney } from './moneyCells';
import { type ColumnMapping } from './pasteColumns';
import { type ImportKind, type PasteField } from './pasteFields';

/** One pasted or imported data row, read and checked. */
export interface PastedRecord<K extends ImportKind = ImportKind> {
  /** Its row as the user sees it: in the pasted text or on the sheet, from 1. */
  line: number;
  cells: readonly string[];
  /** What the row would add, when it can be read. */
  input?: InputByKind[K];
  /** Why it cannot be added, one `字段：原因` each; empty when it can. */
  errors: string[];
  /** Why one might not want to add it (a likely duplicate); it can still be added. */
  warning?: string;
}

/** What reading rows needs besides their cells. */
export interface RowContext extends CellContext {
  /** Each column's heading, when there is a heading row (金额（万元） reads amounts in 万). */
  headings?: readonly string[];
  /** The 汇率 on a day (YYYY-MM-DD) from the rate table, for a foreign amount given without one. */
  rateOn?: (currency: CurrencyCode, day: string) => string | undefined;
}

/**
 * Reads every data row into a record of `kind` with the fields the mapping gives its columns,
 * validated as the form validates: a row that cannot be read says why, field by field, and
 * yields no input.
 */
export function readPastedRecords<K extends ImportKind>(
  kind: K,
  rows: readonly { line: number; cells: readonly string[] }[],
  mapping: ColumnMapping,
  fields: readonly PasteField[],
  context: RowContext = {},
): PastedRecord<K>[] {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  return rows.map(({ line, cells }) => ({
    line,
    cells,
    ...readRow(kind, cells, mapping, byKey, context),
  }));
}

function readRow<K extends ImportKind>(
  kind: K,
  cells: readonly string[],
  mapping: ColumnMapping,
  fields: ReadonlyMap<string, PasteField>,
  context: RowContext,
): Pick<PastedRecord<K>, 'input' | 'errors'> {
  const draft: Record<string, unknown> = {};
  const errors: string[] = [];
  const unreadable = new Set<string>();
  /** Says why a field cannot be read; what validation would then say of `also` is left out. */
  const fail = (key: string, message: string, also: readonly string[] = []) => {
    errors.push(`${fields.get(key)?.label ?? key}：${message}`);
    for (const field of [key, ...also]) unreadable.add(field);
  };
  let amountInWan = false;
  let amountHeading = '';
  mapping.forEach((key, column) => {
    const field = key === null ? undefined : fields.get(key);
    if (!field) return;
    const heading = context.headings?.[column] ?? '';
    const inWan = /万/.test(heading);
    if (field.key === 'amount') {
      amountInWan = inWan;
      amountHeading = heading;
    }
    const cell = readCell(cells[column] ?? '', field.reading, {
      ...context,
      monthOnly: field.label.endsWith('年月'),
      inWan,
    });
    if ('error' in cell) fail(field.key, cell.error);
    else if ('value' in cell) draft[field.key] = cell.value;
  });
  if (kind === 'activity') spreadDateRange(draft);
  if (kind === 'donation') finishDonation(draft, amountInWan, amountHeading, context, fail);
  const checked = validateInput(kind, draft);
  if (checked.ok && errors.length === 0) {
    return { input: checked.value as InputByKind[K], errors };
  }
  if (!checked.ok) {
    const top = (field: string) => field.split('.')[0] ?? field;
    for (const issue of checked.issues) {
      if (!unreadable.has(top(issue.field))) errors.push(issue.message);
    }
  }
  return { errors };
}

/** A range in 开始日期 fills 结束日期 unless a column of its own does. */
function spreadDateRange(draft: Record<string, unknown>): void {
  const range = draft.startDate as DateRange | undefined;
  if (range === undefined) return;
  draft.startDate = range.start;
  if (range.end !== undefined && draft.endDate === undefined) draft.endDate = range.end;
}

/**
 * 金额 read with its 币种; 资金 unless a column says otherwise; a foreign amount without 汇率
 * takes the rate table's on its date, and without 折合人民币 is converted with it.
 */
function finishDonation(
  draft: Record<string, unknown>,
  inWan: boolean,
  heading: string,
  context: RowContext,
  fail: (key: string, message: string, also?: readonly string[]) => void,
): void {
  draft.kind ??= '资金';
  const column = draft.currency as CurrencyCode | undefined;
  delete draft.currency;
  const text = draft.amount as string | undefined;
  delete draft.amount;
  if (text === undefined) return;
  // A currency only in the amount's heading (金额（港元）) is the currency of every amount under
  // it: read as 人民币, HK$10,000 would be stored as ¥10,000.
  const headed = currencyInHeading(heading);
  if (column && headed && column !== headed) {
    return fail(
      'amount',
      `表头“${heading.trim()}”写的是${CURRENCIES[headed].name}，而币种列是${CURRENCIES[column].name}`,
    );
  }
  const currency = column ?? headed;
  const money = readMoney(text, currency, inWan, column ? '币种列' : `表头“${heading.trim()}”`);
  if (!money.ok) return fail('amount', money.message);
  const amount: Money = money.value;
  draft.amount = amount;
  if (amount.currency === 'CNY') return;
  const date = draft.date as PartialDate | undefined;
  if (draft.rate === undefined && date !== undefined) {
    const rate = context.rateOn?.(amount.currency, partialDateFirstDay(date));
    if (rate === undefined) {
      return fail(
        'rate',
        `表中没有汇率，设置 → 汇率中也没有${CURRENCIES[amount.currency].name}在${formatPartialDate(date)}的汇率`,
        ['cnyAmountMinor'],
      );
    }
    draft.rate = rate;
  }
  if (draft.cnyAmountMinor === undefined && typeof draft.rate === 'string') {
    try {
      draft.cnyAmountMinor = convertToCny(amount, draft.rate).amountMinor;
    } catch {
      // A malformed 汇率 is reported by validation below.
    }
  }
}
