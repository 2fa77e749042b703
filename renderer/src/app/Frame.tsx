import { lazy, Suspense } from 'react';
import { OverviewPage } from '../features/overview/OverviewPage';
import { ErrorBoundary } from './ErrorBoundary';
import { DEFAULT_ROUTE } from './routes';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { useHashRoute } from './useHashRoute';

// The frame, the sidebar and 总览 are plain HTML and CSS (global.css), drawn at once; everything
// built with antd (header tools, notices, the other pages) loads right after.
const HeaderTools = lazy(() => import('./HeaderTools').then((m) => ({ default: m.HeaderTools })));
const Notices = lazy(() => import('./Notices').then((m) => ({ default: m.Notices })));
const ThemedPage = lazy(() => import('./ThemedPage').then((m) => ({ default: m.ThemedPage })));

export function Frame() {
  const { route, navigate } = useHashRoute();
  return (
    <div className="frame">
      <aside className="frame-sider">
        <div className="frame-title">履职台账</div>
        <Sidebar route={route} />
      </aside>
      <div className="frame-body">
        <header className="frame-header">
          <Suspense fallback={null}>
            <HeaderTools />
          </Suspense>
        </header>
        <main className="frame-content">
          <Suspense fallback={null}>
            <Notices />
          </Suspense>
          <ErrorBoundary key={route} onBack={() => navigate(DEFAULT_ROUTE)}>
            {route === 'overview' ? (
              <OverviewPage />
            ) : (
              <Suspense fallback={<p className="frame-loading">正在打开……</p>}>
                <ThemedPage route={route} />
              </Suspense>
            )}
          </ErrorBoundary>
        </main>
        <footer className="frame-footer">
          <StatusBar />
        </footer>
      </div>
    </div>
  );
}
