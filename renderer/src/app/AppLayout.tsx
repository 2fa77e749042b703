import { SearchOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { SearchHit } from '../domain/search';
import { DraftNotice } from '../features/drafts/DraftNotice';
import { HistoryButtons } from '../features/history/HistoryButtons';
import { SearchDialog } from '../features/search/SearchDialog';
import { warmUpSearch } from '../features/search/searchClient';
import { ErrorBoundary } from './ErrorBoundary';
import { PAGES } from './pages';
import { DEFAULT_ROUTE, hrefOf, ROUTES, type RouteKey } from './routes';
import { StatusBar } from './StatusBar';
import { useHashRoute } from './useHashRoute';

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
  const Page = PAGES[route];

  useEffect(() => {
    warmUpSearch();
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
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
        <nav aria-label="主导航">
          <Menu
            mode="inline"
            selectedKeys={[route]}
            style={{ borderInlineEnd: 'none' }}
            items={ROUTES.map((item) => ({
              key: item.key,
              label: (
                <a href={hrefOf(item.key)} aria-current={item.key === route ? 'page' : undefined}>
                  {item.label}
                </a>
              ),
            }))}
          />
        </nav>
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
              onClick={() => setSearching(true)}
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
            <Page />
          </ErrorBoundary>
        </Layout.Content>
        <Layout.Footer
          style={{ padding: '6px 28px', background: '#fafbfc', borderTop: '1px solid #eef0f3' }}
        >
          <StatusBar />
        </Layout.Footer>
      </Layout>
      <SearchDialog
        open={searching}
        onClose={() => setSearching(false)}
        onPick={(hit) => {
          setSearching(false);
          navigate(ROUTE_OF_KIND[hit.kind], hit.id);
        }}
      />
    </Layout>
  );
}
