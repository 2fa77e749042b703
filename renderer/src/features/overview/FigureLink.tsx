import type { ReactNode } from 'react';

/**
 * A figure of 总览 as a link to the list behind it, named in full for screen readers
 * (“2018年 调研 2 条”); the visible number is part of that name.
 */
export function FigureLink({
  href,
  name,
  children,
}: {
  href: string;
  name: string;
  children: ReactNode;
}) {
  return (
    <a className="overview-figure" href={href} aria-label={name}>
      {children}
    </a>
  );
}

/** A bar as wide as `count` is of `max`, beside the number; decoration only. */
export function Bar({ count, max }: { count: number; max: number }) {
  const width = max > 0 ? Math.max(2, Math.round((count / max) * 100)) : 0;
  return (
    <span className="overview-bar" aria-hidden="true">
      <span style={{ width: `${width}%` }} />
    </span>
  );
}

/** The calm line a section shows while its figures are read. */
export function Counting() {
  return <p className="overview-counting">正在统计…</p>;
}
