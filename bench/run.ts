// `npm run bench`: runs every bench/*.bench.ts in turn (each in its own
// process, printing its own results), writes bench/results/latest.{json,md},
// and ends with ONE line of JSON naming every ratio. With --quick (CI) it
// fails when a gated ratio is more than 3x its goal: a gross regression,
// not noise on a shared machine.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Ratio {
  value: number;
  goal: number;
  gated: boolean;
}

interface BenchReport {
  name: string;
  ratios?: Record<string, Ratio>;
  markdown?: string;
}

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const GROSS = 3;

const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-run-'));
const reports: { file: string; status: number | null; seconds: number; report: BenchReport | null }[] = [];

for (const file of files) {
  console.log(`\n=== ${file} ${args.join(' ')}`);
  const out = path.join(scratch, `${file}.json`);
  const started = performance.now();
  const child = spawnSync(process.execPath, [path.join(benchDir, file), ...args], { stdio: 'inherit', env: { ...process.env, BENCH_OUT: out } });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  let report: BenchReport | null = null;
  try {
    report = JSON.parse(readFileSync(out, 'utf8')) as BenchReport;
  } catch {
    // A bench that only prints (e.g. an accuracy report) leaves no file; its output above is its result.
  }
  reports.push({ file, status: child.status, seconds, report });
}
rmSync(scratch, { recursive: true, force: true });

const ratios: Record<string, number> = {};
const regressions: string[] = [];
for (const { file, report } of reports) {
  const prefix = file.replace(/\.bench\.ts$/, '');
  for (const [name, ratio] of Object.entries(report?.ratios ?? {})) {
    ratios[`${prefix}.${name}`] = ratio.value;
    if (ratio.gated && !(ratio.value <= GROSS * ratio.goal)) regressions.push(`${prefix}.${name} = ${ratio.value} (goal ≤ ${ratio.goal}, fails above ${GROSS * ratio.goal})`);
  }
}

const resultsDir = path.join(benchDir, 'results');
mkdirSync(resultsDir, { recursive: true });
const when = new Date().toISOString();
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
writeFileSync(
  path.join(resultsDir, 'latest.json'),
  `${JSON.stringify({ when, args, machine, benches: reports.map(({ file, status, seconds, report }) => ({ file, status, seconds, ...report, markdown: undefined })), ratios }, null, 2)}\n`,
);
const markdown = [
  `# Benchmark results`,
  '',
  `${when} · \`npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}\` · ${machine}`,
  '',
  ...reports.map(({ file, status, seconds, report }) =>
    report?.markdown ??
    `## ${file}\n\n${report === null ? 'Printed its results only' : 'No Markdown report; its figures are in latest.json'} (exit ${status}, ${seconds} s).\n`,
  ),
].join('\n');
writeFileSync(path.join(resultsDir, 'latest.md'), markdown);

const failed = reports.filter((r) => r.status !== 0).map((r) => r.file);
if (failed.length > 0) console.error(`\nFailed: ${failed.join(', ')}`);
if (quick && regressions.length > 0) console.error(`\nGross regressions (ratio above ${GROSS}x its goal):\n  ${regressions.join('\n  ')}`);
// The last line: every ratio, for CI logs and dashboards.
console.log(JSON.stringify(ratios));
process.exitCode = failed.length > 0 || (quick && regressions.length > 0) ? 1 : 0;
