// The search box's answer: the typed text debounced (~100 ms), one cached query
// per text (an older text's late answer is simply never shown), the last
// results kept on screen while the next ones load.

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call } from '../api/call.ts';
import { CallError } from '../api/call-error.ts';
import { queryKeys } from '../api/query-keys.ts';
import { useDebouncedEffect } from '../library/use-debounced-effect.ts';

const debounceMs = 100;
/** Results per kind in the panel. */
const perKind = 6;

export function useSearch(text: string) {
  const [settled, setSettled] = useState(text);
  useDebouncedEffect(text, debounceMs, setSettled);
  const query = settled.trim();
  const result = useQuery({
    queryKey: queryKeys.searchResults(query),
    queryFn: () => call('search.query', { query, limit: perKind, asYouType: true }),
    enabled: query !== '',
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
  // The core's plain-language message for a query it cannot read; other failures are errors.
  const invalid = result.error instanceof CallError && result.error.code === 'invalid_input' ? result.error.message : null;
  return { ...result, query, invalid, typing: text.trim() !== query };
}
