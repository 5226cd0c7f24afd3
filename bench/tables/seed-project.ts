// Builds a benchmark project in its own process (so its memory and time are
// its own): node bench/tables/seed-project.ts seed '{"file", "sources", "highlights", "documentBytes"}'
// → last line "RESULT <json>". The project gets a fresh scheduled backup, so the
// server's first-minute backup does not land in the middle of a measurement.

import { openCore } from '../../src-main/core/core.ts';
import { backupProject } from '../../src-main/core/project/backup.ts';
import { round, time } from '../lib/stats.ts';
import { seedHighlights, seedSources, seedTags } from '../library/seed.ts';

export interface SeedArgs {
  file: string;
  sources: number;
  highlights: number;
  documentBytes: number;
}

export interface SeedResult {
  sourcesSeconds: number;
  highlightsSeconds: number;
  sourcesPerSecond: number;
  highlightsPerSecond: number;
}

function seed({ file, sources, highlights, documentBytes }: SeedArgs): SeedResult {
  const core = openCore(file);
  const db = core.project.db;
  const sourcesMs = time(() => seedSources(db, 0, sources, undefined, documentBytes));
  const highlightsMs = highlights === 0 ? 0 : time(() => seedHighlights(db, highlights, seedTags(db)));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('optimize');
  backupProject(db, file, 'scheduled');
  core.close();
  return {
    sourcesSeconds: round(sourcesMs / 1000, 1),
    highlightsSeconds: round(highlightsMs / 1000, 1),
    sourcesPerSecond: round((sources / sourcesMs) * 1000, 0),
    highlightsPerSecond: highlights === 0 ? 0 : round((highlights / highlightsMs) * 1000, 0),
  };
}

const [phase = '', json = '{}'] = process.argv.slice(2);
if (phase !== 'seed') throw new Error(`Unknown phase "${phase}"; only "seed".`);
console.log(`RESULT ${JSON.stringify(seed(JSON.parse(json) as SeedArgs))}`);
