import { useMemo } from 'react';
import { useHost } from '../../app/HostContext';
import { readPointsRules, type PointsRules } from '../../domain/points';

/** The 履职积分规则 in force: those saved in 设置, or the defaults. */
export function usePointsRules(): PointsRules {
  const { settings } = useHost();
  const stored = settings?.pointsRules;
  return useMemo(() => readPointsRules(stored), [stored]);
}
