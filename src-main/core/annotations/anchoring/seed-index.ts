// Finds every place a 16-character piece occurs in a text without scanning it, for whole-text searches.
// Built once per revised text on first need: hash every window into buckets (counting sort, ~5 ms per 300 KB).

export const SEED_LENGTH = 16;

export interface SeedIndex {
  /** Verified starts of `piece` (its first SEED_LENGTH chars are looked up); at most `limit`, in text order. */
  lookup(piece: string, limit: number): number[];
}

const BASE = 0x01000193;

function hashAt(text: string, at: number): number {
  let h = 0;
  for (let i = 0; i < SEED_LENGTH; i++) h = (Math.imul(h, BASE) + text.charCodeAt(at + i)) >>> 0;
  return h;
}

export function buildSeedIndex(text: string): SeedIndex {
  const windows = Math.max(0, text.length - SEED_LENGTH + 1);
  // About one window per bucket keeps lookups to a handful of verifications.
  const bits = Math.min(22, Math.max(8, Math.ceil(Math.log2(windows + 1))));
  const shift = 32 - bits;
  const buckets = new Int32Array(windows);
  const offsets = new Int32Array((1 << bits) + 1);
  let top = 1;
  for (let i = 1; i < SEED_LENGTH; i++) top = Math.imul(top, BASE) >>> 0;
  let h = windows > 0 ? hashAt(text, 0) : 0;
  for (let at = 0; at < windows; at++) {
    if (at > 0) {
      const dropped = Math.imul(text.charCodeAt(at - 1), top) >>> 0;
      h = (Math.imul((h - dropped) >>> 0, BASE) + text.charCodeAt(at + SEED_LENGTH - 1)) >>> 0;
    }
    const b = h >>> shift;
    buckets[at] = b;
    offsets[b + 1] = (offsets[b + 1] ?? 0) + 1;
  }
  for (let b = 1; b < offsets.length; b++) offsets[b] = (offsets[b] ?? 0) + (offsets[b - 1] ?? 0);
  const positions = new Int32Array(windows);
  const fill = offsets.slice(0, offsets.length - 1);
  for (let at = 0; at < windows; at++) {
    const b = buckets[at] ?? 0;
    positions[fill[b] ?? 0] = at;
    fill[b] = (fill[b] ?? 0) + 1;
  }

  return {
    lookup(piece: string, limit: number): number[] {
      if (piece.length < SEED_LENGTH) throw new RangeError(`a seed needs ${SEED_LENGTH} characters`);
      const b = hashAt(piece, 0) >>> shift;
      const found: number[] = [];
      const end = offsets[b + 1] ?? 0;
      for (let k = offsets[b] ?? 0; k < end && found.length < limit; k++) {
        const at = positions[k] ?? 0;
        if (text.startsWith(piece, at)) found.push(at);
      }
      return found;
    },
  };
}
