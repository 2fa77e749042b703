import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { PageHeading } from './PageHeading';

interface Props {
  title: string;
  /** What will appear here once there is data. */
  description: ReactNode;
  children?: ReactNode;
}

/** A page with nothing in it yet says what will be there, and how to get it there. */
export function EmptyPage({ title, description, children }: Props) {
  return (
    <section aria-labelledby="page-title">
      <PageHeading>{title}</PageHeading>
      <Empty description={description} style={{ marginTop: 64 }}>
        {children}
      </Empty>
    </section>
  );
}
