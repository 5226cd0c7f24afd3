// Timing and memory figures for the benchmarks: medians and p95 of samples,
// and a memory watcher sampled from inside the loops (the core is synchronous,
// so a timer would never fire while it works).

export interface Latency {
  p50: number;
  p95: number;
  samples: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function latency(values: readonly number[]): Latency {
  return { p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), samples: values.length };
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Milliseconds taken by fn. */
export function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

export interface MemoryFigures {
  /** Highest resident set size seen by sample(), in MB. */
  peakRssMb: number;
  /** The kernel's maximum resident set size for this process so far, in MB. */
  maxRssMb: number;
}

export function createMemoryWatch(): { sample(): void; figures(): MemoryFigures } {
  let peak = process.memoryUsage().rss;
  return {
    sample() {
      const rss = process.memoryUsage().rss;
      if (rss > peak) peak = rss;
    },
    figures() {
      const rss = process.memoryUsage().rss;
      if (rss > peak) peak = rss;
      // resourceUsage().maxRSS is in kilobytes.
      return { peakRssMb: round(peak / 1048576, 1), maxRssMb: round(process.resourceUsage().maxRSS / 1024, 1) };
    },
  };
}
