// Frame figures from rAF intervals: percentiles, the worst frame, and the
// share of frames that missed 60 Hz (16.7 ms) or were long enough to feel (50 ms).

import { percentile, round } from '../lib/stats.ts';

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Percent of frames longer than 16.7 ms plus 2 ms of timer jitter: a frame skipped. */
  over16Percent: number;
  over50Percent: number;
}

/** rAF timestamps land on vsync with a little jitter; a frame counts as late only past that jitter. */
const jitterMs = 2;

export function frameStats(intervals: readonly number[]): FrameStats {
  const share = (limit: number) => round((100 * intervals.filter((ms) => ms > limit).length) / Math.max(1, intervals.length), 1);
  return {
    frames: intervals.length,
    p50: round(percentile(intervals, 50), 1),
    p95: round(percentile(intervals, 95), 1),
    max: round(Math.max(...intervals), 1),
    over16Percent: share(16.7 + jitterMs),
    over50Percent: share(50),
  };
}
