// Reader figures in Chromium: opening a 300 KB source with 5,000 highlights
// (until text and every highlight are painted) against a plain page showing
// the same text, and the time from a click on a color to the new highlight
// being painted. Run: npx node bench/reader.bench.ts [--runs N]

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/chromium.ts';
import { openCore } from '../src-main/core/core.ts';
import { startHttpServer } from '../src-main/hosts/http/server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const highlightCount = 5000;

function seededWords(seed: number): () => string {
  const words = ['embassy', 'militia', 'rocket', 'convoy', 'minister', 'statement', 'officials', 'reported', 'attack', 'city',
    'the', 'of', 'and', 'to', 'in', 'a', 'was', 'said', 'that', 'on', 'with', 'after', 'before', 'near', 'forces', 'troops'];
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return words[state % words.length] ?? 'the';
  };
}

function syntheticText(bytes: number): string {
  const next = seededWords(42);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < bytes) {
    const sentence = Array.from({ length: 60 }, next).join(' ');
    const paragraph = `${sentence[0]?.toUpperCase()}${sentence.slice(1)}.`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function paintedRangeCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let count = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (/^sb-[a-z]+-\d$/.test(name)) count += highlight.size;
    });
    return count;
  });
}

const work = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-reader-'));
const projectPath = path.join(work, 'reader.sourcebench');
const text = syntheticText(300 * 1024);

// Setup through the real operations: one source, 5,000 highlights spread through it.
const core = openCore(projectPath);
const created = core.call('sources.importText', { text, title: 'A long report' });
if (!created.ok) throw new Error(created.error.message);
const sourceId = created.value.source.id;
const readingText = (() => {
  const detail = core.call('sources.get', { id: sourceId });
  if (!detail.ok) throw new Error(detail.error.message);
  return detail.value.text;
})();
const step = Math.floor(readingText.length / highlightCount);
core.project.db.transaction(() => {
  for (let i = 0; i < highlightCount; i += 1) {
    const start = i * step;
    const result = core.call('annotations.create', { sourceId, target: { start, end: start + Math.min(40, step - 1) } });
    if (!result.ok) throw new Error(result.error.message);
  }
})();
core.close();

// The baseline: the same paragraphs as a static page, no app, no highlights.
const plainHtml = `<!doctype html><meta charset="utf-8"><body>${readingText
  .split('\n\n')
  .map((p) => `<p>${p}</p>`)
  .join('')}</body>`;
const plain = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(plainHtml));
await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
const plainUrl = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/`;

const server = await startHttpServer({ projectPath, port: 0, rendererDir: path.join(root, 'out/renderer') });
const browser = await launchChromium();

const openTimes: number[] = [];
const plainTimes: number[] = [];
const createTimes: number[] = [];
try {
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  await page.goto(server.url);
  const sourceUrl = `${server.origin}/#/sources/${sourceId}`;
  for (let run = 0; run < runs; run += 1) {
    await page.goto('about:blank');
    await page.goto(sourceUrl);
    await page.waitForFunction((n) => {
      let count = 0;
      CSS.highlights.forEach((h, name) => {
        if (/^sb-[a-z]+-\d$/.test(name)) count += h.size;
      });
      return count >= n;
    }, highlightCount, { polling: 'raf', timeout: 60_000 });
    openTimes.push(await page.evaluate(() => performance.now()));

    await page.goto(plainUrl);
    await page.waitForFunction(() => document.querySelectorAll('p').length > 0 && document.readyState === 'complete', undefined, { polling: 'raf' });
    plainTimes.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.now()));
  }

  await page.goto(sourceUrl);
  await page.waitForFunction(() => document.querySelector('[data-testid=reading-text] p[data-offset]') !== null);
  for (let run = 0; run < runs; run += 1) {
    const before = await paintedRangeCount(page);
    // Select a stretch of plain text between two highlights, as the mouse would, and let the toolbar appear.
    await page.evaluate((index) => {
      const paragraphs = Array.from(document.querySelectorAll<HTMLElement>('[data-testid=reading-text] p[data-offset]'));
      const paragraph = paragraphs[10 + index * 3];
      const node = paragraph?.firstChild;
      if (!(node instanceof Text)) throw new Error('no paragraph text');
      paragraph?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, 45);
      range.setEnd(node, 60);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    }, run);
    const swatch = page.locator('.selection-toolbar button').first();
    await swatch.waitFor();
    const elapsed = await page.evaluate(async (previous) => {
      const button = document.querySelector<HTMLButtonElement>('.selection-toolbar button');
      if (!button) throw new Error('no toolbar');
      const count = () => {
        let n = 0;
        CSS.highlights.forEach((h, name) => {
          if (/^sb-[a-z]+-\d$/.test(name)) n += h.size;
        });
        return n;
      };
      const started = performance.now();
      button.click();
      await new Promise<void>((resolve) => {
        const poll = () => (count() > previous ? resolve() : requestAnimationFrame(poll));
        requestAnimationFrame(poll);
      });
      return performance.now() - started;
    }, before);
    createTimes.push(elapsed);
  }
} finally {
  await browser.close();
  await server.close();
  plain.close();
  rmSync(work, { recursive: true, force: true });
}

const figures = {
  reader_open_300kb_5000_highlights_ms: Math.round(median(openTimes)),
  plain_page_same_text_fcp_ms: Math.round(median(plainTimes)),
  reader_open_over_plain_page: Number((median(openTimes) / median(plainTimes)).toFixed(2)),
  create_highlight_until_painted_ms: Number(median(createTimes).toFixed(1)),
  runs,
};
console.log(`Reader, 300 KB source with ${highlightCount} highlights, median of ${runs} runs in Chromium:`);
console.log(`  open until text and all highlights are painted: ${figures.reader_open_300kb_5000_highlights_ms} ms (goal < 500)`);
console.log(`  plain static page with the same text, first contentful paint: ${figures.plain_page_same_text_fcp_ms} ms`);
console.log(`  click on a color until the new highlight is painted: ${figures.create_highlight_until_painted_ms} ms (goal < 50)`);
console.log(JSON.stringify(figures));

// For `npm run bench`: the issue's goals are absolute (ms), so those are gated; the
// ratio to a plain page showing the same text is the same-run baseline, reported beside them.
const markdown = [
  '## Reader (Chromium)',
  '',
  `300 KB source with ${highlightCount} highlights; medians of ${runs} runs.`,
  '',
  '| what | ours | baseline in the same run | goal |',
  '| --- | --- | --- | --- |',
  `| open until the text and every highlight are painted | ${figures.reader_open_300kb_5000_highlights_ms} ms | plain page, same text: ${figures.plain_page_same_text_fcp_ms} ms (${figures.reader_open_over_plain_page}×) | < 500 ms |`,
  `| click on a color until the highlight is painted | ${figures.create_highlight_until_painted_ms} ms | | < 50 ms |`,
  '',
].join('\n');
if (process.env['BENCH_OUT'] !== undefined) {
  writeFileSync(
    process.env['BENCH_OUT'],
    JSON.stringify({
      name: 'reader',
      figures,
      ratios: {
        openMs: { value: figures.reader_open_300kb_5000_highlights_ms, goal: 500, gated: true },
        openOverPlainPage: { value: figures.reader_open_over_plain_page, goal: 2, gated: false },
        createHighlightMs: { value: figures.create_highlight_until_painted_ms, goal: 50, gated: true },
      },
      markdown,
    }),
  );
}
