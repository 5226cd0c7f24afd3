// A passage's text with the claims inside it underlined by kind (numbers, dates, names, places);
// claims the accounts disagree on are marked as differences.

import type { ReactNode } from 'react';
import type { ClaimView } from '../../../src-main/core/compare/compare-event.ts';

interface Props {
  text: string;
  start: number | null;
  claims: readonly ClaimView[];
  disputed: ReadonlySet<string>;
}

export function ClaimMarkedText({ text, start, claims, disputed }: Props) {
  if (start === null) return <>{text}</>;
  const inside = claims
    .filter((c) => c.start >= start && c.end <= start + text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    // Overlapping claims: the first (longest) wins.
    .filter((c, i, all) => all.slice(0, i).every((o) => o.end <= c.start || o.start >= c.end));
  const parts: ReactNode[] = [];
  let at = 0;
  for (const claim of inside) {
    const from = claim.start - start;
    const to = claim.end - start;
    if (from > at) parts.push(text.slice(at, from));
    const conflict = disputed.has(claim.key) && claim.excluded === null;
    parts.push(
      <mark key={`${claim.key}:${claim.start}`} className={`claim-mark claim-mark--${claim.kind} ${conflict ? 'claim-mark--conflict' : ''}`} title={`${claim.label}: ${claim.display}`}>
        {text.slice(from, to)}
      </mark>,
    );
    at = to;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
