// "Find this passage in the other sources": the selection (grown to its sentence when it is only a few
// words) scored against every sentence and pair of neighbouring sentences of the other sources
// (the compared ones, or the library's best full-text candidates).

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { featuresOf, type FeatureCounts } from './align/features.ts';
import { cosine, lengthFit, mergeCounts, sharedContent, Vocabulary } from './align/vectors.ts';
import { wordDiff, type DiffPart } from './align/word-diff.ts';
import { candidateSources } from './find-candidates.ts';
import { loadSource, type LoadedSource } from './source-claims.ts';
import { segment, sentencesOverlapping } from './text/segment.ts';

export interface PassageMatch {
  sourceId: string;
  sourceTitle: string;
  start: number;
  end: number;
  text: string;
  score: number;
  diff: DiffPart[];
}

export interface FindPassageResult {
  query: { sourceId: string; start: number; end: number; text: string };
  matches: PassageMatch[];
}

interface Unit {
  source: LoadedSource;
  start: number;
  end: number;
  counts: FeatureCounts;
}

const minimumScore = 0.12;
// Without a chosen set, the sources the full-text index ranks best for the passage's words.
const maxCandidates = 50;

export function findPassage(
  db: Database.Database,
  input: { sourceId: string; start: number; end: number; sourceIds?: readonly string[] | undefined; limit: number },
): FindPassageResult {
  const origin = loadSource(db, input.sourceId);
  if (input.end > origin.text.length || input.start >= input.end) throw new AppError('invalid_input', 'The selection is outside the source text.');
  let { start, end } = input;
  let counts = featuresOf(origin.text.slice(start, end));
  // A few words say too little to search on: use the sentence(s) they sit in.
  if (counts.size < 4) {
    const around = sentencesOverlapping(segment(origin.text), start, end);
    start = Math.min(start, around[0]?.start ?? start);
    end = Math.max(end, around.at(-1)?.end ?? end);
    counts = featuresOf(origin.text.slice(start, end));
  }
  const targetIds = input.sourceIds ?? candidateSources(db, origin.text.slice(start, end), input.sourceId, maxCandidates);
  const vocabulary = new Vocabulary();
  vocabulary.observe(counts);
  const units: Unit[] = [];
  for (const id of targetIds) {
    if (id === input.sourceId) continue;
    const source = loadSource(db, id);
    const seg = segment(source.text);
    const sentenceCounts = seg.sentences.map((s) => featuresOf(s.text));
    seg.sentences.forEach((s, k) => {
      const own = sentenceCounts[k] ?? new Map();
      vocabulary.observe(own);
      units.push({ source, start: s.start, end: s.end, counts: own });
      const next = seg.sentences[k + 1];
      if (next !== undefined && next.paragraph === s.paragraph) {
        units.push({ source, start: s.start, end: next.end, counts: mergeCounts([own, sentenceCounts[k + 1] ?? new Map()]) });
      }
    });
  }
  const query = vocabulary.vector(counts);
  const scored = units
    .map((u) => {
      const vector = vocabulary.vector(u.counts);
      // One shared word (often the place's name) is not a match.
      return { u, score: sharedContent(query, vector, vocabulary) < 2 ? 0 : cosine(query, vector) * lengthFit(query, vector) };
    })
    .filter((s) => s.score >= minimumScore);
  scored.sort((a, b) => b.score - a.score);
  const perSource = new Map<string, { start: number; end: number }[]>();
  const matches: PassageMatch[] = [];
  const queryText = origin.text.slice(start, end);
  for (const { u, score } of scored) {
    const taken = perSource.get(u.source.card.id) ?? [];
    if (taken.length >= input.limit || taken.some((t) => t.start < u.end && u.start < t.end)) continue;
    taken.push({ start: u.start, end: u.end });
    perSource.set(u.source.card.id, taken);
    const text = u.source.text.slice(u.start, u.end);
    matches.push({ sourceId: u.source.card.id, sourceTitle: u.source.card.title, start: u.start, end: u.end, text, score: Math.round(score * 1000) / 1000, diff: wordDiff(queryText, text) });
  }
  return { query: { sourceId: input.sourceId, start, end, text: queryText }, matches };
}
