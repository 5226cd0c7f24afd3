// Compare by event: one column per source with its linked passages in reading order and its metadata,
// the claims read from those passages, and what the accounts disagree on (with the user's resolutions),
// agree on, and what only one of them says.

import type Database from 'better-sqlite3';
import { loadEntityIndex, entityListVersion } from '../events/entities/entity-rows.ts';
import { eventDayRange } from '../events/event-dates.ts';
import { linkedPassages, readEvent } from '../events/event-rows.ts';
import type { EventSummary, LinkedPassage } from '../events/event-types.ts';
import { compareClaims, type ClaimGroup, type SourcedClaim } from './discrepancies/compare-claims.ts';
import { resolutionsOf, type Resolution } from './discrepancies/resolutions.ts';
import { claimsOf, loadSource, type LoadedSource, type SourceCard } from './source-claims.ts';
import type { DayRange } from './claims/dates/calendar.ts';
import type { Claim } from './claims/types.ts';
import { fold } from './text/words.ts';

export interface ClaimView {
  kind: SourcedClaim['kind'];
  key: string;
  label: string;
  display: string;
  text: string;
  start: number;
  end: number;
  quote: string;
  highlightIds: string[];
  /** Why the claim is not compared, if it is not: hearsay, a part of a total, a negation, or the passage's stance. */
  excluded: SourcedClaim['excluded'] | 'stance';
}

export interface PassageView extends Omit<LinkedPassage, 'sourceId' | 'sourceTitle'> {
  claims: ClaimView[];
}

export interface Column {
  source: SourceCard;
  passages: PassageView[];
}

export interface SourceClaimsView {
  sourceId: string;
  sourceTitle: string;
  claims: ClaimView[];
}

export interface DiscrepancyView {
  key: string;
  kind: SourcedClaim['kind'];
  label: string;
  /** Which source says what, with quotes. */
  sources: SourceClaimsView[];
  /** The pairs of sources that cannot both be right. */
  conflicts: { sourceA: string; sourceB: string }[];
  resolution: Resolution | null;
}

export interface GroupView {
  key: string;
  kind: SourcedClaim['kind'];
  label: string;
  sources: SourceClaimsView[];
}

export interface EventComparison {
  event: EventSummary;
  columns: Column[];
  discrepancies: DiscrepancyView[];
  agreements: GroupView[];
  /** Claims only one account makes: the other accounts are silent on them. */
  onlyIn: GroupView[];
}

export interface EventAnalysis {
  event: EventSummary;
  sources: LoadedSource[];
  passages: LinkedPassage[];
  claims: SourcedClaim[];
  groups: ClaimGroup[];
}

/** Reads the claims of an event's passages and compares them; shared by compare.event and the resolutions. */
export function analyseEvent(db: Database.Database, eventId: string): EventAnalysis {
  const { passages, ...event } = readEvent(db, eventId);
  const entities = loadEntityIndex(db);
  const version = entityListVersion(db);
  const range = eventDayRange(event.date);
  const sourceIds = [...new Set(passages.map((p) => p.sourceId))];
  const sources = sourceIds.map((id) => loadSource(db, id));
  const claims: SourcedClaim[] = [];
  for (const source of sources) {
    const read = claimsOf(source, range, entities, version);
    const elsewhen = sentencesAboutAnotherTime(read.claims, range);
    const own = passages.filter((p) => p.sourceId === source.card.id && p.start !== null && p.end !== null);
    for (const claim of read.claims) {
      const sentence = read.segmented.sentences[claim.sentence];
      if (sentence === undefined) continue;
      // A claim belongs to a passage when the passage touches its sentence.
      const holders = own.filter((p) => (p.start ?? 0) < sentence.end && (p.end ?? 0) > sentence.start);
      if (holders.length === 0) continue;
      const { sentence: _, ...rest } = claim;
      claims.push({
        ...rest,
        excluded: rest.excluded ?? (elsewhen.has(claim.sentence) ? 'another time' : null),
        sourceId: source.card.id,
        highlightIds: holders.map((h) => h.highlightId),
        quote: sentence.text.length > 400 ? `${sentence.text.slice(0, 397)}…` : sentence.text,
        compared: holders.some((h) => h.stance === 'reports'),
      });
    }
  }
  const folded = new Map(sources.map((s) => [s.card.id, ` ${fold(s.text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `]));
  const mentions = (sourceId: string, name: string) => (folded.get(sourceId) ?? '').includes(` ${fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `);
  return { event, sources, passages, claims, groups: compareClaims(claims, mentions) };
}

export function compareEvent(db: Database.Database, eventId: string): EventComparison {
  const analysis = analyseEvent(db, eventId);
  const resolutions = resolutionsOf(db, eventId, analysis.groups);
  const titles = new Map(analysis.sources.map((s) => [s.card.id, s.card.title]));
  const columns: Column[] = analysis.sources.map((source) => ({
    source: source.card,
    passages: analysis.passages
      .filter((p) => p.sourceId === source.card.id)
      .map(({ sourceId: _s, sourceTitle: _t, ...p }) => ({
        ...p,
        claims: analysis.claims.filter((c) => c.sourceId === source.card.id && c.highlightIds.includes(p.highlightId)).map(view),
      })),
  }));
  const bySource = (group: ClaimGroup): SourceClaimsView[] => {
    const ids = [...new Set(group.claims.map((c) => c.sourceId))];
    return ids.map((id) => ({ sourceId: id, sourceTitle: titles.get(id) ?? '', claims: group.claims.filter((c) => c.sourceId === id).map(view) }));
  };
  const groupView = (group: ClaimGroup): GroupView => ({ key: group.key, kind: group.kind, label: group.label, sources: bySource(group) });
  return {
    event: analysis.event,
    columns,
    discrepancies: analysis.groups
      .filter((g) => g.status === 'conflict')
      .map((g) => ({
        ...groupView(g),
        conflicts: g.conflicts.map((c) => ({ sourceA: c.sourceA, sourceB: c.sourceB })),
        resolution: resolutions.get(g.key) ?? null,
      })),
    agreements: analysis.groups.filter((g) => g.status === 'agree').map(groupView),
    onlyIn: analysis.groups.filter((g) => g.status === 'single' && g.claims.some((c) => c.compared && c.excluded === null)).map(groupView),
  };
}

/** How far (in days) a sentence's dates may lie from the event's and still be about it. */
const eventSlack = 31;

/**
 * Sentences whose dates all lie well away from the event's: their claims are about another happening
 * told for background ("since 2019, when 20 people died in a similar blast"), not compared.
 */
function sentencesAboutAnotherTime(claims: readonly (Claim & { sentence: number })[], range: DayRange | null): Set<number> {
  const out = new Set<number>();
  if (range === null) return out;
  const near = new Set<number>();
  for (const claim of claims) {
    if (claim.value.kind !== 'date' || claim.value.day === null) continue;
    const { from, to } = claim.value.day;
    if (to < range.from - eventSlack || from > range.to + eventSlack) out.add(claim.sentence);
    else near.add(claim.sentence);
  }
  for (const sentence of near) out.delete(sentence);
  return out;
}

function view(claim: SourcedClaim): ClaimView {
  return {
    kind: claim.kind,
    key: `${claim.kind}:${claim.subject}`,
    label: claim.subjectLabel,
    display: claim.display,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    quote: claim.quote,
    highlightIds: claim.highlightIds,
    excluded: claim.excluded ?? (claim.compared ? null : 'stance'),
  };
}
