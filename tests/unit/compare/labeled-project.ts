// Builds the labelled set as a user would: imports the sample and the corpus, highlights the passages,
// creates the events and links them; then scores discrepancy detection (precision, recall) and
// alignment (top-1 accuracy) against the labels. Used by the tests (with floors) and by the bench.

import { readFileSync } from 'node:fs';
import { segment } from '../../../src-main/core/compare/text/segment.ts';
import type { Core } from '../../../src-main/core/core.ts';
import { sampleDocuments } from '../../../src-main/core/sample/documents.ts';
import { corpusFolder, freshCore, unwrap } from '../core-harness.ts';
import { alignmentCases, documents, eventCases, type ConflictCase, type DocumentName, type EventCase, type PhraseRef } from './labeled-set.ts';

export interface LabeledProject {
  core: Core;
  sourceOf: Record<DocumentName, string>;
  textOf: Record<DocumentName, string>;
  /** Event ids by case name, once built. */
  events: Map<string, string>;
}

export interface Span {
  start: number;
  end: number;
}

export function openLabeledProject(): LabeledProject {
  const core = freshCore();
  const sourceOf = {} as Record<DocumentName, string>;
  const textOf = {} as Record<DocumentName, string>;
  for (const [name, where] of Object.entries(documents) as [DocumentName, (typeof documents)[DocumentName]][]) {
    const bytes =
      'sample' in where
        ? Buffer.from(sampleDocuments.find((d) => d.fileName === where.sample)?.content ?? '', 'utf8')
        : readFileSync(new URL(where.corpus, corpusFolder));
    const fileName = 'sample' in where ? where.sample : where.corpus;
    const outcome = unwrap(core.call('sources.import', { fileName, dataBase64: bytes.toString('base64') }));
    sourceOf[name] = outcome.source.id;
    textOf[name] = unwrap(core.call('sources.get', { id: outcome.source.id })).text;
  }
  return { core, sourceOf, textOf, events: new Map() };
}

/** Where a phrase is in its document's reading text; throws if the import changed it. */
export function locate(project: LabeledProject, ref: PhraseRef): Span {
  const text = project.textOf[ref.doc];
  let at = -1;
  for (let k = 0; k <= (ref.occurrence ?? 0); k += 1) at = text.indexOf(ref.phrase, at + 1);
  if (at === -1) throw new Error(`"${ref.phrase}" is not in ${ref.doc}`);
  return { start: at, end: at + ref.phrase.length };
}

/** The paragraph (or sentence) around a phrase: what the user highlights. */
export function extentOf(project: LabeledProject, ref: PhraseRef, extent: 'paragraph' | 'sentence'): Span {
  const span = locate(project, ref);
  const seg = segment(project.textOf[ref.doc]);
  if (extent === 'sentence') {
    const sentences = seg.sentences.filter((s) => s.start < span.end && s.end > span.start);
    return { start: sentences[0]?.start ?? span.start, end: sentences.at(-1)?.end ?? span.end };
  }
  const paragraph = seg.paragraphs.find((p) => p.start <= span.start && p.end >= span.end);
  return paragraph === undefined ? span : { start: paragraph.start, end: paragraph.end };
}

export function buildEvent(project: LabeledProject, event: EventCase): string {
  const { core } = project;
  const created = unwrap(core.call('events.create', { title: event.title, date: { start: event.date.start, end: event.date.end ?? null, precision: event.date.precision } }));
  for (const passage of event.passages) {
    const span = extentOf(project, passage, passage.extent ?? 'paragraph');
    const highlight = unwrap(core.call('annotations.create', { sourceId: project.sourceOf[passage.doc], target: span }));
    unwrap(core.call('events.link', { highlightId: highlight.id, eventId: created.id, stance: passage.stance ?? 'reports' }));
  }
  project.events.set(event.name, created.id);
  return created.id;
}

export function buildAllEvents(project: LabeledProject): void {
  for (const event of eventCases) buildEvent(project, event);
}

export interface DetectionScore {
  detected: number;
  truePositives: number;
  labeled: number;
  found: number;
  precision: number;
  recall: number;
  falsePositives: string[];
  missed: string[];
}

interface DetectedUnit {
  event: string;
  kind: string;
  key: string;
  docs: [DocumentName, DocumentName];
  spans: Map<DocumentName, Span[]>;
  summary: string;
}

/** Precision and recall of discrepancy detection over source pairs that disagree on one thing. */
export function scoreDiscrepancies(project: LabeledProject): DetectionScore {
  const docOf = new Map(Object.entries(project.sourceOf).map(([doc, id]) => [id, doc as DocumentName]));
  const units: DetectedUnit[] = [];
  for (const event of eventCases) {
    const eventId = project.events.get(event.name);
    if (eventId === undefined) continue;
    const comparison = unwrap(project.core.call('compare.event', { eventId }));
    for (const d of comparison.discrepancies) {
      for (const pair of d.conflicts) {
        const a = docOf.get(pair.sourceA);
        const b = docOf.get(pair.sourceB);
        if (a === undefined || b === undefined) continue;
        const spans = new Map<DocumentName, Span[]>();
        for (const side of d.sources) {
          const doc = docOf.get(side.sourceId);
          if (doc !== undefined) spans.set(doc, side.claims.filter((c) => c.excluded === null).map((c) => ({ start: c.start, end: c.end })));
        }
        const say = (doc: DocumentName) => d.sources.find((s) => s.sourceId === project.sourceOf[doc])?.claims.filter((c) => c.excluded === null).map((c) => c.display).join(' / ');
        units.push({ event: event.name, kind: d.kind, key: d.key, docs: [a, b], spans, summary: `${event.name} ${d.key}: ${a} [${say(a)}] vs ${b} [${say(b)}]` });
      }
    }
  }
  const labels = eventCases.flatMap((event) => event.conflicts.map((conflict) => ({ event: event.name, conflict })));
  const matches = (unit: DetectedUnit, label: { event: string; conflict: ConflictCase }) => {
    if (unit.event !== label.event || unit.kind !== label.conflict.kind) return false;
    const sides = [label.conflict.a, label.conflict.b];
    const docsA = label.conflict.a[0]?.doc;
    const docsB = label.conflict.b[0]?.doc;
    if (!((unit.docs[0] === docsA && unit.docs[1] === docsB) || (unit.docs[0] === docsB && unit.docs[1] === docsA))) return false;
    return sides.every((refs) => refs.some((ref) => (unit.spans.get(ref.doc) ?? []).some((s) => overlaps(s, locate(project, ref)))));
  };
  const truePositives = units.filter((u) => labels.some((l) => matches(u, l)));
  const found = labels.filter((l) => units.some((u) => matches(u, l)));
  return {
    detected: units.length,
    truePositives: truePositives.length,
    labeled: labels.length,
    found: found.length,
    precision: units.length === 0 ? 1 : truePositives.length / units.length,
    recall: labels.length === 0 ? 1 : found.length / labels.length,
    falsePositives: units.filter((u) => !truePositives.includes(u)).map((u) => u.summary),
    missed: labels.filter((l) => !found.includes(l)).map((l) => `${l.event} ${l.conflict.kind} ${l.conflict.what}: ${l.conflict.a[0]?.doc} vs ${l.conflict.b[0]?.doc}`),
  };
}

export interface AlignmentScore {
  cases: number;
  correct: number;
  accuracy: number;
  wrong: string[];
}

/** Top-1 accuracy of compare.align: the passage aligned with phrase a is the one holding (one of) phrase b. */
export function scoreAlignment(project: LabeledProject): AlignmentScore {
  const wrong: string[] = [];
  let correct = 0;
  const cache = new Map<string, { a: Span; b: Span; text: string }[]>();
  for (const c of alignmentCases) {
    const docB = c.b[0]?.doc ?? c.a.doc;
    const key = `${c.a.doc}|${docB}`;
    let pairs = cache.get(key);
    if (pairs === undefined) {
      const aligned = unwrap(project.core.call('compare.align', { sourceIdA: project.sourceOf[c.a.doc], sourceIdB: project.sourceOf[docB] }));
      pairs = aligned.pairs.map((p) => ({ a: p.a, b: p.b, text: p.b.text }));
      cache.set(key, pairs);
    }
    const a = locate(project, c.a);
    const pair = pairs.find((p) => overlaps(p.a, a));
    if (pair !== undefined && c.b.some((ref) => overlaps(pair.b, locate(project, ref)))) correct += 1;
    else wrong.push(`${c.note}: ${pair === undefined ? 'not aligned' : `aligned with "${pair.text.slice(0, 70)}"`}`);
  }
  return { cases: alignmentCases.length, correct, accuracy: correct / alignmentCases.length, wrong };
}

/** Top-1 accuracy of compare.findPassage from phrase a's sentence into b's source. */
export function scoreFindPassage(project: LabeledProject): AlignmentScore {
  const wrong: string[] = [];
  let correct = 0;
  for (const c of alignmentCases) {
    const docB = c.b[0]?.doc ?? c.a.doc;
    const a = extentOf(project, c.a, 'sentence');
    const result = unwrap(project.core.call('compare.findPassage', { sourceId: project.sourceOf[c.a.doc], start: a.start, end: a.end, sourceIds: [project.sourceOf[docB]], limit: 1 }));
    const best = result.matches[0];
    if (best !== undefined && c.b.some((ref) => overlaps(best, locate(project, ref)))) correct += 1;
    else wrong.push(`${c.note}: ${best === undefined ? 'nothing found' : `found "${best.text.slice(0, 70)}"`}`);
  }
  return { cases: alignmentCases.length, correct, accuracy: correct / alignmentCases.length, wrong };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
