// Sizes for each run mode: --quick for CI (~30 s), the default (1k and 10k
// sources, 100k highlights), and --full (adds 100k sources, 1M highlights).

export type Mode = 'quick' | 'default' | 'full';

export interface LibraryPlan {
  mode: Mode;
  /** Library sizes, in sources; each is built, imported into, searched and tabled. */
  sizes: number[];
  /** Highlights in the largest library; smaller ones get the same number per source. */
  highlightsAtLargest: number;
  /** Documents imported through the pipeline (and raw) on top of the rest of the library. */
  importSample: number;
  /** Distinct queries per search case, each run `searchRepeats` times. */
  queriesPerCase: number;
  searchRepeats: number;
  /** Pages read per annotations-table case. */
  tableRepeats: number;
}

export function planFromArgs(argv: readonly string[]): LibraryPlan {
  if (argv.includes('--quick')) {
    return { mode: 'quick', sizes: [400], highlightsAtLargest: 20_000, importSample: 300, queriesPerCase: 8, searchRepeats: 4, tableRepeats: 40 };
  }
  if (argv.includes('--full')) {
    return { mode: 'full', sizes: [1000, 10_000, 100_000], highlightsAtLargest: 1_000_000, importSample: 1000, queriesPerCase: 12, searchRepeats: 5, tableRepeats: 60 };
  }
  return { mode: 'default', sizes: [1000, 10_000], highlightsAtLargest: 100_000, importSample: 400, queriesPerCase: 10, searchRepeats: 5, tableRepeats: 60 };
}

export function highlightsFor(plan: LibraryPlan, size: number): number {
  const largest = Math.max(...plan.sizes);
  return Math.round((plan.highlightsAtLargest * size) / largest);
}
