import { Input } from 'antd';
import { useState } from 'react';
import { formatPartialDate, parsePartialDate, type PartialDate } from '../../domain/partialDate';
import { sameFieldValue } from '../../domain/records';

/**
 * What the input holds: the date once it reads as one, the text as typed while it does not (so a
 * draft keeps it and the form can say why), undefined when empty.
 */
export type PartialDateValue = PartialDate | string | undefined;

interface Props {
  id?: string;
  value?: PartialDateValue;
  onChange?: (value: PartialDateValue) => void;
  placeholder?: string;
}

function shown(value: PartialDateValue): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : formatPartialDate(value);
}

/**
 * A date typed as offices write it — 2021年4月15日, 2021-04-15, 2021年4月, 2021年初 — and kept at
 * that precision. On leaving the field a date that was read is shown back in full Chinese.
 */
export function PartialDateInput({ id, value, onChange, placeholder }: Props) {
  const [text, setText] = useState(() => shown(value));
  // The value this text stands for; a different one arriving (a draft, a chosen version) replaces it.
  const [textFor, setTextFor] = useState<PartialDateValue>(value);
  if (!sameFieldValue(value, textFor)) {
    setTextFor(value);
    setText(shown(value));
  }
  const change = (next: string) => {
    setText(next);
    const parsed = next.trim() === '' ? undefined : parsePartialDate(next);
    const emitted = parsed === undefined ? undefined : parsed.ok ? parsed.value : next;
    setTextFor(emitted);
    onChange?.(emitted);
  };
  return (
    <Input
      id={id}
      value={text}
      placeholder={placeholder}
      autoComplete="off"
      onChange={(event) => change(event.target.value)}
      onBlur={() => {
        if (value !== undefined && typeof value !== 'string') setText(formatPartialDate(value));
      }}
    />
  );
}

/** Form rule: why the typed text is not a date, as 「成立日期：…」; nothing when it is one. */
export function partialDateRule(label: string) {
  return {
    validator: (_rule: unknown, value: PartialDateValue) => {
      if (typeof value !== 'string') return Promise.resolve();
      const parsed = parsePartialDate(value);
      return parsed.ok
        ? Promise.resolve()
        : Promise.reject(new Error(`${label}：${parsed.message}`));
    },
  };
}
