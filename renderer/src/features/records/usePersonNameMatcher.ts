import { useEffect, useState } from 'react';
import { lazyValue } from '../../shared/lazyValue';

/** Whether `query` finds the person named `name` (or one of `otherNames`). */
export type PersonNameMatcher = (
  query: string,
  name: string,
  otherNames?: readonly string[],
) => boolean;

const realMatcher = lazyValue<PersonNameMatcher>(() =>
  import('../../domain/search/matchesPersonName').then((module) => module.matchesPersonName),
);

/** Until the pinyin tables are loaded: what was typed, as part of a name (case aside). */
const byText: PersonNameMatcher = (query, name, otherNames = []) => {
  const typed = query.trim().toLowerCase();
  return typed === '' || [name, ...otherNames].some((n) => n.toLowerCase().includes(typed));
};

/**
 * matchesPersonName (繁简, pinyin and initials: sgh → 单国华) for a picker's filterOption. Its
 * tables (a few hundred KB, built as they load) come in an idle moment after the picker is drawn,
 * not with the page; a name typed before then is matched as text and matched again once they are.
 * `wanted` false: a picker of other things, which needs none of it.
 */
export function usePersonNameMatcher(wanted = true): PersonNameMatcher {
  const [matcher, setMatcher] = useState<PersonNameMatcher>(() => realMatcher.current() ?? byText);
  useEffect(() => {
    if (realMatcher.current() || !wanted) return;
    let gone = false;
    const load = () =>
      void realMatcher
        .load()
        .then((match) => {
          if (!gone) setMatcher(() => match);
        })
        .catch(() => undefined); // the text match stays
    // Chromium has idle callbacks; a test's DOM may not.
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(load, 0);
      return () => {
        gone = true;
        clearTimeout(timer);
      };
    }
    const idle = requestIdleCallback(load, { timeout: 1500 });
    return () => {
      gone = true;
      cancelIdleCallback(idle);
    };
  }, [wanted]);
  return matcher;
}
