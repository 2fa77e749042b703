import { SearchOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { SearchHit } from '../domain/search';
import { DraftNotice } from '../features/drafts/DraftNotice';
import { HistoryButtons } from '../features/history/HistoryButtons';
import { warmUpSearch } from '../features/search/searchClient';
import { ErrorBoundary } from './ErrorBoundary';
import { PAGES } from './pages';
import { DEFAULT_ROUTE, type RouteKey } from './routes';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { useHashRoute } from './useHashRoute';

// Loaded on the first Ctrl+K: the dialog brings the highlighting code, not needed to start.
const SearchDialog = lazy(() =>
  import('../features/search/SearchDialog').then((m) => ({ default: m.SearchDialog })),
);

/** Runs `task` once the first screen is drawn and the main thread is idle. */
function whenIdle(task: () => void): () => void {
  const handle = requestIdleCallback(task, { timeout: 3000 });
  return () => cancelIdleCallback(handle);
}

const ROUTE_OF_KIND: Record<SearchHit['kind'], RouteKey> = {
  member: 'members',
  activity: 'activities',
  donation: 'donations',
  campaign: 'campaigns',
  studio: 'studios',
};

export function AppLayout() {
  const { route, navigate } = useHashRoute();
  const [searching, setSearching] = useState(false);
  // The dialog stays mounted once opened, so reopening it is instant.
  const [searchUsed, setSearchUsed] = useState(false);
  const Page = PAGES[route];

  const openSearch = () => {
    setSearchUsed(true);
    setSearching(true);
  };

  // The index loads in its worker after the first screen, so it does not compete with it.
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
    <Layout style={{ height: '100vh' }}>
      <Layout.Sider width={184} theme="light" style={{ borderRight: '1px solid #eef0f3' }}>
        <Typography.Title level={4} style={{ padding: '18px 20px 6px', margin: 0 }}>
          履职台账
        </Typography.Title>
        <Sidebar route={route} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            height: 52,
            lineHeight: '52px',
            padding: '0 28px',
            borderBottom: '1px solid #eef0f3',
          }}
        >
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Button
              icon={<SearchOutlined />}
              onClick={openSearch}
              style={{ width: 320, textAlign: 'left' }}
            >
              搜索委员、活动、捐赠…… Ctrl+K
            </Button>
            <HistoryButtons />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: '20px 28px', overflow: 'auto' }}>
          <DraftNotice />
          <ErrorBoundary key={route} onBack={() => navigate(DEFAULT_ROUTE)}>
            <Suspense fallback={<Spin style={{ display: 'block', marginTop: 48 }} />}>
              <Page />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
        <Layout.Footer
          style={{ padding: '6px 28px', background: '#fafbfc', borderTop: '1px solid #eef0f3' }}
        >
          <StatusBar />
        </Layout.Footer>
      </Layout>
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
    </Layout>
  );
}
