// Benchmark for bundles: export of a synthetic project and its merge into an
// empty one, against raw baselines measured in the same run (the same rows
// SELECTed and written as NDJSON; the same rows INSERTed in one transaction).
// Each phase runs in its own process, so peak RSS is that phase's own.
// Peak RSS is reported with the process's RSS once the code is loaded, so
// what the work itself adds shows (it should not grow with the project).
// Run: npx node bench/bundles.bench.ts [--quick|--full]   (quick, for CI: 300 sources / 6k
// highlights; default: 2k / 50k; full: 20k / 1M; BENCH_RUNS=n, BENCH_SOURCES / BENCH_HIGHLIGHTS override)

import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPhase } from './lib/child.ts';
import { createMemoryWatch, median, round, time } from './lib/stats.ts';

const phase = process.argv[2];

interface Plan {
  mode: string;
  sources: number;
  highlights: number;
  runs: number;
  dir: string;
}

interface PhaseResult {
  ms: number[];
  peakRssMb: number;
  /** RSS once the code is loaded, before the phase's work. */
  startRssMb: number;
  bytes?: number;
}

const tables = ['sources', 'source_revisions', 'highlights', 'tags', 'highlight_tags', 'events', 'event_links'] as const;

if (phase === undefined || phase.startsWith('--')) await main();
else await runChildPhase(phase, JSON.parse(process.argv[3] ?? '{}') as Plan & { project: string; bundle: string });

async function main(): Promise<void> {
  const mode = process.argv.includes('--full') ? 'full' : process.argv.includes('--quick') ? 'quick' : 'default';
  const size = { quick: [300, 6_000, 3], default: [2_000, 50_000, 3], full: [20_000, 1_000_000, 1] }[mode];
  const plan: Plan = {
    mode,
    sources: Number(process.env['BENCH_SOURCES'] ?? size[0]),
    highlights: Number(process.env['BENCH_HIGHLIGHTS'] ?? size[1]),
    runs: Number(process.env['BENCH_RUNS'] ?? size[2]),
    dir: mkdtempSync(path.join(os.tmpdir(), 'sb-bench-bundles-')),
  };
  const args = { ...plan, project: path.join(plan.dir, 'source.sourcebench'), bundle: path.join(plan.dir, 'out.sbundle') };
  const script = new URL(import.meta.url);
  try {
    runPhase<PhaseResult>(script, 'build', args);
    const exported = runPhase<PhaseResult>(script, 'export', args);
    const selectBaseline = runPhase<PhaseResult>(script, 'select-baseline', args);
    const merged = runPhase<PhaseResult>(script, 'merge', args);
    const insertBaseline = runPhase<PhaseResult>(script, 'insert-baseline', args);
    // Both ratios compare like with like in the same run (the same rows, the same triggers), so they hold
    // at the quick size too; the CI gate only fails far above the goal (bench/run.ts).
    const ratios = {
      exportVsSelect: { value: round(median(exported.ms) / median(selectBaseline.ms), 2), goal: 2, gated: true },
      mergeVsInsert: { value: round(median(merged.ms) / median(insertBaseline.ms), 2), goal: 2, gated: true },
    };
    const row = (name: string, r: PhaseResult) =>
      `| ${name} | ${round(median(r.ms), 0)} | ${r.ms.map((ms) => round(ms, 0)).join(', ')} | ${r.peakRssMb} | ${round(r.peakRssMb - r.startRssMb, 1)} |${r.bytes === undefined ? '' : ` ${round(r.bytes / 1048576, 1)} MB`} |`;
    const markdown = [
      `Bundles, ${plan.mode}: ${plan.sources.toLocaleString('en')} sources, ${plan.highlights.toLocaleString('en')} highlights, median of ${plan.runs}`,
      '',
      '| phase | median ms | runs ms | peak RSS MB | over loaded core MB | size |',
      '|---|---|---|---|---|---|',
      row('export (.sbundle)', exported),
      row('baseline: SELECT → NDJSON', selectBaseline),
      row('merge into empty project', merged),
      row('baseline: plain INSERTs', insertBaseline),
      '',
      `export / baseline ${ratios.exportVsSelect.value}x, merge / baseline ${ratios.mergeVsInsert.value}x`,
    ].join('\n');
    console.log(markdown);
    const peaks = { export: exported, selectBaseline, merge: merged, insertBaseline };
    const memory = Object.fromEntries(Object.entries(peaks).map(([name, r]) => [name, { peakRssMb: r.peakRssMb, startRssMb: r.startRssMb }]));
    if (process.env['BENCH_OUT'] !== undefined) writeFileSync(process.env['BENCH_OUT'], JSON.stringify({ name: 'bundles', plan, ratios, memory, markdown }));
  } finally {
    rmSync(plan.dir, { recursive: true, force: true });
  }
}

async function runChildPhase(name: string, args: Plan & { project: string; bundle: string }): Promise<void> {
  const { openCore } = await import('../src-main/core/core.ts');
  await import('../src-main/core/project/staging.ts');
  await import('./bundles/synthetic-project.ts');
  const memory = createMemoryWatch();
  const result: PhaseResult = { ms: [], peakRssMb: 0, startRssMb: round(process.memoryUsage().rss / 1048576, 1) };
  switch (name) {
    case 'build': {
      const { buildSyntheticProject } = await import('./bundles/synthetic-project.ts');
      buildSyntheticProject(args.project, args.sources, args.highlights);
      break;
    }
    case 'export': {
      const { unstageFile } = await import('../src-main/core/project/staging.ts');
      const core = openCore(args.project);
      for (let run = 0; run < args.runs; run++) {
        rmSync(args.bundle, { force: true });
        result.ms.push(
          time(() => {
            const exported = core.call('bundles.export', { selection: { kind: 'project' } });
            if (!exported.ok) throw new Error(exported.error.message);
            unstageFile(core.project, exported.value.file, args.bundle);
            result.bytes = exported.value.bytes;
          }),
        );
        memory.sample();
      }
      core.close();
      break;
    }
    case 'select-baseline': {
      const core = openCore(args.project);
      for (let run = 0; run < args.runs; run++) {
        result.ms.push(
          time(() => {
            for (const table of tables) {
              const fd = openSync(path.join(args.dir, `${table}.ndjson`), 'w');
              for (const row of core.project.db.prepare(`SELECT * FROM ${table}`).iterate()) writeSync(fd, `${JSON.stringify(row, blobAsHex)}\n`);
              closeSync(fd);
              memory.sample();
            }
          }),
        );
      }
      core.close();
      break;
    }
    case 'merge': {
      const { stageFile } = await import('../src-main/core/project/staging.ts');
      for (let run = 0; run < args.runs; run++) {
        const target = path.join(args.dir, `merged-${run}.sourcebench`);
        const core = openCore(target);
        const file = stageFile(core.project, args.bundle, 'sbundle');
        result.ms.push(
          time(() => {
            const merged = core.call('bundles.merge', { file, choices: {} });
            if (!merged.ok) throw new Error(merged.error.message);
          }),
        );
        memory.sample();
        core.close();
        rmSync(target, { force: true });
      }
      break;
    }
    case 'insert-baseline': {
      for (let run = 0; run < args.runs; run++) {
        const target = path.join(args.dir, `plain-${run}.sourcebench`);
        const core = openCore(target);
        const db = core.project.db;
        result.ms.push(
          time(() => {
            db.pragma('foreign_keys = OFF');
            db.transaction(() => {
              for (const table of tables) {
                let insert: ReturnType<typeof db.prepare> | null = null;
                for (const line of readFileSync(path.join(args.dir, `${table}.ndjson`), 'utf8').split('\n')) {
                  if (line === '') continue;
                  const row = JSON.parse(line) as Record<string, unknown>;
                  if (row['original'] !== undefined && row['original'] !== null) row['original'] = Buffer.from(String(row['original']), 'hex');
                  insert ??= db.prepare(`INSERT INTO ${table} (${Object.keys(row).map((c) => `"${c}"`).join(', ')}) VALUES (${Object.keys(row).map((c) => `@${c}`).join(', ')})`);
                  insert.run(row);
                }
                memory.sample();
              }
            })();
          }),
        );
        core.close();
        rmSync(target, { force: true });
      }
      break;
    }
    default:
      throw new Error(`unknown phase ${name}`);
  }
  result.peakRssMb = memory.figures().maxRssMb;
  console.log(`RESULT ${JSON.stringify(result)}`);
}

function blobAsHex(_key: string, value: unknown): unknown {
  return value !== null && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer'
    ? Buffer.from((value as { data: number[] }).data).toString('hex')
    : value;
}
