import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { countAllRecords } from '../../db/recordCounts';
import type { RouteKey } from '../../app/routes';
import { markFirstScreenDrawn } from '../../app/useAfterFirstScreen';
import { useHashRoute } from '../../app/useHashRoute';
import type { RecordKind } from '../../domain/records/recordBase';
import { PageHeading } from '../../shared/PageHeading';
import { ActivitiesSection, ParticipationSection } from './ActivitiesSection';
import { DonationsSection } from './DonationsSection';
import { OpenDrafts } from './OpenDrafts';
import { RecentChanges } from './RecentChanges';
import { TodoSection } from './TodoSection';
import { useOverviewYear, useOverviewYearChoice, useRecordYears } from './useOverviewYear';
import { YearChooser } from './YearChooser';
import './overview.css';

const TILES: readonly { kind: RecordKind; route: RouteKey; label: string; unit: string }[] = [
  { kind: 'member', route: 'members', label: '委员', unit: '人' },
  { kind: 'activity', route: 'activities', label: '履职活动', unit: '条' },
  { kind: 'donation', route: 'donations', label: '捐赠', unit: '笔' },
  { kind: 'campaign', route: 'campaigns', label: '专项', unit: '个' },
  { kind: 'studio', route: 'studios', label: '工作室', unit: '个' },
];

type Counts = Record<RecordKind, number>;

/** How many records of each kind there are; null until counted. */
function useRecordCounts(): Counts | null {
  const [counts, setCounts] = useState<Counts | null>(null);
  // The counts are 总览's content: read at once (one small row per kind, kept by every write),
  // and live, so an undo, an import or another window's save changes the tiles at once.
  useEffect(() => {
    const subscription = liveQuery(countAllRecords).subscribe(setCounts);
    return () => subscription.unsubscribe();
  }, []);
  return counts;
}

/**
 * 总览, the first screen: plain HTML, so it is drawn before antd loads, with Dexie and its counts;
 * the year's figures (activities, participation, donations, 待办) are read after that first paint.
 */
export function OverviewPage() {
  const counts = useRecordCounts();
  const { navigate } = useHashRoute();
  // The tiles are the first screen: what waits for it may start once they are drawn.
  useEffect(() => {
    if (counts) markFirstScreenDrawn();
  }, [counts]);
  const empty = counts !== null && Object.values(counts).every((n) => n === 0);
  const { year, setYear } = useOverviewYearChoice();
  const years = useRecordYears();
  const data = useOverviewYear(year);
  // A year just chosen shows its placeholders, not the figures of the year before.
  const yearData = data?.year === year ? data : undefined;
  // A year with no records: the chooser says so; only the 待办 of every year are left to show.
  const emptyYear = years !== undefined && !years.includes(year);
  return (
    <section aria-labelledby="page-title">
      <PageHeading>总览</PageHeading>
      {counts && !empty ? (
        <ul className="overview-tiles" aria-label="记录数">
          {TILES.map((tile) => (
            <li key={tile.kind}>
              {/* Buttons, not links: the sidebar's links are the only ones named 委员, 捐赠 …. */}
              <button type="button" onClick={() => navigate(tile.route)}>
                <span className="overview-tile-label">{tile.label}</span>
                <span className="overview-tile-count">
                  {counts[tile.kind].toLocaleString('zh-CN')}
                  <small>{tile.unit}</small>
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {counts && !empty ? (
        <>
          <YearChooser year={year} years={years} onChange={setYear} />
          <div className="overview-grid">
            {emptyYear ? null : (
              <>
                <ActivitiesSection year={year} data={yearData} />
                <ParticipationSection year={year} data={yearData} />
                <DonationsSection year={year} data={yearData} />
              </>
            )}
            <TodoSection year={year} data={yearData} />
          </div>
        </>
      ) : null}
      <OpenDrafts />
      <RecentChanges />
      {empty ? (
        <p className="empty-note">
          还没有记录。这里将汇总本年的履职活动、委员参与、捐赠和待办，并列出最近的修改。可以先在“设置”里载入示例数据看看。
        </p>
      ) : null}
    </section>
  );
}
