// Exports and imports through the File menu, in a real browser against the real
// loopback server: the sample project leaves as W3C Web Annotations and as the
// HTML report (both arrive as downloads that carry the highlights), the JSON-LD
// comes back into a fresh project holding the same sources and its highlights
// show in the annotations table without a reload, Backups… opens from the menu,
// and a bundle the desktop app hands over opens straight in the merge preview.
// Needs the built renderer (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBundleAsProject } from '../../src-main/core/bundles/open-as-project.ts';
import { openCore } from '../../src-main/core/core.ts';
import { unstageFile } from '../../src-main/core/project/staging.ts';
import { startHttpServer, type RunningHttpServer } from '../../src-main/hosts/http/server.ts';
import { launchChromium } from './chromium.ts';
import { prepareSampleProject } from './sample-project.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rendererDir = path.join(root, 'out/renderer');
const screenshots = path.join(root, 'tests/e2e/screenshots');
const heraldCount = 'Three people were killed and eleven injured';
const riverlineCount = 'At least five people died and more than twenty were injured';

let browser: Browser;
let workDir: string;
let sample: string;
let fresh: string;
let sourcesOnlyBundle: string;

/** The sample's sources alone, as a bundle: opened as a project, it holds the same sources (same ids) and no highlights. */
beforeAll(async () => {
  if (!existsSync(path.join(rendererDir, 'index.html'))) throw new Error('The renderer is not built: run "npm run build" first.');
  mkdirSync(screenshots, { recursive: true });
  workDir = mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-exports-'));
  sample = path.join(workDir, 'sample.sourcebench');
  const core = openCore(sample);
  try {
    const loaded = core.call('project.loadSample', {});
    if (!loaded.ok) throw new Error(loaded.error.message);
    const bundle = core.call('bundles.export', { selection: { kind: 'project' } });
    if (!bundle.ok) throw new Error(bundle.error.message);
    sourcesOnlyBundle = path.join(workDir, 'sources-only.sbundle');
    unstageFile(core.project, bundle.value.file, sourcesOnlyBundle);
  } finally {
    core.close();
  }
  fresh = path.join(workDir, 'fresh.sourcebench');
  openBundleAsProject(sourcesOnlyBundle, fresh);
  prepareSampleProject(sample);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function openWorkbench(server: RunningHttpServer): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1, locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await page.goto(server.url);
  await page.getByRole('menubar', { name: 'Application menu' }).waitFor();
  return { page, problems };
}

async function chooseFromFileMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('menuitem', { name: 'File', exact: true }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: label }).click();
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.querySelector('.menubar__label')?.textContent ?? document.activeElement?.textContent ?? '');
}

describe('exports and imports through the File menu', () => {
  let jsonLd = '';

  it('exports the sample project as W3C JSON-LD and as the HTML report, and opens Backups…', async () => {
    const server = await startHttpServer({ projectPath: sample, port: 0, rendererDir });
    const { page, problems } = await openWorkbench(server);
    try {
      // The header carries no bundle or export buttons: the menu does.
      expect(await page.getByRole('banner').getByRole('button', { name: /bundle|export/i }).count()).toBe(0);

      await chooseFromFileMenu(page, 'Export As…');
      const dialog = page.getByRole('dialog', { name: 'Export as' });
      await dialog.getByRole('radio', { name: 'The whole project' }).check();
      await dialog.getByRole('radio', { name: /W3C Web Annotations/ }).check();
      await dialog.screenshot({ path: path.join(screenshots, 'export-as.png') });
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
      expect(download.suggestedFilename()).toBe('sample-annotations.jsonld');
      const saved = path.join(workDir, 'exported.jsonld');
      await download.saveAs(saved);
      jsonLd = saved;
      const collection = JSON.parse(readFileSync(saved, 'utf8')) as { type: string; first: { items: { type: string; target: { selector?: { type: string; exact?: string }[] } }[] } };
      expect(collection.type).toBe('AnnotationCollection');
      const quotes = collection.first.items.flatMap((item) => item.target.selector ?? []).flatMap((s) => (s.type === 'TextQuoteSelector' ? [s.exact] : []));
      expect(quotes).toContain(heraldCount);
      expect(quotes).toContain(riverlineCount);
      expect(quotes).toHaveLength(5);
      await page.getByRole('dialog', { name: 'Export as' }).waitFor({ state: 'hidden' });

      // The report by keyboard alone: F10 to the menu bar, Enter opens File, typeahead to Export Report….
      await page.locator('body').click({ position: { x: 5, y: 880 } });
      await page.keyboard.press('F10');
      await page.keyboard.press('Enter');
      for (let presses = 0; presses < 6 && (await focusedText(page)) !== 'Export Report…'; presses++) await page.keyboard.press('e');
      expect(await focusedText(page)).toBe('Export Report…');
      await page.keyboard.press('Enter');
      const reportDialog = page.getByRole('dialog', { name: 'Export as' });
      expect(await reportDialog.getByRole('radio', { name: /HTML report/ }).isChecked()).toBe(true);
      const [report] = await Promise.all([page.waitForEvent('download'), reportDialog.getByRole('button', { name: 'Export', exact: true }).click()]);
      expect(report.suggestedFilename()).toBe('sample-report.html');
      const reportPath = path.join(workDir, 'report.html');
      await report.saveAs(reportPath);
      const html = readFileSync(reportPath, 'utf8');
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toContain(heraldCount);
      expect(html).toContain(riverlineCount);

      // File ▸ Backups… opens the Backups dialog.
      await chooseFromFileMenu(page, 'Backups…');
      const backups = page.getByRole('dialog', { name: 'Backups' });
      await backups.getByText(/keeps copies of this project/).waitFor();
      await backups.getByRole('button', { name: 'Close' }).click();
      await backups.waitFor({ state: 'hidden' });
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
      await server.close();
    }
  });

  it('imports the JSON-LD into a fresh project with the same sources, and the highlights appear without a reload', async () => {
    expect(jsonLd).not.toBe('');
    const server = await startHttpServer({ projectPath: fresh, port: 0, rendererDir });
    const { page, problems } = await openWorkbench(server);
    try {
      await page.goto(`${server.url}#/annotations`);
      await page.getByText('No highlights yet.').waitFor();
      await page.evaluate(() => Object.assign(window, { beforeImport: true }));

      await chooseFromFileMenu(page, 'Import Annotations…');
      const dialog = page.getByRole('dialog', { name: 'Import annotations' });
      await dialog.locator('input[type=file]').setInputFiles(jsonLd);
      const summary = dialog.getByRole('status', { name: 'Import summary' });
      await summary.waitFor();
      const said = (await summary.textContent()) ?? '';
      expect(said).toContain('Imported 5 highlights');
      // The event link points at an event this project does not have: skipped, with the reason.
      expect(said).toMatch(/Skipped: 2/);
      await dialog.screenshot({ path: path.join(screenshots, 'import-annotations-summary.png') });
      await dialog.getByRole('button', { name: 'Done' }).click();

      const table = page.getByRole('grid', { name: 'Annotations' });
      await table.getByText(heraldCount).waitFor();
      await table.getByText(riverlineCount).waitFor();
      expect(await page.evaluate(() => 'beforeImport' in window)).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
      await server.close();
    }
  });

  it('opens a bundle the desktop app hands over straight in the merge preview', async () => {
    const server = await startHttpServer({ projectPath: fresh, port: 0, rendererDir });
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'en-US' });
    // The preload's bridge, stood in for: calls go to the loopback server, and the test plays main handing over a file.
    await context.addInitScript(() => {
      const listeners: ((request: { kind: 'openBundle'; file: string }) => void)[] = [];
      Object.assign(window, {
        sourcebench: {
          call: (op: string, input: unknown) =>
            fetch('/api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ op, input }) }).then((r) => r.json()),
          onOpenRequest: (listener: (request: { kind: 'openBundle'; file: string }) => void) => {
            listeners.push(listener);
            return () => listeners.splice(listeners.indexOf(listener), 1);
          },
        },
        handOver: (file: string) => listeners.forEach((listener) => listener({ kind: 'openBundle', file })),
      });
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    try {
      await page.goto(server.url);
      await page.getByRole('grid', { name: 'Sources' }).waitFor();
      // Main stages the double-clicked file; here the upload route does the staging.
      const bytes = [...readFileSync(sourcesOnlyBundle)];
      const staged = await page.evaluate(async (data) => {
        const response = await fetch('/files?ext=sbundle', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(data) });
        return ((await response.json()) as { value: { file: string } }).value.file;
      }, bytes);
      await page.evaluate((file) => (window as unknown as { handOver: (file: string) => void }).handOver(file), staged);

      const dialog = page.getByRole('dialog', { name: 'Merge this bundle?' });
      await dialog.getByRole('table').waitFor();
      expect(await dialog.locator('input[type=file]').count()).toBe(0);
      await dialog.getByRole('button', { name: 'Merge' }).click();
      await page.getByText(/^Merged the bundle:/).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
