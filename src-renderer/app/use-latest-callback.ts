// A callback whose identity never changes but which always runs the latest
// render's function: memoized table rows take it as a prop and are not drawn
// again when the parent re-renders on every scroll frame.

import { useCallback, useLayoutEffect, useRef } from 'react';

export function useLatestCallback<Args extends unknown[], Result>(fn: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
