// Benchmark for the anchoring engine: 10,000 highlights re-anchored on a revised ~300 KB text.
// Run: npx node bench/reanchor.bench.ts   (goal: median under 1 s on the 2-core dev machine; BENCH_RUNS=n)

import { writeFileSync } from 'node:fs';
import { describeRange } from '../src-main/core/annotations/anchoring/describe-range.ts';
import { reanchor, reanchorMany } from '../src-main/core/annotations/anchoring/reanchor.ts';
import type { AnchorResult, AnchorStatus, AnchorTarget } from '../src-main/core/annotations/anchoring/types.ts';
import { loadCorpus, makeRng, pick, wordsOf } from '../tests/unit/anchoring/corpus.ts';

const TEXT_SIZE = 300_000;
const HIGHLIGHTS = 10_000;
const EDITS = 400;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const rng = makeRng(0x5eed);
const otherRng = makeRng(0xfeed);
const vocabulary = loadCorpus().flatMap((doc) => wordsOf(doc.text).map((w) => doc.text.slice(w.start, w.end)));

/** Corpus words in random order, in sentences and paragraphs, so text statistics look like a real article. */
function synthesizeText(random: () => number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < TEXT_SIZE) {
    const sentences = 3 + Math.floor(random() * 6);
    const paragraph: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const words: string[] = [];
      for (let w = 8 + Math.floor(random() * 22); w > 0; w--) words.push(pick(random, vocabulary));
      paragraph.push(words.join(' ') + '.');
    }
    const text = paragraph.join(' ');
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n').slice(0, TEXT_SIZE);
}

/** Word-aligned highlights of 1–400 characters, weighted towards the phrase lengths people select. */
function pickTargets(text: string): AnchorTarget[] {
  const words = wordsOf(text);
  const lengths = [3, 8, 20, 40, 80, 150, 400];
  const targets: AnchorTarget[] = [];
  while (targets.length < HIGHLIGHTS) {
    const i = Math.floor(rng() * words.length);
    const first = words[i];
    if (first === undefined) continue;
    const want = pick(rng, lengths);
    let end = first.end;
    for (let j = i + 1; j < words.length; j++) {
      const w = words[j];
      if (w === undefined || w.end - first.start > want) break;
      end = w.end;
    }
    targets.push(describeRange(text, first.start, end));
  }
  return targets;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Scattered edits: words inserted, words deleted, single-letter typos. Tracks where every highlight's
 * words end up; a highlight an edit cut into gets null (its truth is not simply a place).
 */
function revise(text: string, targets: readonly AnchorTarget[]): { text: string; truth: Array<Span | null> } {
  let out = text;
  const truth: Array<Span | null> = targets.map((t) => ({ ...t.position }));
  const splice = (from: number, to: number, insert: string): void => {
    out = out.slice(0, from) + insert + out.slice(to);
    const delta = insert.length - (to - from);
    truth.forEach((span, i) => {
      if (span === null || span.end <= from) return;
      // An insertion exactly at a highlight's start pushes it along; anything reaching inside cuts it.
      if (span.start >= to) {
        truth[i] = { start: span.start + delta, end: span.end + delta };
      } else {
        truth[i] = null;
      }
    });
  };
  for (let e = 0; e < EDITS; e++) {
    const at = Math.floor(rng() * out.length);
    const kind = rng();
    if (kind < 0.4) {
      const inserted = Array.from({ length: 1 + Math.floor(rng() * 10) }, () => pick(rng, vocabulary)).join(' ') + ' ';
      const wordStart = out.indexOf(' ', at) + 1;
      splice(wordStart, wordStart, inserted);
    } else if (kind < 0.7) {
      const from = out.indexOf(' ', at) + 1;
      let to = from;
      for (let n = 1 + Math.floor(rng() * 10); n > 0 && to !== -1; n--) to = out.indexOf(' ', to + 1);
      if (to > from) splice(from, to + 1, '');
    } else {
      splice(at, at + 1, 'x');
    }
  }
  return { text: out, truth };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const original = synthesizeText(rng);
// Worst case for the fallbacks: every highlight misses (a wrong document re-imported over the source).
const unrelated = synthesizeText(otherRng);
const targets = pickTargets(original);
const revision = revise(original, targets);
const revised = revision.text;

const ours: number[] = [];
const raw: number[] = [];
let statuses: Record<AnchorStatus, number> = { anchored: 0, moved: 0, fuzzy: 0, orphaned: 0 };
let checked = { untouched: 0, exact: 0, review: 0, orphaned: 0, wrong: 0 };

/**
 * Highlights no edit cut into must come back at exactly their tracked place (silently, or flagged for
 * review when both sides of their context changed) or orphaned; never anywhere else.
 */
function check(results: readonly AnchorResult[]): typeof checked {
  const tally = { untouched: 0, exact: 0, review: 0, orphaned: 0, wrong: 0 };
  results.forEach((r, i) => {
    const want = revision.truth[i];
    if (want === null || want === undefined) return;
    tally.untouched++;
    const samePlace = r.position?.start === want.start && r.position.end === want.end;
    if (r.status === 'orphaned') tally.orphaned++;
    else if (!samePlace) tally.wrong++;
    else if (r.status === 'fuzzy') tally.review++;
    else tally.exact++;
  });
  return tally;
}

for (let run = 0; run < RUNS; run++) {
  let start = performance.now();
  const results = reanchorMany(targets, revised);
  ours.push(performance.now() - start);
  statuses = { anchored: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  for (const r of results) statuses[r.status]++;
  if (run === 0) checked = check(results);

  start = performance.now();
  let found = 0;
  for (const t of targets) if (revised.indexOf(t.quote.exact) !== -1) found++;
  raw.push(performance.now() - start);
  if (found < 0) console.log(found); // keeps the loop from being optimised away
}

let t0 = performance.now();
const unrelatedOrphans = reanchorMany(targets, unrelated).filter((r) => r.status === 'orphaned').length;
const unrelatedMs = performance.now() - t0;
t0 = performance.now();
const singles = targets.slice(0, 200).map((t) => reanchor(t, revised).status);
const singleMs = (performance.now() - t0) / singles.length;

const oursMs = median(ours);
const rawMs = median(raw);
console.log(`text ${revised.length} chars (from ${original.length}), ${targets.length} highlights, ${EDITS} scattered edits`);
console.log(`statuses: ${JSON.stringify(statuses)}`);
console.log(
  `highlights no edit cut into: ${checked.untouched}; back in place: ${checked.exact}, in place but flagged ` +
    `for review: ${checked.review}, orphaned: ${checked.orphaned}, elsewhere (wrong): ${checked.wrong}`,
);
console.log(`reanchorMany   median ${oursMs.toFixed(1)} ms  (runs: ${ours.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`plain indexOf  median ${rawMs.toFixed(1)} ms  (10,000 lookups of the same quotes)`);
console.log(`unrelated text  ${unrelatedMs.toFixed(1)} ms  (${unrelatedOrphans} of ${targets.length} orphaned; one run)`);
console.log(`single reanchor ${singleMs.toFixed(2)} ms per call (normalizes the 300 KB text each time)`);
console.log(`ratio ours/raw ${(oursMs / rawMs).toFixed(2)}   goal: reanchorMany < 1000 ms -> ${oursMs < 1000 ? 'met' : 'NOT met'}`);

// For `npm run bench`: the goal is absolute (under 1 s), so that is gated; plain indexOf
// over the same quotes is the same-run baseline, reported beside it.
const markdown = [
  '## Re-anchoring',
  '',
  `${targets.length.toLocaleString('en')} highlights on a revised ${Math.round(revised.length / 1000)} KB text (${EDITS} scattered edits); medians of ${RUNS} runs.`,
  '',
  '| what | ours | baseline in the same run | goal |',
  '| --- | --- | --- | --- |',
  `| re-anchor every highlight | ${oursMs.toFixed(0)} ms | plain indexOf of the same quotes: ${rawMs.toFixed(0)} ms (${(oursMs / rawMs).toFixed(2)}×) | < 1000 ms |`,
  `| every highlight misses (an unrelated text) | ${unrelatedMs.toFixed(0)} ms (one run) | | |`,
  '',
  `Highlights no edit cut into: ${checked.untouched}; back in place ${checked.exact}, in place but flagged for review ${checked.review}, orphaned ${checked.orphaned}, elsewhere (wrong) ${checked.wrong}.`,
  '',
].join('\n');
if (process.env['BENCH_OUT'] !== undefined) {
  writeFileSync(
    process.env['BENCH_OUT'],
    JSON.stringify({
      name: 'reanchor',
      figures: { oursMs, rawMs, unrelatedMs, singleMs, statuses, checked },
      ratios: {
        reanchor10kMs: { value: Math.round(oursMs), goal: 1000, gated: true },
        reanchorOverIndexOf: { value: Number((oursMs / rawMs).toFixed(2)), goal: 2, gated: false },
        // Correctness as a gate: a highlight placed on the wrong words is the one failure that must never happen.
        wrongPlacements: { value: checked.wrong, goal: 0, gated: true },
      },
      markdown,
    }),
  );
}
