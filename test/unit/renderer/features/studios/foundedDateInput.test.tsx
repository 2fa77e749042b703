import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PartialDate } from '../../../../../renderer/src/domain/partialDate';
import {
  PartialDateInput,
  partialDateRule,
} from '../../../../../renderer/src/features/records/PartialDateInput';

// 成立日期 of the studio form, through the shared date input it uses.
type PartialDateValue = PartialDate | string | undefined;

afterEach(cleanup);

/** The input as a form holds it: what it emits becomes its value. */
function Held({ initial, seen }: { initial?: PartialDateValue; seen: PartialDateValue[] }) {
  const [value, setValue] = useState<PartialDateValue>(initial);
  return (
    <>
      <label htmlFor="founded">成立日期</label>
      <PartialDateInput
        id="founded"
        value={value}
        onChange={(next) => {
          seen.push(next);
          setValue(next);
        }}
      />
      <button type="button" onClick={() => setValue({ year: 2019, month: 6 })}>
        换成另一版本
      </button>
    </>
  );
}

const input = () => screen.getByLabelText<HTMLInputElement>('成立日期');

describe('PartialDateInput', () => {
  it('holds a date as offices write it at its precision, and shows it back in full Chinese on leaving', () => {
    const seen: PartialDateValue[] = [];
    render(<Held seen={seen} />);
    fireEvent.change(input(), { target: { value: '2021-04-15' } });
    expect(seen.at(-1)).toEqual({ year: 2021, month: 4, day: 15 });
    // What was typed stays while typing.
    expect(input().value).toBe('2021-04-15');
    fireEvent.blur(input());
    expect(input().value).toBe('2021年4月15日');

    fireEvent.change(input(), { target: { value: '2021年初' } });
    expect(seen.at(-1)).toEqual({ year: 2021, note: '初' });
    fireEvent.change(input(), { target: { value: '' } });
    expect(seen.at(-1)).toBeUndefined();
  });

  it('keeps text that is not a date as typed, and the form rule names the field and the reason', async () => {
    const seen: PartialDateValue[] = [];
    render(<Held seen={seen} />);
    fireEvent.change(input(), { target: { value: '2021年13月' } });
    expect(seen.at(-1)).toBe('2021年13月');
    fireEvent.blur(input());
    expect(input().value).toBe('2021年13月');

    const rule = partialDateRule('成立日期');
    await expect(rule.validator(null, '2021年13月')).rejects.toThrow('成立日期：月份应在1至12之间');
    await expect(rule.validator(null, { year: 2021, month: 4 })).resolves.toBeUndefined();
    await expect(rule.validator(null, undefined)).resolves.toBeUndefined();
  });

  it('shows a value set from outside (a restored draft, a chosen version) in place of the text', () => {
    render(<Held initial={{ year: 2021, month: 4, day: 15 }} seen={[]} />);
    expect(input().value).toBe('2021年4月15日');
    fireEvent.click(screen.getByRole('button', { name: '换成另一版本' }));
    expect(input().value).toBe('2019年6月');
  });
});
