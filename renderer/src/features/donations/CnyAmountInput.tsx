import { Input } from 'antd';
import { useState } from 'react';
import { formatAmount, parseAmount } from '../../domain/money';

interface Props {
  id?: string;
  /** Fen, or the text typed while it is not an amount yet. */
  value?: number | string | undefined;
  onChange?: (value: number | string | undefined) => void;
}

/** 折合人民币: an amount in yuan, held in fen as the record keeps it. */
export function CnyAmountInput({ id, value, onChange }: Props) {
  const [text, setText] = useState(() => textOf(value));
  if (!says(text, value)) setText(textOf(value));
  return (
    <Input
      id={id}
      value={says(text, value) ? text : textOf(value)}
      autoComplete="off"
      inputMode="decimal"
      suffix="元"
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        if (next.trim() === '') onChange?.(undefined);
        else {
          const parsed = parseAmount(next, 'CNY');
          onChange?.(parsed.ok ? parsed.value : next);
        }
      }}
      onBlur={() => {
        if (typeof value === 'number') setText(formatAmount(value, 'CNY'));
      }}
    />
  );
}

/** The rule of a CnyAmountInput: text that is no amount is refused with the reason. */
export const cnyAmountRule = {
  validator: (_: unknown, value: unknown) => {
    if (typeof value !== 'string') return Promise.resolve();
    const parsed = parseAmount(value, 'CNY');
    return parsed.ok
      ? Promise.resolve()
      : Promise.reject(new Error(`折合人民币：${parsed.message}`));
  },
};

function textOf(value: Props['value']): string {
  if (value === undefined) return '';
  return typeof value === 'number' ? formatAmount(value, 'CNY') : value;
}

function says(text: string, value: Props['value']): boolean {
  if (value === undefined) return text.trim() === '';
  if (typeof value === 'string') return text === value;
  const parsed = parseAmount(text, 'CNY');
  return parsed.ok && parsed.value === value;
}
