// Runs the claim extractors on a short text, as the comparison does for a source, and picks out
// claims by kind so each extractor's tests read as sentences and the values they should yield.

import { buildEntityIndex, emptyEntityIndex, type EntityRecord } from '../../../src-main/core/compare/claims/actors/resolve-names.ts';
import { dayNumber, parseIsoRange } from '../../../src-main/core/compare/claims/dates/calendar.ts';
import { extractSourceClaims } from '../../../src-main/core/compare/claims/extract-claims.ts';
import type { Claim, ClaimKind } from '../../../src-main/core/compare/claims/types.ts';

export interface ReadOptions {
  /** The source's publication date, ISO. */
  published?: string;
  /** The event's date, ISO. */
  event?: string;
  entities?: EntityRecord[];
}

export function claimsIn(text: string, options: ReadOptions = {}): Claim[] {
  const published = options.published === undefined ? null : (parseIsoRange(options.published)?.from ?? null);
  const event = parseIsoRange(options.event ?? null);
  const entities = options.entities === undefined ? emptyEntityIndex : buildEntityIndex(options.entities);
  return extractSourceClaims(text, { published, event }, entities).claims;
}

export function ofKind(text: string, kind: ClaimKind, options: ReadOptions = {}): Claim[] {
  return claimsIn(text, options).filter((c) => c.kind === kind);
}

/** The one claim of a kind in a text (fails the test otherwise). */
export function only(text: string, kind: ClaimKind, options: ReadOptions = {}): Claim {
  const found = ofKind(text, kind, options);
  if (found.length !== 1) throw new Error(`expected one ${kind} claim in "${text}", found ${found.length}: ${found.map((c) => c.display).join(', ')}`);
  return found[0] as Claim;
}

export function day(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dayNumber(y ?? 1970, m ?? 1, d ?? 1);
}

export function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
