// The contract every noise rule follows, and a helper for rules that judge one line alone.
// Rules only propose; detect-noise.ts decides the order and keeps the first reason a line gets.

export interface NoiseInput {
  lines: readonly string[];
  /** Lines no rule may flag or read as evidence: already removed, or code the author wrote. */
  skip: ReadonlySet<number>;
}

/** Lines a rule wants removed, with the reason shown to the user. */
export type NoiseFlags = Map<number, string>;

export type NoiseRule = (input: NoiseInput) => NoiseFlags;

/** A rule that looks at each non-blank line on its own. */
export function perLineRule(reason: string, test: (line: string) => boolean): NoiseRule {
  return ({ lines, skip }) => {
    const flags: NoiseFlags = new Map();
    lines.forEach((line, index) => {
      if (skip.has(index) || line.trim() === '') return;
      if (test(line.trim())) flags.set(index, reason);
    });
    return flags;
  };
}

/** Indexes of the non-blank lines that follow `index`, skipping ones the input says to skip. */
export function nextContentLines(input: NoiseInput, index: number, count: number): number[] {
  const found: number[] = [];
  for (let next = index + 1; next < input.lines.length && found.length < count; next += 1) {
    if (input.skip.has(next) || (input.lines[next] ?? '').trim() === '') continue;
    found.push(next);
  }
  return found;
}
