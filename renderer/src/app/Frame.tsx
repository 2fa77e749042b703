import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { hasBridge } from '../bridge/bridge';
import { scheduleAttachmentGc } from '../features/attachments/scheduleAttachmentGc';
import { OverviewPage } from '../features/overview/OverviewPage';
import {
  holdBackgroundWork,
  holdWhileScrolling,
  onBackgroundHold,
  startWhenQuiet,
} from './backgroundWork';
import { ErrorBoundary } from './ErrorBoundary';
import { PageOpening } from './PageOpening';
import { QuietBoundary } from './QuietBoundary';
import { pageCodeFor, pageWarmers, THEMED_PAGE } from './pageLoaders';
import { logToHost } from './reportGlobalErrors';
import { DEFAULT_ROUTE } from './routes';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { useCodeLoaded } from './useCodeLoaded';
import { showToast, Toasts } from './toasts';
import { markFirstScreenDrawn, useAfterFirstScreen } from './useAfterFirstScreen';
import { useHashRoute } from './useHashRoute';
import { warmInIdle } from './warmInIdle';

// The frame, the header and 总览 are plain HTML and CSS (global.css), drawn at once. What reads
// the database comes right after the first screen; antd only with the pages and dialogs using it.
const HistoryButtons = lazy(() =>
  import('../features/history/HistoryButtons').then((m) => ({ default: m.HistoryButtons })),
);
const DraftNotice = lazy(() =>
  import('../features/drafts/DraftNotice').then((m) => ({ default: m.DraftNotice })),
);
const SearchPanel = lazy(() =>
  import('../features/search/SearchPanel').then((m) => ({ default: m.SearchPanel })),
);
const ThemedPage = THEMED_PAGE.Component;

const WARM_UP_DELAY_MS = 1500;
/** How long a page just opened has the machine to itself before warming goes on (ms). */
const PAGE_OPENING_MS = 1000;
/** How long a scroll holds background work (ms): the search index waits for a quiet moment. */
const SCROLLING_MS = 500;
/** When 总览 cannot show its counts (a database that fails to open), the rest loads anyway. */
const FIRST_SCREEN_AT_LATEST_MS = 5000;
/** The automatic snapshots (and the 退出时 one) are set up once the first clicks are served. */
const AUTOMATIC_BACKUPS_DELAY_MS = 5000;
/** A daily snapshot waits for this long without a page opened or a scroll… */
const SNAPSHOT_QUIET_MS = 5000;
/** …but no longer than this once it is due. */
const SNAPSHOT_AT_LATEST_MS = 60_000;

export function Frame() {
  const { route, sub, navigate } = useHashRoute();
  const afterFirstScreen = useAfterFirstScreen();
  const [searching, setSearching] = useState(false);
  // The dialog stays mounted once opened, so reopening it is instant.
  const [searchUsed, setSearchUsed] = useState(false);
  if (searching && !searchUsed) setSearchUsed(true);

  // A page's own code is fetched together with antd's (ThemedPage), not once antd's has run:
  // the shell serves each file through a round trip, and two waves of them cost a first open.
  const page = route === 'overview' ? null : pageCodeFor(route, sub);
  const pageCode = useMemo(() => (page ? [THEMED_PAGE, page] : []), [page]);
  const pageCodeLoaded = useCodeLoaded(pageCode);
  // antd's part of the screen, once drawn, stays: see ThemedPage.
  const [themedShown, setThemedShown] = useState(false);
  if (!themedShown && page && pageCodeLoaded) setThemedShown(true);
  const pageOpenedAt = useRef(-Infinity);
  useLayoutEffect(() => {
    if (!page) return;
    pageOpenedAt.current = performance.now();
    holdBackgroundWork(PAGE_OPENING_MS);
  }, [page]);

  // 总览 says when its counts are drawn; any other first page is drawn by its own loading.
  useEffect(() => {
    if (route !== 'overview') markFirstScreenDrawn();
  }, [route]);
  useEffect(() => {
    const timer = setTimeout(markFirstScreenDrawn, FIRST_SCREEN_AT_LATEST_MS);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setSearching(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Attachment files nothing refers to any more go, once a day.
  useEffect(
    () =>
      scheduleAttachmentGc({
        collect: () =>
          import('../features/attachments/collectUnusedAttachments').then((m) =>
            m.collectUnusedAttachments(),
          ),
        now: Date.now,
        storage: localStorage,
        onError: (error) => logToHost(`清理未用附件失败：${String(error)}`),
      }),
    [],
  );

  // Nor while the user scrolls: a frame held then is a jump in the list under their eyes.
  useEffect(() => holdWhileScrolling(window, SCROLLING_MS), []);

  // The pages' code, a page per idle moment, the lists first, from the first screen on: a click
  // on 委员 or 统计 right after start-up finds it fetched and parsed. Each page needs it on its
  // first opening anyway; warming it once, in idle pieces, moves that wait out of the click.
  useEffect(() => {
    if (!afterFirstScreen) return;
    // antd's theme is drawn as soon as its code is here, on 总览 too (where it shows nothing):
    // its tokens are computed then, while the user reads, not on the first click on a page.
    let gone = false;
    const started = warmInIdle(
      pageWarmers(() => {
        if (!gone) setThemedShown(true);
      }),
    );
    // A page opened before warming began has its moment too.
    started.hold(pageOpenedAt.current + PAGE_OPENING_MS - performance.now());
    const stopHolding = onBackgroundHold(started.hold);
    return () => {
      gone = true;
      stopHolding();
      started.stop();
    };
  }, [afterFirstScreen]);

  // The search index takes its worker a few seconds of reading: start it in the first quiet
  // moment after the first screen — no page opened for a while — so that its worker's code and
  // first reads do not compete with the user's first clicks. Ctrl+K starts it at once.
  useEffect(() => {
    if (!afterFirstScreen) return;
    return startWhenQuiet(() => {
      void import('../features/search/searchClient').then((m) => m.warmUpSearch());
    }, WARM_UP_DELAY_MS);
  }, [afterFirstScreen]);

  useEffect(() => {
    if (!afterFirstScreen || !hasBridge()) return;
    let stop: (() => void) | undefined;
    let gone = false;
    const timer = setTimeout(() => {
      void import('../features/backups/automaticBackups').then((m) => {
        if (gone) return;
        stop = m.startAutomaticBackups(
          (text) => showToast(text, 'error'),
          undefined,
          // Each daily check once the user has neither opened a page nor scrolled for a while
          // (a snapshot under a scroll held one of its frames), and within a minute at most.
          (run) => startWhenQuiet(run, SNAPSHOT_QUIET_MS, SNAPSHOT_AT_LATEST_MS),
        );
      });
    }, AUTOMATIC_BACKUPS_DELAY_MS);
    return () => {
      gone = true;
      clearTimeout(timer);
      stop?.();
    };
  }, [afterFirstScreen]);

  return (
    <div className="frame">
      <aside className="frame-sider">
        <div className="frame-title">履职台账</div>
        <Sidebar route={route} />
      </aside>
      <div className="frame-body">
        <header className="frame-header">
          <button type="button" className="search-trigger" onClick={() => setSearching(true)}>
            <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16">
              <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.6" />
              <path
                d="M11 11l3.5 3.5"
                stroke="currentColor"
                strokeWidth="1.6"
                strokeLinecap="round"
              />
            </svg>
            搜索委员、活动、捐赠……
            <kbd>Ctrl+K</kbd>
          </button>
          {afterFirstScreen ? (
            <QuietBoundary part="撤销按钮">
              <Suspense fallback={null}>
                <HistoryButtons />
              </Suspense>
            </QuietBoundary>
          ) : null}
        </header>
        <main className="frame-content">
          {afterFirstScreen ? (
            <QuietBoundary part="草稿箱">
              <Suspense fallback={null}>
                <DraftNotice />
              </Suspense>
            </QuietBoundary>
          ) : null}
          {route === 'overview' ? (
            <ErrorBoundary key={route} onBack={() => navigate(DEFAULT_ROUTE)}>
              <OverviewPage />
            </ErrorBoundary>
          ) : themedShown ? null : (
            <PageOpening />
          )}
          {themedShown ? (
            // Each page has a boundary of its own inside; this one is for the theme around them.
            <ErrorBoundary resetKey={route} onBack={() => navigate(DEFAULT_ROUTE)}>
              <Suspense fallback={<PageOpening />}>
                <ThemedPage route={route === 'overview' ? null : route} ready={pageCodeLoaded} />
              </Suspense>
            </ErrorBoundary>
          ) : null}
        </main>
        <footer className="frame-footer">
          <StatusBar />
        </footer>
      </div>
      {searchUsed ? (
        <Suspense fallback={null}>
          <SearchPanel open={searching} onOpenChange={setSearching} />
        </Suspense>
      ) : null}
      <Toasts />
    </div>
  );
}
