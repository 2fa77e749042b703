import { Input } from 'antd';
import { useState } from 'react';
import {
  formatPartialDate,
  isAfterDay,
  localTodayIso,
  parsePartialDate,
  samePartialDate,
  type PartialDate,
} from '../../domain/partialDate';

interface Props {
  id?: string;
  /** A date, or the text typed so far when it is not one yet. */
  value?: PartialDate | string | undefined;
  onChange?: (value: PartialDate | string | undefined) => void;
  placeholder?: string;
  /** The name of an input with no visible label beside it (a row of a table). */
  'aria-label'?: string;
}

/**
 * A date as offices write it — 2021年4月15日, 2021.4.15, 2021年4月, 2021年初 — to the day, the
 * month or only the year. What cannot be read yet stays as typed and is handed on as text, so
 * the form's rule (partialDateRule) can say why.
 */
export function PartialDateInput({
  id,
  value,
  onChange,
  placeholder,
  'aria-label': ariaLabel,
}: Props) {
  const [text, setText] = useState(() => textOf(value));
  // The form may set another value (a draft restored, a record moved on, a field cleared): the
  // text follows it unless it already says the same.
  if (!says(text, value)) setText(textOf(value));
  return (
    <Input
      id={id}
      aria-label={ariaLabel}
      value={says(text, value) ? text : textOf(value)}
      placeholder={placeholder}
      autoComplete="off"
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        if (next.trim() === '') onChange?.(undefined);
        else {
          const parsed = parsePartialDate(next);
          onChange?.(parsed.ok ? parsed.value : next);
        }
      }}
      onBlur={() => {
        if (typeof value === 'object') setText(formatPartialDate(value));
      }}
    />
  );
}

/** The antd rule of a PartialDateInput: text that is not a date is refused with the reason. */
export function partialDateRule(label: string) {
  return {
    validator: (_: unknown, value: unknown) => {
      if (typeof value !== 'string') return Promise.resolve();
      const parsed = parsePartialDate(value);
      return parsed.ok
        ? Promise.resolve()
        : Promise.reject(new Error(`${label}：${parsed.message}`));
    },
  };
}

/**
 * A warning, not a refusal, for a date after today: most often a year mistyped (2062 for 2026,
 * 2016 typed as 2061); a planned activity may also be one, so the save goes through.
 */
export function futureDateWarning(label: string, now: () => Date = () => new Date()) {
  return {
    warningOnly: true,
    validator: (_: unknown, value: unknown) => {
      const today = localTodayIso(now());
      return typeof value === 'object' && value !== null && isAfterDay(value as PartialDate, today)
        ? Promise.reject(new Error(`${label}晚于今天，请核对年份`))
        : Promise.resolve();
    },
  };
}

/** A refusal of a date after today, where none can be (出生年月). */
export function notAfterTodayRule(label: string, now: () => Date = () => new Date()) {
  return {
    validator: (_: unknown, value: unknown) =>
      typeof value === 'object' &&
      value !== null &&
      isAfterDay(value as PartialDate, localTodayIso(now()))
        ? Promise.reject(new Error(`${label}：不能晚于今天`))
        : Promise.resolve(),
  };
}

function textOf(value: Props['value']): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : formatPartialDate(value);
}

/** Whether the text typed stands for the form's value. */
function says(text: string, value: Props['value']): boolean {
  if (value === undefined) return text.trim() === '';
  if (typeof value === 'string') return text === value;
  const parsed = parsePartialDate(text);
  return parsed.ok && samePartialDate(parsed.value, value);
}
