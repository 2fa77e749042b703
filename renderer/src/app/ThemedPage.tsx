import { Spin } from 'antd';
import { Suspense } from 'react';
import { OperatorDialog } from '../features/operator/OperatorDialog';
import { PAGES } from './pageLoaders';
import { subPageFor } from './subPages';
import { useHashRoute } from './useHashRoute';
import type { RouteKey } from './routes';
import { ThemeProvider } from './ThemeProvider';

/** Every page but 总览: built with antd, each loaded when first opened. */
export function ThemedPage({ route }: { route: Exclude<RouteKey, 'overview'> }) {
  const Page = PAGES[route].Component;
  const { sub } = useHashRoute();
  const subPage = subPageFor(route, sub);
  return (
    <ThemeProvider>
      <Suspense fallback={<Spin style={{ display: 'block', marginTop: 48 }} />}>
        {subPage ?? <Page />}
      </Suspense>
      <OperatorDialog />
    </ThemeProvider>
  );
}
