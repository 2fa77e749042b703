import { useEffect, useLayoutEffect, useRef } from 'react';
import { addLeaveGuard } from './leaveGuards';

/**
 * While `isUnsaved()` says so, going to a page `keeps` says does not show this work asks first
 * (LeaveConfirm), naming it `what`. It is asked at that moment, so read a form's fields there:
 * a value watched through a render may lag a key typed just before the click.
 */
export function useLeaveGuard(
  what: string,
  isUnsaved: () => boolean,
  keeps: (hash: string) => boolean,
) {
  const latest = useRef(isUnsaved);
  useLayoutEffect(() => {
    latest.current = isUnsaved;
  });
  useEffect(
    () => addLeaveGuard({ unsaved: () => (latest.current() ? what : null), keeps }),
    [what, keeps],
  );
}
