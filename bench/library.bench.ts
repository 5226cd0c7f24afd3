// The large-library benchmark: a deterministic synthetic library at each size,
// our operations (through openCore().call) against raw better-sqlite3 doing
// the same work, in the same run. Each phase runs in its own process.
// Run through `npm run bench` (all benches) or `node bench/library.bench.ts [--quick|--full]`.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPhase } from './lib/child.ts';
import { highlightsFor, planFromArgs } from './library/config.ts';
import type { OursImport, RawImport } from './library/import-phase.ts';
import { markdownReport, ratiosOf, sizeLabel, type SizeResult } from './library/report.ts';
import type { SearchPhase } from './library/search-phase.ts';
import type { TablePhase } from './library/table-phase.ts';

const plan = planFromArgs(process.argv.slice(2));
const phaseScript = new URL('./library/phase.ts', import.meta.url);
const dir = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-'));
const started = performance.now();
const log = (message: string) => console.log(`[library ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}`);

const measured: SizeResult[] = [];
try {
  for (const size of plan.sizes) {
    const sample = Math.min(size, plan.importSample);
    log(`${sizeLabel(size)} sources: importing ${sample} through the pipeline on top of ${size - sample} seeded`);
    const importOurs = runPhase<OursImport>(phaseScript, 'import-ours', { dir, size, sample });
    const importRaw = runPhase<RawImport>(phaseScript, 'import-raw', { dir, size, sample });
    const highlights = highlightsFor(plan, size);
    log(`${sizeLabel(size)}: seeding ${highlights} highlights`);
    const seedHighlights = runPhase<{ count: number; rowsPerSecond: number }>(phaseScript, 'seed-highlights', { libraryFile: importOurs.libraryFile, count: highlights });
    log(`${sizeLabel(size)}: search`);
    const search = runPhase<SearchPhase>(phaseScript, 'search', { libraryFile: importOurs.libraryFile, size, perCase: plan.queriesPerCase, repeats: plan.searchRepeats });
    log(`${sizeLabel(size)}: annotations table`);
    const table = runPhase<TablePhase>(phaseScript, 'table', { libraryFile: importOurs.libraryFile, repeats: plan.tableRepeats });
    measured.push({ size, highlights, importOurs, importRaw, seedHighlights, search, table });
    // Keep the disk use of a --full run bounded: each size's files go once measured.
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const ratios = ratiosOf(measured);
const markdown = markdownReport(plan.mode, measured, ratios);
console.log(markdown);
const report = { name: 'library', mode: plan.mode, plan, results: measured, ratios, markdown };
// `npm run bench` collects this into latest.{json,md}; each mode's own report is kept too,
// so a --full run (40 min) is not overwritten by the next quick one.
if (process.env['BENCH_OUT'] !== undefined) writeFileSync(process.env['BENCH_OUT'], JSON.stringify(report));
const results = new URL('./results/', import.meta.url);
mkdirSync(results, { recursive: true });
writeFileSync(new URL(`library-${plan.mode}.md`, results), `# Library benchmark, ${new Date().toISOString()}\n\n${markdown}`);
writeFileSync(new URL(`library-${plan.mode}.json`, results), `${JSON.stringify(report, null, 2)}\n`);
log('done');
