// The comparison bench: aligning two 30 KB accounts (goal: median under 200 ms), finding a passage and
// comparing an event, plus the labelled set's discrepancy precision/recall and alignment accuracy.
// Run: npx node bench/compare.bench.ts   (prints one JSON line; `npm run bench` collects it)

import { writeFileSync } from 'node:fs';
import { alignTexts } from '../src-main/core/compare/align/align-texts.ts';
import { segment } from '../src-main/core/compare/text/segment.ts';
import { unwrap } from '../tests/unit/core-harness.ts';
import {
  buildAllEvents, openLabeledProject, scoreAlignment, scoreDiscrepancies, scoreFindPassage,
} from '../tests/unit/compare/labeled-project.ts';

// Odd, so the median is one run; the minimum is shown too, as the machine may be shared.
const runs = 21;
const targetChars = 30_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function timed(run: () => void): number[] {
  const times: number[] = [];
  for (let k = 0; k < runs; k += 1) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times;
}

const round = (n: number) => Math.round(n * 10) / 10;

const project = openLabeledProject();
buildAllEvents(project);

// Two 30 KB accounts of the same material, as the worst case for pairing: every paragraph of the seven
// documents, one in reading order, the other with paragraphs in reverse and sentences rotated within.
const paragraphs = Object.values(project.textOf).flatMap((text) => segment(text).paragraphs.map((p) => text.slice(p.start, p.end)));
const fill = (list: readonly string[]) => {
  const out: string[] = [];
  let length = 0;
  for (let k = 0; length < targetChars; k += 1) {
    const p = list[k % list.length] ?? '';
    out.push(p);
    length += p.length + 2;
  }
  return out.join('\n\n').slice(0, targetChars);
};
const textA = fill(paragraphs);
const textB = fill(
  [...paragraphs].reverse().map((p) => {
    const sentences = segment(p).sentences.map((s) => s.text);
    return sentences.length > 1 ? [...sentences.slice(1), sentences[0]].join(' ') : p;
  }),
);

const first = performance.now();
const alignment = alignTexts(textA, textB);
const coldMs = performance.now() - first;
const alignMs = timed(() => alignTexts(textA, textB));

const { core, sourceOf } = project;
const bigA = unwrap(core.call('sources.importText', { text: textA, title: 'Bench A' })).source.id;
const bigB = unwrap(core.call('sources.importText', { text: textB, title: 'Bench B' })).source.id;
const alignOpMs = timed(() => unwrap(core.call('compare.align', { sourceIdA: bigA, sourceIdB: bigB })));
const selection = textA.indexOf('We will not rest');
const findMs = timed(() => unwrap(core.call('compare.findPassage', { sourceId: sourceOf.herald, start: selection, end: selection + 60 })));
const eventId = project.events.get('quay-seven') ?? '';
const compareMs = timed(() => unwrap(core.call('compare.event', { eventId })));

const discrepancies = scoreDiscrepancies(project);
const aligned = scoreAlignment(project);
const found = scoreFindPassage(project);
core.close();

const figures = {
  name: 'compare',
  align30kb: { chars: [textA.length, textB.length], pairs: alignment.pairs.length, medianMs: round(median(alignMs)), minMs: round(Math.min(...alignMs)), coldMs: round(coldMs), runs, goalMs: 200 },
  alignOperationMedianMs: round(median(alignOpMs)),
  findPassageMedianMs: round(median(findMs)),
  compareEventMedianMs: round(median(compareMs)),
  discrepancies: {
    precision: Math.round(discrepancies.precision * 100) / 100,
    recall: Math.round(discrepancies.recall * 100) / 100,
    detected: discrepancies.detected,
    labeled: discrepancies.labeled,
    truePositives: discrepancies.truePositives,
  },
  alignmentTop1: { accuracy: Math.round(aligned.accuracy * 100) / 100, correct: aligned.correct, cases: aligned.cases },
  findPassageTop1: { accuracy: Math.round(found.accuracy * 100) / 100, correct: found.correct, cases: found.cases },
};
console.log(JSON.stringify(figures));
// `npm run bench` gates timing ratios (value ≤ goal); the quality figures are printed above.
if (process.env['BENCH_OUT'] !== undefined) {
  writeFileSync(
    process.env['BENCH_OUT'],
    JSON.stringify({ name: 'compare', ratios: { align30kbMs: { value: figures.align30kb.medianMs, goal: 200, gated: true } }, figures }),
  );
}
