// One benchmark phase in its own process, so each reports its own memory:
// node bench/library/phase.ts <phase> '<json args>'  → last line "RESULT <json>".

import { openCore } from '../../src-main/core/core.ts';
import { createMemoryWatch, round, time } from '../lib/stats.ts';
import { importOurs, importRaw, type ImportArgs } from './import-phase.ts';
import { searchPhase, type SearchArgs } from './search-phase.ts';
import { seedHighlights, seedTags } from './seed.ts';
import { tablePhase, type TableArgs } from './table-phase.ts';

const [phase = '', json = '{}'] = process.argv.slice(2);
const args: unknown = JSON.parse(json);

function seedHighlightsPhase({ libraryFile, count }: { libraryFile: string; count: number }) {
  const memory = createMemoryWatch();
  const core = openCore(libraryFile, { create: false });
  const ms = time(() => seedHighlights(core.project.db, count, seedTags(core.project.db), memory.sample));
  core.project.db.pragma('wal_checkpoint(TRUNCATE)');
  core.project.db.pragma('optimize');
  core.close();
  return { count, rowsPerSecond: round((count / ms) * 1000, 0), memory: memory.figures() };
}

const run: Record<string, () => unknown> = {
  'import-ours': () => importOurs(args as ImportArgs),
  'import-raw': () => importRaw(args as ImportArgs),
  'seed-highlights': () => seedHighlightsPhase(args as { libraryFile: string; count: number }),
  search: () => searchPhase(args as SearchArgs),
  table: () => tablePhase(args as TableArgs),
};

const handler = run[phase];
if (handler === undefined) throw new Error(`Unknown phase "${phase}"; one of ${Object.keys(run).join(', ')}.`);
console.log(`RESULT ${JSON.stringify(handler())}`);
