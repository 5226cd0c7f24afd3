// Replays every scripted revision kind on every picked highlight of the corpus and grades the engine:
// correct, flagged (visible but not ideal), missed (orphaned though still there) or wrong (attached elsewhere).

import { describeRange } from '../../../src-main/core/annotations/anchoring/describe-range.ts';
import { normalizeFragment } from '../../../src-main/core/annotations/anchoring/normalize.ts';
import { reanchor, reanchorMany } from '../../../src-main/core/annotations/anchoring/reanchor.ts';
import type { AnchorResult, AnchorTarget } from '../../../src-main/core/annotations/anchoring/types.ts';
import { loadCorpus, makeRng, wordsOf, type CorpusDoc } from './corpus.ts';
import { pickHighlights } from './highlights.ts';
import { EXPECTATION, KINDS, revise, type Kind, type Revision } from './revisions.ts';

export type Grade = 'correct' | 'flagged' | 'missed' | 'wrong';

export const LENGTH_BANDS = [
  { label: '1-3', max: 3 },
  { label: '4-12', max: 12 },
  { label: '13-32', max: 32 },
  { label: '33+', max: Number.POSITIVE_INFINITY },
] as const;

export interface KindReport {
  kind: Kind;
  cases: number;
  correct: number;
  flagged: number;
  missed: number;
  wrong: number;
  /** [cases, correct] per LENGTH_BANDS entry, by quote length. */
  byLength: Array<[number, number]>;
  /** A few wrong cases, for debugging. */
  examples: string[];
}

/** Fuzzy matches may shift a boundary by a character or two when the edit sits at the edge. */
const FUZZY_TOLERANCE = 2;

export function grade(kind: Kind, target: AnchorTarget, revision: Revision, result: AnchorResult): Grade {
  const expectation = EXPECTATION[kind];
  const { truth } = revision;
  if (result.status === 'orphaned' || result.position === null) return truth === null ? 'correct' : 'missed';
  const at = result.position;
  if (truth === null) {
    // Same words elsewhere, offered for review, is visible and not silent; anything else is a wrong attachment.
    const same = normalizeFragment(result.quote?.exact ?? '') === normalizeFragment(target.quote.exact);
    return result.status === 'fuzzy' && same ? 'flagged' : 'wrong';
  }
  const exactPlace = at.start === truth.start && at.end === truth.end;
  const nearPlace =
    Math.abs(at.start - truth.start) <= FUZZY_TOLERANCE && Math.abs(at.end - truth.end) <= FUZZY_TOLERANCE;
  if (!nearPlace) return 'wrong';
  const silent = result.status === 'anchored' || result.status === 'moved';
  if (silent && !exactPlace) return 'wrong';
  if (expectation === 'exact') return silent ? 'correct' : 'flagged';
  if (expectation === 'fuzzy') return result.status === 'fuzzy' ? 'correct' : 'wrong';
  return 'correct';
}

const DEFAULT_SEED = 20240611;

/** Every kind, as printed by bench/reanchor-accuracy.ts. */
export function runAccuracy(seed = DEFAULT_SEED): KindReport[] {
  return KINDS.map((kind) => runKind(kind, seed));
}

/** One revision kind over every picked highlight of every corpus document; reproducible per (seed, kind). */
export function runKind(kind: Kind, seed = DEFAULT_SEED): KindReport {
  const docs = loadCorpus();
  const report: KindReport = {
    kind,
    cases: 0,
    correct: 0,
    flagged: 0,
    missed: 0,
    wrong: 0,
    byLength: LENGTH_BANDS.map(() => [0, 0]),
    examples: [],
  };
  const record = (target: AnchorTarget, revision: Revision, result: AnchorResult): void => {
    const g = grade(kind, target, revision, result);
    report.cases++;
    report[g]++;
    const band = report.byLength[LENGTH_BANDS.findIndex((b) => target.quote.exact.length <= b.max)] as [number, number];
    band[0]++;
    if (g === 'correct') band[1]++;
    if (g === 'wrong' && report.examples.length < 5) {
      report.examples.push(
        `${JSON.stringify(target.quote.exact.slice(0, 60))} @${target.position.start} -> ${result.status} ` +
          `${JSON.stringify(result.position)} truth ${JSON.stringify(revision.truth)} score ${result.score}`,
      );
    }
  };

  for (const doc of docs) {
    const highlights = pickHighlights(doc.text);
    const targets = highlights.map((h) => describeRange(doc.text, h.start, h.end));
    if (kind === 'unrelated-document') {
      // Every other document of the corpus stands in for a wrong re-import; all highlights in one batch.
      for (const other of docs) {
        if (other === doc) continue;
        const revision: Revision = { newText: other.text, truth: null };
        reanchorMany(targets, other.text).forEach((result, i) => record(targets[i] as AnchorTarget, revision, result));
      }
      continue;
    }
    const rng = makeRng(seed ^ hash(`${doc.name}/${kind}`));
    const filler = fillerWords(docs, doc);
    highlights.forEach((highlight, i) => {
      const revision = revise(kind, { text: doc.text, highlight, rng, filler });
      if (revision === null) return;
      const target = targets[i] as AnchorTarget;
      record(target, revision, reanchor(target, revision.newText));
    });
  }
  return report;
}

function fillerWords(docs: readonly CorpusDoc[], except: CorpusDoc): string[] {
  const words: string[] = [];
  for (const doc of docs) {
    if (doc === except) continue;
    for (const w of wordsOf(doc.text)) words.push(doc.text.slice(w.start, w.end));
  }
  return words;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function formatTable(reports: readonly KindReport[]): string {
  const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
  const rows = reports.map((r) => [
    r.kind,
    String(r.cases),
    pct(r.correct, r.cases),
    String(r.flagged),
    String(r.missed),
    String(r.wrong),
    ...r.byLength.map(([cases, correct]) => pct(correct, cases)),
  ]);
  const header = ['revision kind', 'cases', 'correct', 'flagged', 'missed', 'wrong', ...LENGTH_BANDS.map((b) => `len ${b.label}`)];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: string[]): string =>
    '| ' + cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(' | ') + ' |';
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
