import { donationDonors, type MemberName } from './donations/donationDonors';
import { donationValue } from './donations/donationValue';
import { formatMoney } from './money';
import { formatDateRange, formatPartialDate, partialDateSortKey } from './partialDate';
import type { RecordByKind, RecordKind } from './records';
import type { SearchDocInput } from './search';

/**
 * What of each record search finds, and how a hit is shown (title, subtitle, rank by date).
 * `memberName` names the members who gave a donation (see {@link donationTitle}).
 */
export function recordSearchInput<K extends RecordKind>(
  kind: K,
  record: RecordByKind[K],
  memberName?: MemberName,
): SearchDocInput {
  switch (kind) {
    case 'member': {
      const m = record as RecordByKind['member'];
      return {
        id: m.id,
        kind,
        title: m.name,
        subtitle: [m.category, m.sector, m.workplace].filter(Boolean).join(' · '),
        names: m.otherNames,
        person: true,
        text: [m.workplace, m.location, m.sector].filter(isText),
      };
    }
    case 'activity': {
      const a = record as RecordByKind['activity'];
      return {
        id: a.id,
        kind,
        title: a.title,
        subtitle: [formatDateRange(a.startDate, a.endDate), a.type, a.place]
          .filter(Boolean)
          .join(' · '),
        names: a.leaders,
        text: [
          a.place,
          a.organizer,
          a.summary,
          a.timelineSummary,
          a.proposal?.cause,
          ...a.tags,
        ].filter(isText),
        numbers: [a.proposal?.number].filter(isText),
        rank: partialDateSortKey(a.startDate),
      };
    }
    case 'donation': {
      const d = record as RecordByKind['donation'];
      // A 保密 donor is not shown beside the hit (涉及：…) either.
      const donorNames = d.confidential
        ? []
        : d.donors.flatMap((donor) => (donor.type === '其他' ? [donor.name] : []));
      return {
        id: d.id,
        kind,
        title: donationTitle(d, memberName),
        subtitle: [formatPartialDate(d.date), d.kind, d.purpose, d.recipient]
          .filter(Boolean)
          .join(' · '),
        names: donorNames,
        text: [
          d.recipient,
          d.receiptIssuer,
          d.note,
          d.timelineSummary,
          ...d.items.map((i) => i.name),
        ].filter(isText),
        numbers: [d.receiptNo, d.certificateNo].filter(isText),
        rank: partialDateSortKey(d.date),
      };
    }
    case 'campaign': {
      const c = record as RecordByKind['campaign'];
      return {
        id: c.id,
        kind,
        title: c.name,
        subtitle: '专项',
        text: [c.description].filter(isText),
      };
    }
    default: {
      const s = record as RecordByKind['studio'];
      return {
        id: s.id,
        kind: 'studio',
        title: s.name,
        subtitle: [s.type, s.sector].filter(Boolean).join(' · '),
        text: [s.intro, ...s.honors].filter(isText),
      };
    }
  }
}

/**
 * A donation as the 操作记录, search, the timeline and messages name it: who gave, what, and how
 * much — 香港中华总商会捐赠 HK$1,234,567.89, 黄家豪捐赠物资 ¥450,000.00 — so that two gifts of one
 * day are told apart. Members are named by `memberName` where the caller has it, else as 委员; a
 * donor who asked not to be named (保密) is not named at all: 保密捐赠 ….
 */
export function donationTitle(d: RecordByKind['donation'], memberName?: MemberName): string {
  const value = donationValue(d);
  return `${donationDonors(d, memberName)}捐赠${d.kind === '物资' ? '物资' : ''}${value ? ` ${formatMoney(value)}` : ''}`;
}

/**
 * The name a record goes by in messages and the audit log; the members who gave a donation named
 * by `memberName`.
 */
export function recordTitle<K extends RecordKind>(
  kind: K,
  record: RecordByKind[K],
  memberName?: MemberName,
): string {
  return recordSearchInput(kind, record, memberName).title;
}

function isText(value: string | undefined | null): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
