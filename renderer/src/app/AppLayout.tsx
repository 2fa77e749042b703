import { Layout, Menu, Typography } from 'antd';
import { ErrorBoundary } from './ErrorBoundary';
import { PAGES } from './pages';
import { DEFAULT_ROUTE, hrefOf, ROUTES } from './routes';
import { StatusBar } from './StatusBar';
import { useHashRoute } from './useHashRoute';

export function AppLayout() {
  const [route, navigate] = useHashRoute();
  const Page = PAGES[route];
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
        <Layout.Content style={{ padding: '20px 28px', overflow: 'auto' }}>
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
    </Layout>
  );
}
