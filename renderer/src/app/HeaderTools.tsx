import { SearchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { SearchHit } from '../domain/search';
import { HistoryButtons } from '../features/history/HistoryButtons';
import { warmUpSearch } from '../features/search/searchClient';
import type { RouteKey } from './routes';
import { ThemeProvider } from './ThemeProvider';
import { useHashRoute } from './useHashRoute';

// Loaded on the first Ctrl+K: the dialog brings the highlighting code, not needed to start.
const SearchDialog = lazy(() =>
  import('../features/search/SearchDialog').then((m) => ({ default: m.SearchDialog })),
);

const ROUTE_OF_KIND: Record<SearchHit['kind'], RouteKey> = {
  member: 'members',
  activity: 'activities',
  donation: 'donations',
  campaign: 'campaigns',
  studio: 'studios',
};

/** Runs `task` once the main thread is idle after the first screen. */
function whenIdle(task: () => void): () => void {
  const handle = requestIdleCallback(task, { timeout: 3000 });
  return () => cancelIdleCallback(handle);
}

/** The header: the search box (Ctrl+K) and 撤销 / 重做. */
export function HeaderTools() {
  const { navigate } = useHashRoute();
  const [searching, setSearching] = useState(false);
  // The dialog stays mounted once opened, so reopening it is instant.
  const [searchUsed, setSearchUsed] = useState(false);

  const openSearch = () => {
    setSearchUsed(true);
    setSearching(true);
  };

  // The index loads in its worker once the screen is idle, so it does not compete with it.
  useEffect(() => whenIdle(warmUpSearch), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setSearchUsed(true);
        setSearching(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <ThemeProvider>
      <div className="frame-header-tools">
        <Button
          icon={<SearchOutlined />}
          onClick={openSearch}
          style={{ width: 320, textAlign: 'left' }}
        >
          搜索委员、活动、捐赠…… Ctrl+K
        </Button>
        <HistoryButtons />
      </div>
      {searchUsed ? (
        <Suspense fallback={null}>
          <SearchDialog
            open={searching}
            onClose={() => setSearching(false)}
            onPick={(hit) => {
              setSearching(false);
              navigate(ROUTE_OF_KIND[hit.kind], hit.id);
            }}
          />
        </Suspense>
      ) : null}
    </ThemeProvider>
  );
}
