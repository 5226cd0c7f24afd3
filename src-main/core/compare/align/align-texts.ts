// Aligns two texts that tell the same story in different words and orders: every sentence pair is scored
// on its own words and on its paragraphs' words (TF-IDF cosine), pairs are taken best first one to one,
// and a pair grows by a neighbouring sentence when that fits better (one sentence said as two).

import { segment, type Segmented } from '../text/segment.ts';
import { featuresOf, type FeatureCounts } from './features.ts';
import { cosine, mergeCounts, sharedContent, Vocabulary, type SparseVector } from './vectors.ts';
import { wordDiff, type DiffPart } from './word-diff.ts';

export interface PassageSpan {
  start: number;
  end: number;
  text: string;
  /** Sentence indices (in the text's segmentation) the passage covers. */
  sentences: number[];
}

export interface AlignedPair {
  a: PassageSpan;
  b: PassageSpan;
  /** 0–1: how surely the two passages say the same thing. */
  score: number;
  /** The cosine of the two passages alone, and of their paragraphs. */
  sentenceScore: number;
  paragraphScore: number;
  diff: DiffPart[];
}

export interface ParagraphPair {
  a: { start: number; end: number; index: number };
  b: { start: number; end: number; index: number };
  score: number;
}

export interface TextAlignment {
  pairs: AlignedPair[];
  paragraphs: ParagraphPair[];
  /** Sentences of each text that found no partner. */
  unmatched: { a: number; b: number };
}

export interface AlignOptions {
  /** Pairs scoring below this are left out; tuned on the labelled set (see tests/unit/compare). */
  threshold?: number;
  /** Word diffs can be left out when only the pairing is needed. */
  diff?: boolean;
}

/** Pairs at or above this are taken outright, best first. */
export const defaultThreshold = 0.22;
/** Below the threshold, down to this, a pair is taken only when each sentence is the other's best partner. */
const mutualFloor = 0.1;
const sentenceWeight = 0.75;
const paragraphWeight = 0.15;
// Accounts of one story tend to tell it in a similar order: a small pull towards the same relative place.
const positionWeight = 0.1;
const prefilter = 0.08;
// Titles answer titles: two headlines are a pair before either is a body sentence's.
const titleBonus = 0.15;
// Content words a pair must share (stems, not numbers or name shapes): above the threshold, and below it.
const sharedStrong = 2;
const sharedWeak = 3;

interface Side {
  text: string;
  seg: Segmented;
  counts: FeatureCounts[];
  vectors: SparseVector[];
  paragraphVectors: SparseVector[];
}

export function alignTexts(textA: string, textB: string, options: AlignOptions = {}): TextAlignment {
  const threshold = options.threshold ?? defaultThreshold;
  const vocabulary = new Vocabulary();
  const a = prepare(textA, vocabulary);
  const b = prepare(textB, vocabulary);
  finish(a, vocabulary);
  finish(b, vocabulary);

  // Paragraph pairs are scored once, and only where their sentences share words.
  const paragraphScores = new Map<number, number>();
  const candidates = scorePairs(a, b, vocabulary, paragraphScores);
  candidates.sort((x, y) => y.score - x.score);
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  const accepted: { i: number[]; j: number[]; score: number; sentence: number; paragraph: number }[] = [];
  const accept = (c: Candidate) => {
    takenA.add(c.i);
    takenB.add(c.j);
    accepted.push({ i: [c.i], j: [c.j], score: c.score, sentence: c.sentence, paragraph: c.paragraph });
  };
  // Two titles that share enough words answer each other before either is a body sentence's partner.
  const titles = candidates.find((c) => c.i === 0 && c.j === 0 && isTitle(a, 0) && isTitle(b, 0) && c.score >= mutualFloor);
  if (titles !== undefined) accept(titles);
  for (const c of candidates) {
    if (c.score < threshold) break;
    if (!takenA.has(c.i) && !takenB.has(c.j)) accept(c);
  }
  // Weaker pairs: each must be the other's best among what is left (checked in order, best first).
  const floor = Math.min(mutualFloor, threshold);
  const bestForA = new Map<number, number>();
  const bestForB = new Map<number, number>();
  for (const c of candidates) {
    if (c.score < floor) break;
    if (takenA.has(c.i) || takenB.has(c.j) || c.shared < sharedWeak) continue;
    if (!bestForA.has(c.i)) bestForA.set(c.i, c.j);
    if (!bestForB.has(c.j)) bestForB.set(c.j, c.i);
  }
  for (const c of candidates) {
    if (c.score < floor) break;
    if (!takenA.has(c.i) && !takenB.has(c.j) && c.shared >= sharedWeak && bestForA.get(c.i) === c.j && bestForB.get(c.j) === c.i) accept(c);
  }
  for (const pair of accepted) grow(pair, a, b, vocabulary, takenA, takenB);

  const pairs = accepted
    .map((p) => {
      const pa = span(a, p.i);
      const pb = span(b, p.j);
      return {
        a: pa,
        b: pb,
        score: round(p.score),
        sentenceScore: round(p.sentence),
        paragraphScore: round(p.paragraph),
        diff: options.diff === false ? [] : wordDiff(pa.text, pb.text),
      };
    })
    .sort((x, y) => x.a.start - y.a.start);
  return {
    pairs,
    paragraphs: alignParagraphs(a, b, paragraphScores),
    unmatched: { a: a.seg.sentences.length - takenA.size, b: b.seg.sentences.length - takenB.size },
  };
}

function prepare(text: string, vocabulary: Vocabulary): Side {
  const seg = segment(text);
  const counts = seg.sentences.map((s) => featuresOf(s.text));
  for (const c of counts) vocabulary.observe(c);
  return { text, seg, counts, vectors: [], paragraphVectors: [] };
}

function finish(side: Side, vocabulary: Vocabulary): void {
  side.vectors = side.counts.map((c) => vocabulary.vector(c));
  side.paragraphVectors = side.seg.paragraphs.map((p) => vocabulary.vector(mergeCounts(p.sentences.map((s) => side.counts[s] ?? new Map()))));
}

interface Candidate {
  i: number;
  j: number;
  score: number;
  sentence: number;
  paragraph: number;
  shared: number;
}

/** The text's first sentence, alone in its paragraph and without a full stop: its title. */
function isTitle(side: Side, index: number): boolean {
  const s = side.seg.sentences[index];
  return index === 0 && s !== undefined && side.seg.paragraphs[0]?.sentences.length === 1 && !/[.!?]["'”’]?$/u.test(s.text);
}

/** Every sentence pair sharing enough weight, via an inverted index on B's features. */
function scorePairs(a: Side, b: Side, vocabulary: Vocabulary, paragraphScores: Map<number, number>): Candidate[] {
  const postings = new Map<number, { j: number; w: number }[]>();
  b.vectors.forEach((v, j) => {
    for (let k = 0; k < v.ids.length; k += 1) {
      const id = v.ids[k] ?? 0;
      const list = postings.get(id) ?? [];
      list.push({ j, w: v.weights[k] ?? 0 });
      postings.set(id, list);
    }
  });
  const out: Candidate[] = [];
  const sums = new Float64Array(b.vectors.length);
  a.vectors.forEach((v, i) => {
    sums.fill(0);
    const touched: number[] = [];
    for (let k = 0; k < v.ids.length; k += 1) {
      for (const { j, w } of postings.get(v.ids[k] ?? 0) ?? []) {
        if (sums[j] === 0) touched.push(j);
        sums[j] = (sums[j] ?? 0) + w * (v.weights[k] ?? 0);
      }
    }
    const pa = a.paragraphVectors[a.seg.sentences[i]?.paragraph ?? 0];
    const placeA = i / Math.max(1, a.vectors.length - 1);
    for (const j of touched) {
      const sentence = sums[j] ?? 0;
      if (sentence < prefilter) continue;
      const pairKey = (a.seg.sentences[i]?.paragraph ?? 0) * b.paragraphVectors.length + (b.seg.sentences[j]?.paragraph ?? 0);
      let paragraph = paragraphScores.get(pairKey);
      if (paragraph === undefined) {
        const pb = b.paragraphVectors[b.seg.sentences[j]?.paragraph ?? 0];
        paragraph = pa === undefined || pb === undefined ? 0 : cosine(pa, pb);
        paragraphScores.set(pairKey, paragraph);
      }
      const va = a.vectors[i];
      const vb = b.vectors[j];
      const shared = va === undefined || vb === undefined ? 0 : sharedContent(va, vb, vocabulary);
      if (shared < sharedStrong) continue;
      const place = 1 - Math.abs(placeA - j / Math.max(1, b.vectors.length - 1));
      let score = sentenceWeight * sentence + paragraphWeight * paragraph + (positionWeight * place * sentence) / (sentence + 0.1);
      if (isTitle(a, i) && isTitle(b, j)) score += titleBonus;
      out.push({ i, j, sentence, paragraph, score, shared });
    }
  });
  return out;
}

/** Adds a neighbouring sentence (same paragraph, still free) to either side while that raises the fit. */
function grow(
  pair: { i: number[]; j: number[]; score: number; sentence: number },
  a: Side,
  b: Side,
  vocabulary: Vocabulary,
  takenA: Set<number>,
  takenB: Set<number>,
): void {
  for (let round = 0; round < 2; round += 1) {
    let best: { side: 'a' | 'b'; index: number; sentence: number } | null = null;
    const current = cosine(merged(a, pair.i, vocabulary), merged(b, pair.j, vocabulary));
    for (const [side, own, other, taken, ownSide] of [
      ['a', pair.i, pair.j, takenA, a],
      ['b', pair.j, pair.i, takenB, b],
    ] as const) {
      const otherVector = merged(side === 'a' ? b : a, other, vocabulary);
      for (const index of [Math.min(...own) - 1, Math.max(...own) + 1]) {
        const s = ownSide.seg.sentences[index];
        const first = ownSide.seg.sentences[own[0] ?? 0];
        if (s === undefined || first === undefined || taken.has(index) || s.paragraph !== first.paragraph) continue;
        const score = cosine(merged(ownSide, [...own, index], vocabulary), otherVector);
        if (score > current + 0.04 && (best === null || score > best.sentence)) best = { side, index, sentence: score };
      }
    }
    if (best === null) return;
    if (best.side === 'a') {
      pair.i.push(best.index);
      takenA.add(best.index);
    } else {
      pair.j.push(best.index);
      takenB.add(best.index);
    }
    pair.score += best.sentence - current;
    pair.sentence = best.sentence;
  }
}

function merged(side: Side, indices: readonly number[], vocabulary: Vocabulary): SparseVector {
  if (indices.length === 1) return side.vectors[indices[0] ?? 0] ?? vocabulary.vector(new Map());
  return vocabulary.vector(mergeCounts(indices.map((k) => side.counts[k] ?? new Map())));
}

function span(side: Side, indices: readonly number[]): PassageSpan {
  const sorted = [...indices].sort((x, y) => x - y);
  const first = side.seg.sentences[sorted[0] ?? 0];
  const last = side.seg.sentences[sorted.at(-1) ?? 0];
  const start = first?.start ?? 0;
  const end = last?.end ?? start;
  return { start, end, text: side.text.slice(start, end), sentences: sorted };
}

function alignParagraphs(a: Side, b: Side, scores: ReadonlyMap<number, number>): ParagraphPair[] {
  const candidates: ParagraphPair[] = [];
  for (const [key, score] of scores) {
    const i = Math.floor(key / b.paragraphVectors.length);
    const j = key % b.paragraphVectors.length;
    const pa = a.seg.paragraphs[i];
    const pb = b.seg.paragraphs[j];
    if (score >= 0.2 && pa !== undefined && pb !== undefined) {
      candidates.push({ a: { start: pa.start, end: pa.end, index: i }, b: { start: pb.start, end: pb.end, index: j }, score: round(score) });
    }
  }
  candidates.sort((x, y) => y.score - x.score);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: ParagraphPair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a.index) || usedB.has(c.b.index)) continue;
    usedA.add(c.a.index);
    usedB.add(c.b.index);
    out.push(c);
  }
  return out.sort((x, y) => x.a.start - y.a.start);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
