import type { ReactNode } from 'react';

/**
 * A page's title: its one level-one heading (WCAG 2.1 AA asks for one per page), which the page's
 * section is labelled by (aria-labelledby="page-title"). Plain HTML, so 总览 draws it before antd.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 id="page-title" className="page-title">
      {children}
    </h1>
  );
}
