import { comparePartialDate } from './partialDate';
import { timelineSentence, type TimelineFact } from './timelineSentence';

/** One year of a 大事记. */
export interface TimelineYear<T extends TimelineFact> {
  year: number;
  lines: { fact: T; text: string }[];
}

/**
 * Orders facts into a 大事记 by year: by date (是月 after its month's days, 是年 after its
 * months), then in the given order for equal dates, each with its sentence.
 */
export function composeTimeline<T extends TimelineFact>(facts: readonly T[]): TimelineYear<T>[] {
  const sorted = facts
    .map((fact, index) => ({ fact, index }))
    .sort((a, b) => comparePartialDate(a.fact.date, b.fact.date) || a.index - b.index)
    .map(({ fact }) => fact);
  const years: TimelineYear<T>[] = [];
  let previous: T | undefined;
  for (const fact of sorted) {
    let year = years[years.length - 1];
    if (!year || year.year !== fact.date.year) {
      year = { year: fact.date.year, lines: [] };
      years.push(year);
      previous = undefined;
    }
    year.lines.push({ fact, text: timelineSentence(fact, { previous: previous?.date }) });
    previous = fact;
  }
  return years;
}
