// Splits a reading text into paragraphs (blank-line blocks) and sentences with their offsets:
// the units alignment compares and claim extraction reads. Offsets are string indices into the text.

export interface Sentence {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Indices into the sentence list, in reading order. */
  readonly sentences: readonly number[];
}

export interface Segmented {
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

// Words that end with a period without ending the sentence ("Gen. Soleimani", "U.S. troops", "St. Aurel's").
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'gov', 'sen', 'rep', 'prof', 'jr', 'sr', 'no', 'nos',
  'vol', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'approx', 'est', 'fig', 'ft', 'mt', 'adm', 'cmdr', 'rev', 'hon', 'pres',
]);

export function segment(text: string): Segmented {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const blockPattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const block of text.matchAll(blockPattern)) {
    const blockStart = block.index;
    const blockText = block[0];
    if (blockText.trim() === '') continue;
    const indices: number[] = [];
    // Each line of a block is its own unit too: headings, list items and table rows end without a period.
    let lineStart = 0;
    for (const line of blockText.split('\n')) {
      for (const [s, e] of splitSentences(line)) {
        const start = blockStart + lineStart + s;
        const end = blockStart + lineStart + e;
        indices.push(sentences.length);
        sentences.push({ index: sentences.length, paragraph: paragraphs.length, start, end, text: text.slice(start, end) });
      }
      lineStart += line.length + 1;
    }
    if (indices.length === 0) continue;
    const first = sentences[indices[0] ?? 0];
    const last = sentences[indices.at(-1) ?? 0];
    paragraphs.push({ index: paragraphs.length, start: first?.start ?? blockStart, end: last?.end ?? blockStart, sentences: indices });
  }
  return { paragraphs, sentences };
}

/** Sentence ranges within one line, trimmed of surrounding whitespace. */
export function splitSentences(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  // A terminator, any closing quotes or brackets, then space and something that can open a sentence.
  const boundary = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;
  for (const match of line.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && isAbbreviation(line, match.index)) continue;
    pushTrimmed(line, start, end, ranges);
    start = end;
  }
  pushTrimmed(line, start, line.length, ranges);
  return ranges;
}

function isAbbreviation(line: string, dotAt: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(line.slice(Math.max(0, dotAt - 12), dotAt))?.[1] ?? '';
  if (before === '') return false;
  // Initials and dotted acronyms: "J.", "U.S", "a.m".
  if (/^\p{Lu}$/u.test(before) || /^(?:\p{L}\.)+\p{L}$/u.test(before)) return true;
  return abbreviations.has(before.toLowerCase());
}

function pushTrimmed(line: string, start: number, end: number, out: [number, number][]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(line[s] ?? '')) s += 1;
  while (e > s && /\s/u.test(line[e - 1] ?? '')) e -= 1;
  if (e > s) out.push([s, e]);
}

/** The sentences a range of the text touches, in order. */
export function sentencesOverlapping(segmented: Segmented, start: number, end: number): Sentence[] {
  return segmented.sentences.filter((s) => s.start < end && s.end > start);
}
