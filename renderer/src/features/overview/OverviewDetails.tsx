import { ActivitiesSection, ParticipationSection } from './ActivitiesSection';
import { DonationsSection } from './DonationsSection';
import { OpenDrafts } from './OpenDrafts';
import { RecentChanges } from './RecentChanges';
import { TodoSection } from './TodoSection';
import { useOverviewYear, useOverviewYearChoice, useRecordYears } from './useOverviewYear';
import { YearChooser } from './YearChooser';

/**
 * 总览 under its tiles: one year's figures (activities, participation, donations, 待办), the open
 * drafts and 最近的修改. Its code (the records' schemas, money, points, the audit log) loads after
 * the tiles are drawn, so the first screen does not wait for it.
 */
export function OverviewDetails({ hasRecords }: { hasRecords: boolean }) {
  const { year, setYear } = useOverviewYearChoice();
  const years = useRecordYears();
  const data = useOverviewYear(year);
  // A year just chosen shows its placeholders, not the figures of the year before.
  const yearData = data?.year === year ? data : undefined;
  // A year with no records: the chooser says so; only the 待办 of every year are left to show.
  const emptyYear = years !== undefined && !years.includes(year);
  return (
    <>
      {hasRecords ? (
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
    </>
  );
}
