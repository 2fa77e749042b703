import { Input, Tooltip } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { parseRuleNumber } from '../../domain/points';

interface Props {
  /** The box's accessible name, and the name its problem is reported under. */
  label: string;
  value: number;
  onChange: (value: number) => void;
  /** Told when the text typed stops reading as a number (with the reason) or reads as one again. */
  onProblem: (label: string, message: string | null) => void;
  /** A count (提醒标准), not points: no fraction. */
  integer?: boolean;
  suffix?: string;
  width?: number;
}

/**
 * A number of the rules, typed as text and kept as typed: what reads as 0–100 is the rule's new
 * value, anything else stays in the box, marked, and is reported — the rule keeps its old value.
 * (antd's InputNumber turned −3 into 0 and “abc” into nothing, unseen.)
 */
export function RuleNumberInput({
  label,
  value,
  onChange,
  onProblem,
  integer = false,
  suffix,
  width = 72,
}: Props) {
  // null: the box shows the rule's value (also after it is changed from outside, as by 恢复默认).
  const [text, setText] = useState<string | null>(null);
  // The rule as it was when this box was entered: while the text is refused, it stands again (the
  // 履职提醒 list and the grade preview must not count with a half-typed 0 of “0.5”).
  const before = useRef<number | null>(null);
  const read = text === null ? null : parseRuleNumber(text, { integer });
  const own = text !== null && read !== null && (!read.ok || read.value === value);
  // The reason beside the box while it is being typed in: the card's list of problems may be
  // far below, out of sight.
  const [focused, setFocused] = useState(false);
  const refused = read && !read.ok ? read.message : null;
  // The last reason stays the tooltip's text while it fades out, so it never shows empty.
  const [lastReason, setLastReason] = useState('');
  return (
    <Tooltip open={focused && refused !== null} title={refused ?? lastReason}>
      <Input
        aria-label={label}
        aria-invalid={read && !read.ok ? true : undefined}
        status={read && !read.ok ? 'error' : undefined}
        value={own ? text : String(value)}
        inputMode="decimal"
        autoComplete="off"
        suffix={suffix}
        style={{ width }}
        onFocus={() => {
          before.current = value;
          setFocused(true);
        }}
        onChange={(event) => {
          // A change with no focus before it (text dropped in) starts from the value as it is.
          before.current ??= value;
          const typed = event.target.value;
          const next = parseRuleNumber(typed, { integer });
          setText(typed);
          if (!next.ok) setLastReason(next.message);
          if (next.ok) onChange(next.value);
          else if (before.current !== null && before.current !== value) onChange(before.current);
          onProblem(label, next.ok ? null : next.message);
        }}
        // A number typed in full-width digits or with spaces is shown as it is kept once left.
        onBlur={() => {
          before.current = null;
          setFocused(false);
          if (read?.ok) setText(null);
        }}
      />
    </Tooltip>
  );
}

/**
 * The problems of a group of RuleNumberInputs, by label: while there is one, what they belong to
 * is not saved. `clear` goes with remounting the boxes (their `key`), as 放弃修改 does.
 */
export function useRuleProblems() {
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const report = useCallback((label: string, message: string | null) => {
    setProblems((previous) => {
      if ((previous.get(label) ?? null) === message) return previous;
      const next = new Map(previous);
      if (message === null) next.delete(label);
      else next.set(label, message);
      return next;
    });
  }, []);
  const clear = useCallback(() => setProblems(new Map()), []);
  const lines = [...problems].map(([label, message]) => `${label}：${message}`);
  return { lines, report, clear };
}
