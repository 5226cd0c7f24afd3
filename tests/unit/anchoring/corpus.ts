// Loads the shared Baghdad-embassy corpus from disk for the anchoring harness and benchmarks.
// The corpus lives outside the repository on purpose; its text is never copied in.

import { readdirSync, readFileSync } from 'node:fs';

const CORPUS_DIR = new URL('../../../../shared/corpus/baghdad-embassy/', import.meta.url);

export interface CorpusDoc {
  name: string;
  text: string;
}

export function loadCorpus(): CorpusDoc[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, CORPUS_DIR), 'utf8') }));
}

/** Deterministic PRNG (mulberry32) so every run scripts the same revisions. */
export function makeRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export interface Word {
  start: number;
  end: number;
}

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/\S+/g)) words.push({ start: m.index, end: m.index + m[0].length });
  return words;
}
