import { currencyLabel } from '../currencies';
import { readPointsRules } from '../points';
import { rateDayText, rateEntrySchema, rateKey } from '../rates/rateRows';
import { pointsRuleItems } from './pointsRuleItems';
import type { SettingItem } from './settingItem';

/**
 * Settings as a 设置 entry of the 操作记录 keeps them, before or after a change: by their stored
 * names, only those the change touched. The 汇率 keep only the entries changed.
 */
export type SettingsSnapshot = {
  operatorName?: string;
  committeeName?: string;
  /** The rules as stored: null stands for the defaults. */
  pointsRules?: unknown;
  backupKeepDaily?: number;
  backupKeepMonthly?: number;
  backupFolder?: string;
  goodsStageLimitDays?: number;
  exchangeRates?: unknown[];
};

/** One setting a change altered, as the 操作记录 shows it: 之前 → 之后, null where there was none. */
export interface SettingChange {
  key: string;
  group: string;
  label: string;
  before: string | null;
  after: string | null;
}

/** Shown for a text setting left empty (a 经办人 not given). */
const EMPTY = '（空）';

function text(key: string, group: string, label: string) {
  return (value: unknown): SettingItem[] => [
    { key, group, label, text: typeof value === 'string' && value.trim() ? value : EMPTY },
  ];
}

function count(key: string, group: string, label: string, unit: string) {
  return (value: unknown): SettingItem[] => [
    { key, group, label, text: `${String(value)}${unit}` },
  ];
}

/** The rates an entry kept, one item each: 港币（HKD）2020年2月1日起 · 0.9013. */
function rateItems(value: unknown): SettingItem[] {
  const entries = Array.isArray(value) ? value : [];
  return entries.flatMap((stored) => {
    const parsed = rateEntrySchema.safeParse(stored);
    if (!parsed.success) return [];
    const entry = parsed.data;
    return [
      {
        key: `exchangeRates.${rateKey(entry)}`,
        group: '汇率',
        label: `${currencyLabel(entry.currency)}${rateDayText(entry.from)}起`,
        text: entry.rate,
      },
    ];
  });
}

/**
 * How each setting reads in the 操作记录, in the order 设置 shows them. A setting missing from one
 * side of an entry has no items there: a rate added has none before.
 */
const SETTING_ITEMS: {
  readonly [K in keyof Required<SettingsSnapshot>]: (value: unknown) => SettingItem[];
} = {
  operatorName: text('operatorName', '基本信息', '经办人'),
  committeeName: text('committeeName', '基本信息', '单位名称'),
  pointsRules: (value) => pointsRuleItems(readPointsRules(value)),
  exchangeRates: rateItems,
  backupKeepDaily: count('backupKeepDaily', '备份', '每日备份保留份数', ' 份'),
  backupKeepMonthly: count('backupKeepMonthly', '备份', '每月备份保留份数', ' 份'),
  backupFolder: text('backupFolder', '备份', '备份文件夹'),
  goodsStageLimitDays: count('goodsStageLimitDays', '物资流转', '阶段超期天数', ' 天'),
};

function itemsOf(snapshot: SettingsSnapshot | null): SettingItem[] {
  if (!snapshot) return [];
  return Object.entries(SETTING_ITEMS).flatMap(([name, items]) =>
    name in snapshot ? items(snapshot[name as keyof SettingsSnapshot]) : [],
  );
}

/**
 * What a change of 设置 altered, item by item — a points rule, a rate — in words, leaving out
 * whatever reads the same on both sides.
 */
export function settingChanges(
  before: SettingsSnapshot | null,
  after: SettingsSnapshot | null,
): SettingChange[] {
  const was = new Map(itemsOf(before).map((item) => [item.key, item]));
  const is = new Map(itemsOf(after).map((item) => [item.key, item]));
  const keys = [...new Set([...was.keys(), ...is.keys()])];
  return keys.flatMap((key) => {
    const old = was.get(key);
    const now = is.get(key);
    if (old?.text === now?.text) return [];
    const { group, label } = (now ?? old)!;
    return [{ key, group, label, before: old?.text ?? null, after: now?.text ?? null }];
  });
}

/** How many changes a summary line names before it says 等 N 项. */
const NAMED_IN_SUMMARY = 3;

/** 提案领衔积分 5 → 7; a rate added or removed is named with its one value. */
function changeText({ label, before, after }: SettingChange): string {
  if (before === null) return `${label} ${after}`;
  if (after === null) return `${label} ${before}`;
  return `${label} ${before} → ${after}`;
}

/**
 * The summary line of a change of 设置: the verb, the cards it was made on, the first changes:
 * 修改履职积分规则：提案领衔积分 5 → 7, 添加汇率：港币（HKD）2020年2月1日起 0.9013.
 */
export function settingsSummary(verb: string, changes: readonly SettingChange[]): string {
  const groups = [...new Set(changes.map((change) => change.group))].join('、');
  const named = changes.slice(0, NAMED_IN_SUMMARY).map(changeText).join('、');
  const more = changes.length > NAMED_IN_SUMMARY ? ` 等 ${changes.length} 项` : '';
  // The log's summary holds at most 1000 characters; a 单位名称 is at most 80.
  return `${verb}${groups}：${named}${more}`.slice(0, 1000);
}
