import { Input, Select, Space } from 'antd';
import { useState } from 'react';
import { CURRENCIES, CURRENCY_CODES, type CurrencyCode } from '../../domain/currencies';
import { formatAmount, parseAmount, type Money } from '../../domain/money';

/** An amount as the form holds it: money once it reads as one, else the text typed and its currency. */
export type AmountValue = Money | { text: string; currency: CurrencyCode };

interface Props {
  id?: string;
  value?: AmountValue | undefined;
  onChange?: (value: AmountValue | undefined) => void;
  /** Shows the currency picker (named 币种); without it the amount is in `fixedCurrency`. */
  withCurrency?: boolean;
  fixedCurrency?: CurrencyCode;
  /** The accessible name of the currency picker. */
  currencyLabel?: string;
  placeholder?: string;
  /** The name of an amount with no visible label beside it (a row of a table). */
  'aria-label'?: string;
}

const CURRENCY_OPTIONS = CURRENCY_CODES.map((code) => ({
  value: code,
  label: `${CURRENCIES[code].name} ${code}`,
}));

const isMoney = (value: AmountValue | undefined): value is Money =>
  value !== undefined && 'amountMinor' in value;

/**
 * 金额 as offices type it — 1,234.50, 910万, HK$1000 — kept in minor units of its currency, never
 * a float. What cannot be read yet stays as typed, so that amountRule can say why.
 */
export function AmountInput({
  id,
  value,
  onChange,
  withCurrency = false,
  fixedCurrency = 'CNY',
  currencyLabel = '币种',
  placeholder,
  'aria-label': ariaLabel,
}: Props) {
  const currency = value?.currency ?? fixedCurrency;
  const [text, setText] = useState(() => textOf(value));
  if (!says(text, value)) setText(textOf(value));
  const emit = (nextText: string, nextCurrency: CurrencyCode) => {
    if (nextText.trim() === '') {
      onChange?.(withCurrency ? { text: '', currency: nextCurrency } : undefined);
      return;
    }
    const parsed = parseAmount(nextText, nextCurrency);
    onChange?.(
      parsed.ok
        ? { amountMinor: parsed.value, currency: nextCurrency }
        : { text: nextText, currency: nextCurrency },
    );
  };
  const input = (
    <Input
      id={id}
      aria-label={ariaLabel}
      value={says(text, value) ? text : textOf(value)}
      placeholder={placeholder ?? '如 1,000.00 或 910万'}
      autoComplete="off"
      inputMode="decimal"
      style={withCurrency ? { width: 'calc(100% - 140px)' } : undefined}
      onChange={(event) => {
        setText(event.target.value);
        emit(event.target.value, currency);
      }}
      onBlur={() => {
        if (isMoney(value)) setText(formatAmount(value.amountMinor, value.currency));
      }}
      suffix={withCurrency ? undefined : currency === 'CNY' ? '元' : CURRENCIES[currency].name}
    />
  );
  if (!withCurrency) return input;
  return (
    <Space.Compact style={{ width: '100%' }}>
      {input}
      <Select<CurrencyCode>
        aria-label={currencyLabel}
        style={{ width: 140 }}
        value={currency}
        options={CURRENCY_OPTIONS}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={(next) => emit(text, next)}
      />
    </Space.Compact>
  );
}

/** The antd rule of an AmountInput: text that is no amount is refused with the reason. */
export function amountRule(label: string, required = false) {
  return {
    validator: (_: unknown, value: AmountValue | undefined) => {
      if (isMoney(value)) {
        return value.amountMinor > 0
          ? Promise.resolve()
          : Promise.reject(new Error(`${label}：须大于零`));
      }
      if (!value || value.text.trim() === '') {
        return required ? Promise.reject(new Error(`${label}：不能为空`)) : Promise.resolve();
      }
      const parsed = parseAmount(value.text, value.currency);
      return parsed.ok
        ? Promise.resolve()
        : Promise.reject(new Error(`${label}：${parsed.message}`));
    },
  };
}

/** The money an AmountValue holds, if it reads as one. */
export function moneyOf(value: AmountValue | undefined): Money | undefined {
  return isMoney(value) ? value : undefined;
}

function textOf(value: AmountValue | undefined): string {
  if (!value) return '';
  return isMoney(value) ? formatAmount(value.amountMinor, value.currency) : value.text;
}

function says(text: string, value: AmountValue | undefined): boolean {
  if (!value) return text.trim() === '';
  if (!isMoney(value)) return text === value.text;
  const parsed = parseAmount(text, value.currency);
  return parsed.ok && parsed.value === value.amountMinor;
}
