// Calls `callback(value)` once `value` has stopped changing for `delayMs`, so
// typing in a filter sends one query, not one per keystroke.

import { useEffect, useRef } from 'react';

export function useDebouncedEffect<T>(value: T, delayMs: number, callback: (value: T) => void): void {
  const latest = useRef(callback);

  useEffect(() => {
    latest.current = callback;
  }, [callback]);

  useEffect(() => {
    const timer = window.setTimeout(() => latest.current(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
}
