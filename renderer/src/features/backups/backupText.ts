import type { BackupKind } from '../../../../electron/contract';

/** How each kind of backup is named in 设置 → 备份. */
export const BACKUP_KIND_LABELS: Readonly<Record<BackupKind, string>> = {
  daily: '每日',
  monthly: '每月',
  quit: '退出时',
  manual: '手动',
  'pre-restore': '恢复前',
  'pre-import': '导入前',
};

/** A backup's time as people read it: 2026年11月29日 18:23. */
export function backupTimeText(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
