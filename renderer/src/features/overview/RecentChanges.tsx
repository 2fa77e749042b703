import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { readLatestAudit } from '../../db/auditLog';
import type { AuditEntry } from '../../domain/records';

/** How many of the latest changes 总览 lists; the rest are on 设置 → 操作记录. */
const SHOWN = 6;

/** 11月29日 09:05, in the computer's own time zone: the office reads recent changes by the day. */
function shortWhen(at: string): string {
  const date = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getMonth() + 1}月${date.getDate()}日 ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** 总览's 最近的修改: the latest changes with who made them, kept live, and the way to all of them. */
export function RecentChanges() {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  useEffect(() => {
    const subscription = liveQuery(() => readLatestAudit(SHOWN)).subscribe(setEntries);
    return () => subscription.unsubscribe();
  }, []);
  if (!entries || entries.length === 0) return null;
  return (
    <section className="overview-recent" aria-labelledby="overview-recent-title">
      <h2 id="overview-recent-title">最近的修改</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{shortWhen(entry.at)}</time>
            <span className="overview-recent-operator">{entry.operator}</span>
            <span>{entry.summary}</span>
          </li>
        ))}
      </ol>
      <a href="#/settings/audit">查看全部操作记录</a>
    </section>
  );
}
