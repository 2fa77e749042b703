import type { Outcome, Participant } from '../records/activity';
import type { ActivityForm, ActivityType } from '../records/enums';

/** What a proposed 大事记摘要 is made of: the fields of the activity as the form holds them. */
export interface TimelineSummarySource {
  title?: string | undefined;
  type?: ActivityType | undefined;
  place?: string | undefined;
  form?: ActivityForm | undefined;
  organizer?: string | undefined;
  /** 出席领导, as written: 省政协副主席张大方. */
  leaders?: readonly string[] | undefined;
  /** 调研 / 视察 / 考察: 带队领导, who leads before any 出席领导. */
  leadLeader?: string | undefined;
  participants?: readonly Pick<Participant, 'attendance'>[] | undefined;
  outcomes?: readonly Partial<Outcome>[] | undefined;
}

/** Titles that already start with what was done keep it: 召开全体会议, 赴郴州调研. */
const STARTS_WITH_VERB =
  /^(召开|举行|举办|开展|组织|参加|出席|赴|深入|走访|考察|视察|调研|会见|接待|慰问|捐赠|捐助|提交|报送|发布)/;
/** Meetings are 举行; everything else 开展. */
const HELD: readonly ActivityType[] = ['会议', '论坛', '协商', '宣讲', '读书'];

/**
 * A 大事记摘要 proposed from an activity's fields, in the style of the seed's entries — who led,
 * whom, where, what, with what result — and without the date, which the 大事记 line puts before
 * it: 省政协副主席张大方率30名委员赴郴州开展港澳台侨工作专题调研，签约项目60个。
 *
 * Only members who attended are counted. A place already named in the title, or an online
 * activity, gets no 赴. Empty when there is no title yet.
 */
export function proposeTimelineSummary(source: TimelineSummarySource): string {
  const title = source.title?.trim() ?? '';
  if (title === '') return '';
  const leader = [source.leadLeader, ...(source.leaders ?? [])]
    .map((name) => name?.trim() ?? '')
    .find((name) => name !== '');
  const attended = (source.participants ?? []).filter((p) => p.attendance === '出席').length;
  const crowd = attended > 0 ? `${attended}名委员` : '';
  const organizer = source.organizer?.trim() ?? '';
  const subject = leader ? (crowd ? `${leader}率${crowd}` : leader) : crowd || organizer;
  const place = source.place?.trim() ?? '';
  const travels = place !== '' && source.form !== '线上' && !title.includes(place);
  const where = travels ? `赴${place}` : '';
  const verb = STARTS_WITH_VERB.test(title)
    ? ''
    : source.type && HELD.includes(source.type)
      ? '举行'
      : '开展';
  const results = (source.outcomes ?? [])
    .filter((o) => (o.indicator?.trim() ?? '') !== '' && typeof o.value === 'number')
    .map((o) => `${o.indicator?.trim()}${String(o.value)}${o.unit?.trim() ?? ''}`);
  const result = results.length > 0 ? `，${results.join('，')}` : '';
  return `${subject}${where}${verb}${title}${result}。`;
}
