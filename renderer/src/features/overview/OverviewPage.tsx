import { liveQuery } from 'dexie';
import { Suspense, useEffect, useState } from 'react';
import { countAllRecords } from '../../db/recordCounts';
import { preloadableExport } from '../../app/preloadable';
import { useCodeLoaded } from '../../app/useCodeLoaded';
import type { RouteKey } from '../../app/routes';
import { markFirstScreenDrawn } from '../../app/useAfterFirstScreen';
import { useHashRoute } from '../../app/useHashRoute';
import type { RecordKind } from '../../domain/records/recordBase';
import { PageHeading } from '../../shared/PageHeading';
import { useAfterPaint } from '../../shared/useAfterPaint';
import './overview.css';

// Everything under the tiles, loaded once they are drawn (OverviewDetails.tsx).
const DETAILS = preloadableExport(() => import('./OverviewDetails'), 'OverviewDetails');
const DETAILS_CODE = [DETAILS];

/**
 * 总览's details, drawn once their code is here: drawn before, they would suspend, and React
 * shows content that replaces a Suspense fallback no sooner than 300 ms after it (useCodeLoaded).
 * Mounted with the tiles, once the counts are read; its code is asked for once they are painted:
 * not while the first screen's own code loads, and not in the frame that shows the tiles (asking
 * for code adds elements to the page, which held that frame back by ~20 ms).
 */
function Details({ hasRecords }: { hasRecords: boolean }) {
  const painted = useAfterPaint();
  // Back on 总览 later in the session the code is here: the details come with the tiles.
  return painted || DETAILS.loaded() ? <DetailsWhenLoaded hasRecords={hasRecords} /> : null;
}

function DetailsWhenLoaded({ hasRecords }: { hasRecords: boolean }) {
  const loaded = useCodeLoaded(DETAILS_CODE);
  if (!loaded) return null;
  return (
    <Suspense fallback={null}>
      <DETAILS.Component hasRecords={hasRecords} />
    </Suspense>
  );
}

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
 * the year's figures (activities, participation, donations, 待办), the drafts and the recent
 * changes are loaded and read after that first paint.
 */
export function OverviewPage() {
  const counts = useRecordCounts();
  const { navigate } = useHashRoute();
  // The tiles are the first screen: what waits for it may start once they are drawn.
  useEffect(() => {
    if (counts) markFirstScreenDrawn();
  }, [counts]);
  const empty = counts !== null && Object.values(counts).every((n) => n === 0);
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
      {counts ? <Details hasRecords={!empty} /> : null}
      {empty ? (
        <p className="empty-note">
          还没有记录。这里将汇总本年的履职活动、委员参与、捐赠和待办，并列出最近的修改。可以先在“设置”里载入示例数据看看。
        </p>
      ) : null}
    </section>
  );
}
