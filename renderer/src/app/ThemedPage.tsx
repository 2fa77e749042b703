import { Spin } from 'antd';
import { Suspense } from 'react';
import { OperatorDialog } from '../features/operator/OperatorDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { LeaveConfirm } from './LeaveConfirm';
import { PageOpening } from './PageOpening';
import { PAGES, type PageKey } from './pageLoaders';
import { DEFAULT_ROUTE } from './routes';
import { subPageFor } from './subPages';
import { ThemeProvider } from './ThemeProvider';
import { useHashRoute } from './useHashRoute';

/**
 * Every page but 总览: built with antd, each loaded when first opened. It stays mounted once shown,
 * 总览 in between included (then it draws nothing), so that antd's theme — its tokens computed and
 * their CSS variables written into the page — is made once, not again at every page opened.
 */
export function ThemedPage({
  route,
  ready,
}: {
  /** The page shown; null on 总览. */
  route: PageKey | null;
  /** Whether that page's code has loaded. */
  ready: boolean;
}) {
  const { sub, navigate } = useHashRoute();
  const Page = route === null ? null : PAGES[route].Component;
  return (
    <ThemeProvider>
      {route === null || Page === null ? null : ready ? (
        <ErrorBoundary key={route} onBack={() => navigate(DEFAULT_ROUTE)}>
          <Suspense fallback={<Spin style={{ display: 'block', marginTop: 48 }} />}>
            {subPageFor(route, sub) ?? <Page />}
          </Suspense>
        </ErrorBoundary>
      ) : (
        <PageOpening />
      )}
      {/* The 经办人 question a save asks; another page opened answers it 取消 (OperatorDialog). */}
      <OperatorDialog />
      {/* Going to another page while it holds work not saved asks first (leaveGuards). */}
      <LeaveConfirm />
    </ThemeProvider>
  );
}
