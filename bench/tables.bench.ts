// The tables in Chromium: the library's time to interactive at 100k sources
// (against the same app on 100 sources and a plain static page) and frame
// times while scrolling the library and the annotations table (against a plain
// page scrolling a static grid of the same size), through the real loopback
// server and the built renderer.
// Run: npm run build && npx node bench/tables.bench.ts [--quick|--full] [--sources N] [--highlights N] [--runs N] [--reuse-library DIR]

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/chromium.ts';
import { startHttpServer, type RunningHttpServer } from '../src-main/hosts/http/server.ts';
import { runPhase } from './lib/child.ts';
import { median, round } from './lib/stats.ts';
import { planFromArgs } from './tables/config.ts';
import { frameStats } from './tables/frame-stats.ts';
import { gridGeometry, scrollGrid, sortBy, ttiProbe, type GridGeometry, type ScrollFigures, type TtiMarks } from './tables/in-page.ts';
import { plainPage } from './tables/plain-page.ts';
import { markdownReport, ratiosOf, type TablesResult, type TableScroll } from './tables/report.ts';
import type { SeedResult } from './tables/seed-project.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = path.join(root, 'out/renderer');
if (!existsSync(path.join(rendererDir, 'index.html'))) {
  console.error(`tables.bench.ts measures the built renderer, and ${rendererDir} has none: run \`npm run build\` first.`);
  process.exit(1);
}

const argv = process.argv.slice(2);
const plan = planFromArgs(argv);
const reuseAt = argv.indexOf('--reuse-library');
const started = performance.now();
const log = (message: string) => console.log(`[tables ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}`);

const work = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-tables-'));
// --reuse-library keeps the seeded projects in a folder between runs (for before/after comparisons at 100k).
const libraries = reuseAt >= 0 ? path.resolve(argv[reuseAt + 1] ?? '') : work;
mkdirSync(libraries, { recursive: true });

function project(sources: number, highlights: number): { file: string; seed: SeedResult | null } {
  const file = path.join(libraries, `tables-${sources}-${highlights}-${plan.documentBytes}.sourcebench`);
  const seeded = `${file}.seeded`;
  if (existsSync(seeded)) return { file, seed: null };
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const seed = runPhase<SeedResult>(new URL('./tables/seed-project.ts', import.meta.url), 'seed', { file, sources, highlights, documentBytes: plan.documentBytes });
  writeFileSync(seeded, JSON.stringify(seed));
  return { file, seed };
}

log(`seeding ${plan.sources} sources and ${plan.highlights} highlights (${plan.mode})`);
const big = project(plan.sources, plan.highlights);
const smallHighlights = Math.round((plan.highlights * plan.smallSources) / plan.sources);
const small = project(plan.smallSources, smallHighlights);
if (big.seed) log(`seeded: sources ${big.seed.sourcesSeconds} s (${big.seed.sourcesPerSecond}/s), highlights ${big.seed.highlightsSeconds} s (${big.seed.highlightsPerSecond}/s)`);

// The plain pages, written once the app's grids have been measured.
const plainRoutes = new Map<string, string>();
const plain = createServer((request, response) => {
  const html = plainRoutes.get(request.url ?? '');
  if (html === undefined) response.writeHead(404).end();
  else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
});
await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
const plainOrigin = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;

const bigServer = await startHttpServer({ projectPath: big.file, port: 0, rendererDir });
const smallServer = await startHttpServer({ projectPath: small.file, port: 0, rendererDir });
const browser = await launchChromium();

async function newContext(servers: RunningHttpServer[]): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  // Trade each server's token for its cookie once.
  for (const server of servers) await page.goto(server.url);
  await page.close();
  return context;
}

async function heapUsedMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return round((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 2 ** 20, 1);
}

async function firstRows(page: Page, grid: string): Promise<void> {
  await page.waitForSelector(`[role=grid][aria-label="${grid}"] [role=row][data-index="0"]`, { timeout: 120_000 });
}

interface TtiSample {
  firstRowsMs: number;
  interactiveMs: number;
  sortMs: number | null;
}

async function measureTti(page: Page, url: string, sort: boolean): Promise<TtiSample> {
  await page.goto('about:blank');
  await page.goto(url);
  const marks = await page.evaluate(() => window.__tablesTti as Promise<TtiMarks>);
  const sortMs = sort ? await page.evaluate(sortBy, { grid: 'Sources', column: 'Title' }) : null;
  return { ...marks, sortMs };
}

function summarizeTti(samples: TtiSample[]) {
  const of = (pick: (s: TtiSample) => number | null) => {
    const values = samples.map(pick).filter((v): v is number => v !== null);
    return values.length === 0 ? null : round(median(values), 1);
  };
  return { firstRowsMs: of((s) => s.firstRowsMs), interactiveMs: of((s) => s.interactiveMs) ?? Number.NaN, sortByTitleMs: of((s) => s.sortMs), runs: samples.length };
}

async function scrollTable(context: BrowserContext, server: RunningHttpServer, hash: string, grid: string): Promise<TableScroll> {
  const page = await context.newPage();
  const appUrl = `${server.origin}/${hash}`;
  await page.goto(appUrl);
  await firstRows(page, grid);
  const geometry: GridGeometry = await page.evaluate(gridGeometry, grid);
  const pageRows = 100;
  const rows = Math.ceil((plan.scrollFrames * plan.scrollStep) / geometry.rowHeight) + (plan.jumps + 2) * pageRows;
  const plainPath = `/${grid.toLowerCase()}`;
  plainRoutes.set(plainPath, plainPage(grid, geometry, rows));
  const args = { grid, frames: plan.scrollFrames, step: plan.scrollStep, jumps: plan.jumps };
  const ours: ScrollFigures[] = [];
  const base: ScrollFigures[] = [];
  let heapMb = 0;
  for (let run = 0; run < plan.scrollRuns; run += 1) {
    await page.goto('about:blank');
    await page.goto(appUrl);
    await firstRows(page, grid);
    await page.waitForTimeout(300);
    ours.push(await page.evaluate(scrollGrid, { ...args, fixedJump: null }));
    heapMb = Math.max(heapMb, await heapUsedMb(page));
    await page.goto(`${plainOrigin}${plainPath}`);
    await firstRows(page, grid);
    await page.waitForTimeout(300);
    base.push(await page.evaluate(scrollGrid, { ...args, fixedJump: pageRows * geometry.rowHeight }));
  }
  await page.close();
  const jumps = ours.flatMap((r) => r.jumps);
  const newRows = jumps.map((j) => j.newRowsMs).filter((ms): ms is number => ms !== null);
  return {
    grid,
    geometry,
    ours: frameStats(ours.flatMap((r) => r.steady)),
    plain: frameStats(base.flatMap((r) => r.steady)),
    oursAfterJumps: frameStats(ours.flatMap((r) => r.afterJumps)),
    plainAfterJumps: frameStats(base.flatMap((r) => r.afterJumps)),
    stalledFrames: ours.reduce((sum, r) => sum + r.stalledFrames, 0),
    jumps: jumps.length,
    jumpRowsShownMs: round(median(jumps.map((j) => j.rowsShownMs)), 1),
    jumpRowsShownMaxMs: round(Math.max(...jumps.map((j) => j.rowsShownMs)), 1),
    jumpNewPageMs: newRows.length === 0 ? null : round(median(newRows), 1),
    jumpNewPageMaxMs: newRows.length === 0 ? null : round(Math.max(...newRows), 1),
    jumpsWithoutNewPage: jumps.length - newRows.length,
    plainJumpRowsShownMs: round(median(base.flatMap((r) => r.jumps.map((j) => j.rowsShownMs))), 1),
    longTasksOurs: ours.reduce((sum, r) => sum + r.longTasks.length, 0),
    longestTaskOursMs: round(Math.max(0, ...ours.flatMap((r) => r.longTasks)), 1),
    longTasksPlain: base.reduce((sum, r) => sum + r.longTasks.length, 0),
    rowsLoadedAtEnd: median(ours.map((r) => r.rowsAtEnd)),
    heapUsedMb: heapMb,
  };
}

let result: TablesResult;
try {
  // Time to interactive: the three pages in turn each run, so a busy moment on the machine hits them alike.
  const ttiContext = await newContext([bigServer, smallServer]);
  await ttiContext.addInitScript(ttiProbe, 'Sources');
  const ttiPage = await ttiContext.newPage();
  await ttiPage.goto(`${bigServer.origin}/`);
  await firstRows(ttiPage, 'Sources');
  plainRoutes.set('/sources-static', plainPage('Sources', await ttiPage.evaluate(gridGeometry, 'Sources'), 30));
  log(`library time to interactive, ${plan.ttiRuns} runs`);
  const samples: Record<'big' | 'small' | 'plain', TtiSample[]> = { big: [], small: [], plain: [] };
  let bigHeapMb = 0;
  // One warm-up load of each, not counted: the first load also fills the OS's file cache.
  for (let run = -1; run < plan.ttiRuns; run += 1) {
    const big1 = await measureTti(ttiPage, `${bigServer.origin}/`, true);
    bigHeapMb = Math.max(bigHeapMb, await heapUsedMb(ttiPage));
    const small1 = await measureTti(ttiPage, `${smallServer.origin}/`, true);
    const plain1 = await measureTti(ttiPage, `${plainOrigin}/sources-static`, false);
    if (run >= 0) {
      samples.big.push(big1);
      samples.small.push(small1);
      samples.plain.push(plain1);
    }
  }
  await ttiContext.close();

  const scrollContext = await newContext([bigServer]);
  log(`scrolling the library, ${plan.scrollRuns} runs of ${plan.scrollFrames} frames and ${plan.jumps} jumps`);
  const library = await scrollTable(scrollContext, bigServer, '#/', 'Sources');
  log(`scrolling the annotations table, ${plan.scrollRuns} runs`);
  const annotations = await scrollTable(scrollContext, bigServer, '#/annotations', 'Annotations');
  await scrollContext.close();

  result = {
    mode: plan.mode,
    plan,
    seed: big.seed,
    tti: { big: summarizeTti(samples.big), small: summarizeTti(samples.small), plain: summarizeTti(samples.plain), bigHeapMb },
    library,
    annotations,
  };
} finally {
  await browser.close();
  await bigServer.close();
  await smallServer.close();
  plain.close();
  rmSync(work, { recursive: true, force: true });
}

const ratios = ratiosOf(result);
const markdown = markdownReport(result, ratios, os.loadavg());
console.log(markdown);
if (process.env['BENCH_OUT'] !== undefined) writeFileSync(process.env['BENCH_OUT'], JSON.stringify({ name: 'tables', mode: plan.mode, result, ratios, markdown }));
log('done');

