import { useCallback, useEffect, useRef, useState } from 'react';

/** The record a list's row shows (RecordListPage marks its rows), if `element` is in one. */
const recordOf = (element: HTMLElement) =>
  element.closest('[data-record-id]')?.getAttribute('data-record-id') ?? null;

/**
 * For a dialog or drawer drawn only while open: the element that had the keyboard when it
 * appeared gets it back when it goes, unless the focus went somewhere on purpose meanwhile.
 * antd gives it back only for a dialog it keeps mounted; without this it fell to the page, and
 * Tab started again from the top. A list's row is given it back only while it still shows the
 * same record (a virtual list draws another record in a row scrolled away and back).
 * `leaveFocus` says the keyboard is placed elsewhere on purpose: nothing is given back
 * (`leaveFocus(false)` takes that back).
 */
export function useFocusBackOnClose(): { leaveFocus: (leave?: boolean) => void } {
  // Set once what the dialog did places the keyboard itself (a list selects a saved record's row).
  const leftRef = useRef(false);
  const [opener] = useState(() => {
    const at = document.activeElement;
    return at instanceof HTMLElement && at !== document.body
      ? { element: at, record: recordOf(at) }
      : null;
  });
  useEffect(
    () => () => {
      // After the frame in which the dialog went, and whatever focused a row or field in it.
      requestAnimationFrame(() => {
        if (leftRef.current) return;
        const now = document.activeElement;
        if (now !== null && now !== document.body) return;
        if (!opener?.element.isConnected || recordOf(opener.element) !== opener.record) return;
        opener.element.focus({ preventScroll: true });
      });
    },
    [opener],
  );
  const leaveFocus = useCallback((leave = true) => {
    leftRef.current = leave;
  }, []);
  return { leaveFocus };
}
