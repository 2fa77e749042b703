import { StarFilled } from '@ant-design/icons';
import type { TimelineEntry } from '../../db/timelineQueries';
import { publishedSummary } from '../../domain/donations/publishedSummary';
import type { PartialDate } from '../../domain/partialDate';
import { timelineRangeLead, timelineSentence } from '../../domain/timelineSentence';
import { TimelineEntryDetails, titleOf } from './TimelineEntryDetails';
import { useMemberName, useMemberWrittenNames } from './memberNames';
import { TimelineTypeIcon } from './timelineIcons';

interface Props {
  entry: TimelineEntry;
  /** The date of the entry above under the same year heading (for 是月). */
  previous: PartialDate | undefined;
  open: boolean;
  onToggle: () => void;
}

/** An entry's type as written beside it: 会议, 资金捐赠. */
export function typeLabelOf(entry: TimelineEntry): string {
  return entry.kind === 'activity' ? entry.record.type : `${entry.record.kind}捐赠`;
}

/**
 * What a 大事记 line says of its entry, as the year's documents print it: a 保密 gift's donors
 * left out — so it waits for the members' names (undefined until then, and the line shows the
 * title, which names no one).
 */
function summaryOf(
  entry: TimelineEntry,
  memberNames: ((id: string) => readonly string[]) | undefined,
): string | undefined {
  if (entry.kind === 'activity') return entry.record.timelineSummary;
  if (entry.record.confidential && !memberNames) return undefined;
  return publishedSummary(entry.record, memberNames ?? (() => []));
}

/**
 * The line of one entry: a 大事记 entry as its sentence (4月15日，……。), any other as its date,
 * title, type and place. A click or Enter opens it in place.
 */
export function TimelineEntryItem({ entry, previous, open, onToggle }: Props) {
  const memberName = useMemberName();
  const summary = summaryOf(entry, useMemberWrittenNames());
  const record = entry.record;
  const chronicle = record.inTimeline && Boolean(summary);
  const detailsId = `timeline-details-${entry.id}`;
  // An activity over several days reads as its range, 5月29日至6月1日, as the form's preview says.
  const endDate = entry.kind === 'activity' ? entry.record.endDate : undefined;
  // An activity's 地点; a donation's 受赠方, named so (its title already says who gave).
  const place =
    entry.kind === 'activity'
      ? entry.record.place
      : entry.record.recipient && `受赠方：${entry.record.recipient}`;
  return (
    <>
      <button
        type="button"
        className="timeline-line"
        aria-expanded={open}
        aria-controls={open ? detailsId : undefined}
        data-entry-id={entry.id}
        onClick={onToggle}
      >
        {entry.kind === 'activity' ? (
          <TimelineTypeIcon kind="activity" type={entry.record.type} />
        ) : (
          <TimelineTypeIcon kind="donation" type={entry.record.kind} />
        )}
        {chronicle ? (
          <span className="timeline-text">
            {timelineSentence(
              {
                date: entry.date,
                ...(endDate ? { endDate } : {}),
                summary: summary ?? '',
                leaders: entry.kind === 'activity' ? entry.record.leaders : [],
              },
              { previous },
            )}
          </span>
        ) : (
          <span className="timeline-text">
            <span className="timeline-lead">
              {timelineRangeLead(entry.date, endDate, { previous })}
            </span>
            {titleOf(entry, memberName)}
            {place ? <span className="timeline-place">（{place}）</span> : null}
          </span>
        )}
        <span className="timeline-tags">
          {/* Plain spans drawn as antd's tags: dozens of lines mount a frame while scrolling. */}
          <span className="timeline-tag">{typeLabelOf(entry)}</span>
          {chronicle ? (
            <span className="timeline-tag timeline-tag-chronicle">
              <StarFilled aria-hidden />
              大事记
            </span>
          ) : null}
        </span>
      </button>
      {open ? <TimelineEntryDetails entry={entry} id={detailsId} /> : null}
    </>
  );
}
