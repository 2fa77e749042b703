import { donationCnyValue, donationValue } from '../../domain/donations/donationValue';
import type { TableColumnsType } from 'antd';
import { formatDateRange, formatPartialDate } from '../../domain/partialDate';
import { formatMoney, formatWan } from '../../domain/money';
import { maskEmail, maskPhone } from '../../domain/privacy';
import type { AnyRecord, RecordByKind, RecordKind } from '../../domain/records';

/** The name a list shows for a referenced record's id (（已删除） marked, see useRecordNames). */
export type NameOf = (id: string) => string;

/** The records of another kind whose names a list shows: which kind, and the ids of one row. */
export interface ListedReferences {
  kind: RecordKind;
  ids: (record: AnyRecord) => string[];
}

/** Which lists name records of another kind: 捐赠方 and 负责委员 are members. */
export const LISTED_REFERENCES: Partial<Record<RecordKind, ListedReferences>> = {
  donation: { kind: 'member', ids: (record) => donorMemberIds(record as RecordByKind['donation']) },
  studio: { kind: 'member', ids: (record) => (record as RecordByKind['studio']).leaderIds },
};

function donorMemberIds(donation: RecordByKind['donation']): string[] {
  return donation.donors.flatMap((donor) => (donor.type === '委员' ? [donor.memberId] : []));
}

/** Columns a list hides until its column chooser says otherwise. */
export const DEFAULT_HIDDEN_COLUMNS: Readonly<Record<RecordKind, readonly string[]>> = {
  member: ['otherNames', 'party', 'term', 'location', 'email'],
  activity: [],
  donation: [],
  campaign: [],
  studio: [],
};

/**
 * The columns a list can be sorted by, each with the index it is read in. Only fields every
 * record has a key for: a record without one would drop out of the index, and of the list.
 */
export const SORTABLE_COLUMNS: Readonly<Record<RecordKind, Readonly<Record<string, string>>>> = {
  member: { status: 'status' },
  activity: { date: '_dateKey', type: 'type' },
  donation: { date: '_dateKey', kind: 'kind' },
  campaign: {},
  studio: { type: 'type' },
};

/** A column's key: its `key`, else its field. */
export function columnKey(column: { key?: unknown; dataIndex?: unknown }): string {
  return String(column.key ?? column.dataIndex);
}

/**
 * The list columns of each kind; `nameOf` names the members a donation or a studio points to.
 * Phone numbers and e-mail addresses are masked in lists.
 */
export function recordColumns(nameOf: NameOf): {
  [K in RecordKind]: TableColumnsType<RecordByKind[K]>;
} {
  return {
    member: [
      // Least widths: in a 1024 px window the default columns, 状态 and 操作 included, all show.
      { title: '姓名', dataIndex: 'name', width: 120, minWidth: 88 },
      {
        title: '其他写法',
        dataIndex: 'otherNames',
        render: (v: string[]) => v.join('、'),
        width: 140,
      },
      { title: '类别', dataIndex: 'category', width: 100, minWidth: 80 },
      { title: '界别', dataIndex: 'sector', width: 100, minWidth: 88 },
      { title: '党派', dataIndex: 'party', width: 90 },
      { title: '届次', dataIndex: 'term', width: 90 },
      { title: '所在地', dataIndex: 'location', width: 100, ellipsis: true },
      { title: '工作单位及职务', dataIndex: 'workplace', ellipsis: true, minWidth: 100 },
      {
        title: '联系电话',
        dataIndex: 'phone',
        render: (v?: string) => (v ? maskPhone(v) : ''),
        width: 130,
        minWidth: 112,
      },
      {
        title: '电子邮箱',
        dataIndex: 'email',
        render: (v?: string) => (v ? maskEmail(v) : ''),
        width: 150,
      },
      { title: '状态', dataIndex: 'status', width: 70, minWidth: 64 },
    ],
    activity: [
      {
        title: '日期',
        key: 'date',
        width: 170,
        minWidth: 120,
        render: (_: unknown, a: RecordByKind['activity']) =>
          formatDateRange(a.startDate, a.endDate),
      },
      { title: '活动名称', dataIndex: 'title', ellipsis: true, minWidth: 160 },
      { title: '活动类型', dataIndex: 'type', width: 90 },
      { title: '地点', dataIndex: 'place', width: 140, minWidth: 96, ellipsis: true },
      {
        title: '参加委员',
        key: 'participants',
        width: 90,
        render: (_: unknown, a: RecordByKind['activity']) => `${a.participants.length} 人`,
      },
    ],
    donation: [
      {
        title: '捐赠日期',
        key: 'date',
        // 2026年11月26日 whole, with the window's room; it gives way in a narrow one.
        width: 144,
        minWidth: 112,
        render: (_: unknown, d: RecordByKind['donation']) => formatPartialDate(d.date),
      },
      { title: '捐赠类型', dataIndex: 'kind', width: 80 },
      {
        title: '捐赠方',
        key: 'donors',
        ellipsis: true,
        minWidth: 100,
        render: (_: unknown, d: RecordByKind['donation']) => {
          const names = d.donors
            .map((donor) => (donor.type === '其他' ? donor.name : nameOf(donor.memberId)))
            .join('、');
          // 保密 first, as on a 专项's page: a long list of donors ends in “…”, and the mark must
          // not go with it. The names are the office's own; what leaves it says 某捐赠方.
          return d.confidential ? (
            <>
              <span className="vt-tag-confidential" title="保密：对外的文件中捐赠方写作“某捐赠方”">
                保密
              </span>
              {names}
            </>
          ) : (
            names
          );
        },
      },
      {
        title: '金额',
        key: 'amount',
        width: 140,
        minWidth: 116,
        align: 'right',
        // Goods: their declared total, else their items' 估值 added up.
        render: (_: unknown, d: RecordByKind['donation']) => {
          const value = donationValue(d);
          return value ? formatMoney(value) : '';
        },
      },
      {
        title: '折合人民币',
        key: 'cny',
        width: 110,
        minWidth: 92,
        align: 'right',
        render: (_: unknown, d: RecordByKind['donation']) => {
          const cny = donationCnyValue(d);
          return cny ? formatWan(cny) : '';
        },
      },
      { title: '用途', dataIndex: 'purpose', width: 90, minWidth: 72 },
    ],
    campaign: [
      { title: '名称', dataIndex: 'name' },
      {
        title: '起止日期',
        key: 'period',
        width: 220,
        render: (_: unknown, c: RecordByKind['campaign']) =>
          c.period.start ? formatDateRange(c.period.start, c.period.end) : '',
      },
    ],
    studio: [
      // The name is what people read (侨联界别委员工作室): the room the others leave is its own, and
      // in a 1024 px window they give way so that it keeps a phrase, without scrolling sideways.
      { title: '名称', dataIndex: 'name', ellipsis: true, minWidth: 200 },
      { title: '类型', dataIndex: 'type', width: 100, minWidth: 76 },
      { title: '界别', dataIndex: 'sector', width: 100, minWidth: 64 },
      {
        title: '负责委员',
        dataIndex: 'leaderIds',
        width: 140,
        minWidth: 80,
        ellipsis: true,
        render: (v: string[]) => v.map(nameOf).join('、'),
      },
      {
        title: '荣誉',
        dataIndex: 'honors',
        width: 160,
        minWidth: 72,
        ellipsis: true,
        render: (v: string[]) => v.join('、'),
      },
      {
        title: '入驻委员',
        dataIndex: 'memberIds',
        width: 90,
        render: (v: string[]) => `${v.length} 人`,
      },
    ],
  };
}
