/** One budget as `npm run bench` reports it; `ok` is added when the report is written. */
export interface BudgetResult {
  name: string;
  value: number;
  unit: string;
  /** the floor measured in the same run, or the budget itself where the budget is absolute */
  floor: number;
  /** value ÷ floor: lower is better for every budget here (NaN when not measured) */
  ratio: number;
  /** the highest ratio that is within budget */
  budget: number;
}

export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

function figure(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** `search as you type: p95 …   12.3 ms   floor 50 ms   ratio 0.25   budget ≤ 1   ok` */
export function formatLine(result: BudgetResult & { ok: boolean }): string {
  if (!Number.isFinite(result.value)) {
    return [result.name.padEnd(50), 'NOT MEASURED (see above)'.padStart(10)].join('   ');
  }
  return [
    result.name.padEnd(50),
    `${figure(result.value)} ${result.unit}`.padStart(10),
    `floor ${figure(result.floor)} ${result.unit}`.padEnd(16),
    `ratio ${result.ratio.toFixed(2)}`.padEnd(11),
    `budget ≤ ${result.budget}`.padEnd(11),
    result.ok ? 'ok' : 'NOT OK',
  ].join('   ');
}
