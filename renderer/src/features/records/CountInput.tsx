import { Input } from 'antd';
import { useState, type CSSProperties } from 'react';
import { parseCount } from '../../domain/parseCount';

/** A number as the form holds it: the number once the text reads as one, else the text typed. */
export type CountValue = number | { text: string };

type Bounds = Parameters<typeof parseCount>[1];

interface Props {
  id?: string;
  value?: CountValue | null | undefined;
  onChange?: (value: CountValue | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
  /** What the number must be (an integer, above zero): for the text's reading, as the rule's. */
  bounds?: Bounds;
  'aria-label'?: string;
}

/**
 * A number typed as text — 2万, ２００００, 20,000 — kept as typed, and the number it reads as is
 * the field's value; text that reads as none stays too, for countRule to say why. A number box
 * turned 1万 into 1 and threw away what it could not read, behind the user's back.
 */
export function CountInput({ id, value, onChange, placeholder, style, bounds, ...rest }: Props) {
  const [text, setText] = useState(() => textOf(value));
  // A value set from outside (a draft restored, a reset) replaces the text; one typed here keeps it.
  if (!says(text, value, bounds)) setText(textOf(value));
  return (
    <Input
      id={id}
      aria-label={rest['aria-label']}
      value={says(text, value, bounds) ? text : textOf(value)}
      placeholder={placeholder}
      style={style}
      inputMode="decimal"
      autoComplete="off"
      onChange={(event) => {
        const typed = event.target.value;
        setText(typed);
        if (typed.trim() === '') return onChange?.(undefined);
        const read = parseCount(typed, bounds);
        onChange?.(read.ok ? read.value : { text: typed });
      }}
    />
  );
}

function textOf(value: CountValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : value.text;
}

function says(text: string, value: CountValue | null | undefined, bounds?: Bounds): boolean {
  if (value === null || value === undefined) return text.trim() === '';
  if (typeof value !== 'number') return text === value.text;
  const read = parseCount(text, bounds);
  return read.ok && read.value === value;
}

/** The antd rule of a CountInput: text that is no number (or out of bounds) is refused, saying why. */
export function countRule(label: string, bounds?: Bounds, required = false) {
  return {
    validator: async (_: unknown, value: CountValue | null | undefined) => {
      if (value === null || value === undefined) {
        if (required) throw new Error(`${label}：不能为空`);
        return;
      }
      const read = parseCount(typeof value === 'number' ? String(value) : value.text, bounds);
      if (!read.ok) throw new Error(`${label}：${read.message}`);
    },
  };
}
