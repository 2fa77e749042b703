/** ISO 4217 codes of the currencies a donation may be recorded in. */
export const CURRENCY_CODES = [
  'CNY',
  'HKD',
  'MOP',
  'TWD',
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'SGD',
  'AUD',
  'CAD',
] as const;

export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** How a currency is named and written. */
export interface CurrencyInfo {
  code: CurrencyCode;
  /** Chinese name shown in pickers and after 万/亿 (港币, 美元 …). */
  name: string;
  /** Prefix in formatted amounts; distinct per currency so that ¥ always means 人民币. */
  symbol: string;
  /** Digits of the minor unit: 2 for 分/cents, 0 for 日元. */
  minorDigits: number;
}

export const CURRENCIES: Readonly<Record<CurrencyCode, CurrencyInfo>> = {
  CNY: { code: 'CNY', name: '人民币', symbol: '¥', minorDigits: 2 },
  HKD: { code: 'HKD', name: '港币', symbol: 'HK$', minorDigits: 2 },
  MOP: { code: 'MOP', name: '澳门币', symbol: 'MOP$', minorDigits: 2 },
  TWD: { code: 'TWD', name: '新台币', symbol: 'NT$', minorDigits: 2 },
  USD: { code: 'USD', name: '美元', symbol: 'US$', minorDigits: 2 },
  EUR: { code: 'EUR', name: '欧元', symbol: '€', minorDigits: 2 },
  GBP: { code: 'GBP', name: '英镑', symbol: '£', minorDigits: 2 },
  JPY: { code: 'JPY', name: '日元', symbol: 'JP¥', minorDigits: 0 },
  SGD: { code: 'SGD', name: '新加坡元', symbol: 'S$', minorDigits: 2 },
  AUD: { code: 'AUD', name: '澳元', symbol: 'A$', minorDigits: 2 },
  CAD: { code: 'CAD', name: '加元', symbol: 'C$', minorDigits: 2 },
};

/** Whether a string is one of our currency codes. */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === 'string' && (CURRENCY_CODES as readonly string[]).includes(value);
}

/** A currency as the lists and forms name it: 港币（HKD）. */
export function currencyLabel(code: CurrencyCode): string {
  return `${CURRENCIES[code].name}（${code}）`;
}
