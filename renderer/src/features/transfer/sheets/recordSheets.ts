import { donationCnyValue, donationValue } from '../../../domain/donations/donationValue';
import type { Money } from '../../../domain/money';
import { formatDateRange, formatPartialDate, type PartialDate } from '../../../domain/partialDate';
import { maskEmail, maskPhone } from '../../../domain/privacy';
import type { RecordByKind, RecordKind } from '../../../domain/records';
import type { LedgerCell, LedgerColumn } from './ledgerSheet';

/** What the cells of a row may need besides the record: names of what it points to. */
export interface SheetContext {
  /** The name of a member, 专项 or studio by id ('' when unknown). */
  nameOf(id: string): string;
  /** Phone, e-mail and ID numbers in full; masked otherwise. */
  showPersonal: boolean;
}

/** One kind's 台账: its title, columns, and a record's cells. */
export interface RecordSheet<K extends RecordKind> {
  title: string;
  columns: LedgerColumn[];
  cells(record: RecordByKind[K], context: SheetContext): LedgerCell[];
}

type Field<R> = LedgerColumn & { cell: (record: R, context: SheetContext) => LedgerCell };

const text = <R>(header: string, width: number, cell: Field<R>['cell']): Field<R> => ({
  header,
  width,
  kind: 'text',
  cell,
});
const money = <R>(header: string, width: number, cell: (r: R) => Money | undefined): Field<R> => ({
  header,
  width,
  kind: 'money',
  cell,
});
const count = <R>(header: string, width: number, cell: (r: R) => number | undefined): Field<R> => ({
  header,
  width,
  kind: 'number',
  cell,
});

const date = (d: PartialDate | undefined): string => (d ? formatPartialDate(d) : '');
const list = (values: readonly string[] | undefined): string => (values ?? []).join('、');
const yesNo = (value: boolean | undefined): string =>
  value === undefined ? '' : value ? '是' : '否';
const names = (ids: readonly string[], context: SheetContext): string =>
  ids
    .map((id) => context.nameOf(id))
    .filter(Boolean)
    .join('、');

function sheet<K extends RecordKind>(
  title: string,
  fields: Field<RecordByKind[K]>[],
): RecordSheet<K> {
  return {
    title,
    columns: fields.map(({ header, width, kind }) => ({ header, width, kind })),
    cells: (record, context) => fields.map((field) => field.cell(record, context)),
  };
}

/** The donors of a donation as an office writes them: members by name, groups as given. */
export function donorNames(donation: RecordByKind['donation'], context: SheetContext): string {
  return donation.donors
    .map((donor) => (donor.type === '委员' ? context.nameOf(donor.memberId) : donor.name))
    .filter(Boolean)
    .join('、');
}

/**
 * The 台账 of every record kind, read by the list exports and the whole-set workbook: a new field
 * is one line here. Personal data (联系电话, 电子邮箱) is masked unless the export asks otherwise.
 */
export const RECORD_SHEETS: { [K in RecordKind]: RecordSheet<K> } = {
  member: sheet<'member'>('委员名册', [
    text('姓名', 10, (m) => m.name),
    text('其他写法', 14, (m) => list(m.otherNames)),
    text('类别', 10, (m) => m.category),
    text('性别', 6, (m) => m.gender),
    text('民族', 6, (m) => m.ethnicity),
    text('党派', 8, (m) => m.party),
    text('出生年月', 12, (m) => date(m.birth)),
    text('学历', 8, (m) => m.education),
    text('界别', 12, (m) => m.sector),
    text('届次', 10, (m) => m.term),
    text('所在地', 12, (m) => m.location),
    text('工作单位及职务', 30, (m) => m.workplace),
    text('专长领域', 16, (m) => list(m.expertise)),
    text('联系电话', 16, (m, c) => (c.showPersonal ? m.phone : maskPhone(m.phone))),
    text('电子邮箱', 22, (m, c) => (c.showPersonal ? m.email : maskEmail(m.email))),
    text('所属工作室', 20, (m, c) => names(m.studioIds, c)),
    text('状态', 6, (m) => m.status),
    text('备注', 24, (m) => m.note),
  ]),
  activity: sheet<'activity'>('履职活动台账', [
    text('日期', 24, (a) => formatDateRange(a.startDate, a.endDate)),
    text('活动名称', 36, (a) => a.title),
    text('活动类型', 8, (a) => a.type),
    text('形式', 8, (a) => a.form),
    text('地点', 16, (a) => a.place),
    text('主办单位', 16, (a) => a.organizer),
    text('出席领导', 16, (a) => list(a.leaders)),
    count('参加人数', 8, (a) => a.participants.length),
    text('参加委员', 30, (a, c) =>
      names(
        a.participants.map((p) => p.memberId),
        c,
      ),
    ),
    text('所属专项', 20, (a, c) => (a.campaignId ? c.nameOf(a.campaignId) : '')),
    text('列入大事记', 10, (a) => yesNo(a.inTimeline)),
    text('成果', 24, (a) =>
      a.outcomes.map((o) => `${o.indicator} ${o.value}${o.unit ?? ''}`).join('；'),
    ),
  ]),
  donation: sheet<'donation'>('捐赠台账', [
    text('捐赠日期', 14, (d) => date(d.date)),
    text('捐赠方', 24, (d, c) => donorNames(d, c)),
    text('捐赠类型', 8, (d) => d.kind),
    text('币种', 8, (d) => donationValue(d)?.currency),
    money('原币金额', 16, donationValue),
    text('汇率', 8, (d) => d.rate ?? (donationValue(d)?.currency === 'CNY' ? '1' : '')),
    money('折合人民币', 16, donationCnyValue),
    text('用途', 10, (d) => d.purpose),
    text('所属专项', 20, (d, c) => (d.campaignId ? c.nameOf(d.campaignId) : '')),
    text('受赠方', 20, (d) => d.recipient),
    text('票据号', 14, (d) => d.receiptNo),
    text('备注', 24, (d) => d.note),
  ]),
  campaign: sheet<'campaign'>('专项台账', [
    text('名称', 30, (c) => c.name),
    text('起止日期', 28, (c) =>
      c.period.start ? formatDateRange(c.period.start, c.period.end) : '',
    ),
    text('说明', 48, (c) => c.description),
  ]),
  studio: sheet<'studio'>('委员工作室台账', [
    text('名称', 28, (s) => s.name),
    text('类型', 10, (s) => s.type),
    text('界别', 12, (s) => s.sector),
    text('成立日期', 14, (s) => date(s.foundedDate)),
    text('负责委员', 16, (s, c) => names(s.leaderIds, c)),
    count('入驻委员人数', 12, (s) => s.memberIds.length),
    text('入驻政协云', 10, (s) => yesNo(s.onCloud)),
    text('荣誉', 24, (s) => list(s.honors)),
    text('简介', 40, (s) => s.intro),
  ]),
};
