// Sizes and run counts for each mode of the tables benchmark: --quick for CI
// (1k sources, one short scroll run per table; ~40 s on a quiet machine), the
// default (100k sources, 200k highlights) and --full (1M highlights).

export type Mode = 'quick' | 'default' | 'full';

export interface TablesPlan {
  mode: Mode;
  /** Sources in the measured library. */
  sources: number;
  /** Highlights spread over those sources (the annotations table's rows). */
  highlights: number;
  /** Sources in the small library the time to interactive is compared with. */
  smallSources: number;
  /** Bytes of text per seeded source: the table reads none of it, the seeding time is mostly its indexing. */
  documentBytes: number;
  /** Page loads per library for the time to interactive (median taken). */
  ttiRuns: number;
  /** Scroll runs per table (frames pooled over the runs). */
  scrollRuns: number;
  /** Frames of steady scrolling per run, and pixels per frame. */
  scrollFrames: number;
  scrollStep: number;
  /** Jumps to the end of the loaded rows per run, each needing a new page from SQLite. */
  jumps: number;
}

export function planFromArgs(argv: readonly string[]): TablesPlan {
  const common = { smallSources: 100, documentBytes: 1000, scrollStep: 40 };
  const plan: TablesPlan = argv.includes('--quick')
    ? { ...common, mode: 'quick', sources: 1000, highlights: 5000, ttiRuns: 3, scrollRuns: 1, scrollFrames: 120, jumps: 2 }
    : argv.includes('--full')
      ? { ...common, mode: 'full', sources: 100_000, highlights: 1_000_000, ttiRuns: 7, scrollRuns: 3, scrollFrames: 300, jumps: 6 }
      : { ...common, mode: 'default', sources: 100_000, highlights: 200_000, ttiRuns: 5, scrollRuns: 3, scrollFrames: 300, jumps: 6 };
  const sources = numberArg(argv, '--sources');
  const highlights = numberArg(argv, '--highlights');
  const runs = numberArg(argv, '--runs');
  return {
    ...plan,
    ...(sources === undefined ? {} : { sources }),
    ...(highlights === undefined ? {} : { highlights }),
    ...(runs === undefined ? {} : { ttiRuns: runs, scrollRuns: runs }),
  };
}

function numberArg(argv: readonly string[], name: string): number | undefined {
  const at = argv.indexOf(name);
  if (at < 0) return undefined;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} takes a positive whole number.`);
  return value;
}
