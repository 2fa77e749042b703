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

/** What was done, as titles write it, with a verb that is only a verb. */
const CLAUSE_VERBS =
  '召开|举行|举办|开展|组织|参加|出席|赴|深入|走访|会见|接待|慰问|捐赠|捐助|提交|报送|发布';
/** Titles that already start with what was done keep it: 召开全体会议, 赴郴州调研. */
const STARTS_WITH_VERB = new RegExp(`^(${CLAUSE_VERBS}|考察|视察|调研)`);
/**
 * Titles that are a sentence of their own, who and what: 港澳委员赴岳阳调研文旅融合. 考察, 视察 and
 * 调研 do not make one: after 委员 they are as often a noun (港澳委员考察调研).
 */
const HAS_SUBJECT = new RegExp(
  `^.{0,12}?(委员|政协|专委会|委员会|工作室|代表团|调研组|考察团|小组)(${CLAUSE_VERBS})`,
);
/** A place as a title may name it without its kind: 岳阳市 → 岳阳. */
const PLACE_KIND = /(省|市|县|区|州|盟|旗|镇|乡|村)$/;
/** Meetings are 举行; everything else 开展. */
const HELD: readonly ActivityType[] = ['会议', '论坛', '协商', '宣讲', '读书'];

/**
 * A 大事记摘要 proposed from an activity's fields, in the style of the seed's entries — who led,
 * whom, where, what, with what result — and without the date, which the 大事记 line puts before
 * it: 省政协副主席张大方率30名委员赴郴州开展港澳台侨工作专题调研，签约项目60个。
 *
 * Only members who attended are counted. A place already named in the title (岳阳 for 岳阳市), or
 * an online activity, gets no 赴. A title with its own subject (港澳委员赴岳阳调研) is not put
 * after another. Empty when there is no title yet.
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
  const results = (source.outcomes ?? [])
    .filter((o) => (o.indicator?.trim() ?? '') !== '' && typeof o.value === 'number')
    .map((o) => `${o.indicator?.trim()}${String(o.value)}${o.unit?.trim() ?? ''}`);
  const result = results.length > 0 ? `，${results.join('，')}` : '';
  // A title that says who went where is kept whole; who led and how many attended follow it.
  if (HAS_SUBJECT.test(title)) {
    const led = leader ? `${leader}率队，` : '';
    return `${led}${title}${crowd ? `，${crowd}参加` : ''}${result}。`;
  }
  const place = source.place?.trim() ?? '';
  const placeName = place.length > 2 ? place.replace(PLACE_KIND, '') : place;
  const travels = place !== '' && source.form !== '线上' && !title.includes(placeName);
  const where = travels ? `赴${place}` : '';
  const verb = STARTS_WITH_VERB.test(title)
    ? ''
    : source.type && HELD.includes(source.type)
      ? '举行'
      : '开展';
  return `${subject}${where}${verb}${title}${result}。`;
}
