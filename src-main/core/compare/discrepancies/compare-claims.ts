// Finds the discrepancies among the claims several sources make about one event: claims are grouped by
// what they are about (kind and subject), and two sources conflict on a group when their values cannot
// both be true. Counts and quantities must agree value by value (a figure one source gives that the other
// contradicts is a conflict); dates, actors and places only need common ground, because one source may
// date several attacks or name several places where the other names one.

import type { Claim, ClaimKind } from '../claims/types.ts';
import { compatible } from './compatible.ts';

export interface SourcedClaim extends Claim {
  sourceId: string;
  /** The linked passages the claim was read from. */
  highlightIds: string[];
  /** The sentence around the claim, for quoting. */
  quote: string;
  /** Claims from passages linked as context or as disputing the event are shown but not compared. */
  compared: boolean;
}

export type GroupStatus = 'conflict' | 'agree' | 'single';

export interface ClaimGroup {
  /** Stable across recomputation: what a resolution is filed under. */
  key: string;
  kind: ClaimKind;
  subject: string;
  label: string;
  status: GroupStatus;
  claims: SourcedClaim[];
  /** Pairs of sources that disagree, with the claims on each side that the other cannot accommodate. */
  conflicts: { sourceA: string; sourceB: string; claimsA: number[]; claimsB: number[] }[];
}

/** Whether source `b`'s text mentions place `name` at all: a place it names is no contradiction of it. */
export type MentionCheck = (sourceId: string, name: string) => boolean;

const everyValue: ReadonlySet<ClaimKind> = new Set(['count', 'quantity']);

export function compareClaims(claims: readonly SourcedClaim[], mentions: MentionCheck): ClaimGroup[] {
  const groups = new Map<string, SourcedClaim[]>();
  for (const claim of claims) {
    const key = `${claim.kind}:${claim.subject}`;
    const list = groups.get(key) ?? [];
    list.push(claim);
    groups.set(key, list);
  }
  const out: ClaimGroup[] = [];
  for (const [key, list] of groups) {
    const first = list[0];
    if (first === undefined) continue;
    const comparable = list.map((c, index) => ({ c, index })).filter(({ c }) => c.compared && c.excluded === null);
    const sources = [...new Set(comparable.map(({ c }) => c.sourceId))];
    const conflicts: ClaimGroup['conflicts'] = [];
    for (let i = 0; i < sources.length; i += 1) {
      for (let j = i + 1; j < sources.length; j += 1) {
        const sa = sources[i] ?? '';
        const sb = sources[j] ?? '';
        const a = comparable.filter(({ c }) => c.sourceId === sa);
        const b = comparable.filter(({ c }) => c.sourceId === sb);
        const conflict = disagree(first.kind, a, b, sa, sb, mentions);
        if (conflict !== null) conflicts.push({ sourceA: sa, sourceB: sb, ...conflict });
      }
    }
    out.push({
      key,
      kind: first.kind,
      subject: first.subject,
      label: first.subjectLabel,
      status: conflicts.length > 0 ? 'conflict' : sources.length > 1 ? 'agree' : 'single',
      claims: list,
      conflicts,
    });
  }
  return out.sort((x, y) => order(x.status) - order(y.status) || x.key.localeCompare(y.key));
}

type Indexed = { c: SourcedClaim; index: number };

function disagree(kind: ClaimKind, a: Indexed[], b: Indexed[], sa: string, sb: string, mentions: MentionCheck): { claimsA: number[]; claimsB: number[] } | null {
  const fits = (x: Indexed, others: Indexed[], otherSource: string) =>
    others.some((y) => compatible(x.c, y.c)) || (kind === 'place' && x.c.value.kind === 'place' && mentions(otherSource, x.c.value.name));
  if (everyValue.has(kind)) {
    const loneA = a.filter((x) => !fits(x, b, sb));
    const loneB = b.filter((y) => !fits(y, a, sa));
    if (loneA.length === 0 && loneB.length === 0) return null;
    // Show each side's figures that the other side does not support (or all of a side when only the other has any).
    return {
      claimsA: (loneA.length > 0 ? loneA : a).map((x) => x.index),
      claimsB: (loneB.length > 0 ? loneB : b).map((y) => y.index),
    };
  }
  if (kind === 'date') return datesDisagree(a, b);
  const common = a.some((x) => fits(x, b, sb)) || b.some((y) => fits(y, a, sa));
  return common ? null : { claimsA: a.map((x) => x.index), claimsB: b.map((y) => y.index) };
}

/**
 * Dates are compared on their days and on their times of day separately: "on Saturday" in one sentence and
 * "at around 10am" in the next are both the source's word on the explosion, against another's "11:30am".
 */
function datesDisagree(a: Indexed[], b: Indexed[]): { claimsA: number[]; claimsB: number[] } | null {
  const dayOf = (x: Indexed) => (x.c.value.kind === 'date' ? x.c.value.day : null);
  const timeOf = (x: Indexed) => (x.c.value.kind === 'date' ? x.c.value.time : null);
  for (const part of [dayOf, timeOf]) {
    const da = a.filter((x) => part(x) !== null);
    const db = b.filter((y) => part(y) !== null);
    if (da.length === 0 || db.length === 0) continue;
    if (!da.some((x) => db.some((y) => compatible(x.c, y.c)))) return { claimsA: da.map((x) => x.index), claimsB: db.map((y) => y.index) };
  }
  return null;
}

function order(status: GroupStatus): number {
  return status === 'conflict' ? 0 : status === 'agree' ? 1 : 2;
}
