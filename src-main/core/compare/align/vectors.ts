// Weighted, normalised sparse vectors over a shared vocabulary (TF-IDF: words that are rare across the
// compared texts weigh more), and their cosine. Feature ids are small integers for speed.

import type { FeatureCounts } from './features.ts';

export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Per id: whether the feature says something on its own (see isContent). */
  readonly content: boolean[] = [];
  private readonly documentFrequency: number[] = [];
  private documents = 0;

  /** Counts a passage's features towards document frequencies. */
  observe(counts: FeatureCounts): void {
    this.documents += 1;
    for (const feature of counts.keys()) {
      const id = this.idOf(feature);
      this.documentFrequency[id] = (this.documentFrequency[id] ?? 0) + 1;
    }
  }

  idOf(feature: string): number {
    let id = this.ids.get(feature);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(feature, id);
      this.content[id] = isContent(feature);
    }
    return id;
  }

  idf(id: number): number {
    return Math.log(1 + (this.documents + 1) / ((this.documentFrequency[id] ?? 0) + 1));
  }

  /** TF-IDF weights (sublinear term frequency), normalised to unit length, sorted by feature id. */
  vector(counts: FeatureCounts): SparseVector {
    const entries: [number, number][] = [];
    for (const [feature, count] of counts) {
      const id = this.idOf(feature);
      entries.push([id, (1 + Math.log(count)) * this.idf(id)]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    return { ids: Int32Array.from(entries.map(([id]) => id)), weights: Float64Array.from(entries.map(([, w]) => w / norm)) };
  }
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) {
      sum += (a.weights[i] ?? 0) * (b.weights[j] ?? 0);
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return sum;
}

/** Feature counts of several passages added together (a paragraph, or two neighbouring sentences). */
export function mergeCounts(parts: readonly FeatureCounts[]): FeatureCounts {
  const out: FeatureCounts = new Map();
  for (const part of parts) for (const [f, c] of part) out.set(f, (out.get(f) ?? 0) + c);
  return out;
}

/** How many content features two vectors share: a short sentence matching on one word is no match. */
export function sharedContent(a: SparseVector, b: SparseVector, vocabulary: Vocabulary): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) {
      if (vocabulary.content[x] === true) shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return shared;
}

/**
 * A mild penalty for passages of very different length (Gale and Church's observation: translations and
 * retellings keep roughly the length of what they render); 1 for equal lengths, about 0.87 at one to two.
 */
export function lengthFit(a: SparseVector, b: SparseVector): number {
  const shorter = Math.min(a.ids.length, b.ids.length);
  const longer = Math.max(a.ids.length, b.ids.length, 1);
  return Math.sqrt(0.5 + (0.5 * shorter) / longer);
}

/**
 * Stems and synonym classes are content; so are figures of 100 and more ("3,000" shared is telling).
 * Small numbers, name shapes (already counted through their stems) and negations are not.
 */
function isContent(feature: string): boolean {
  if (feature.startsWith('#')) return Number(feature.slice(1)) >= 100;
  return !feature.startsWith('~') && feature !== 'not' && feature !== 'no';
}
