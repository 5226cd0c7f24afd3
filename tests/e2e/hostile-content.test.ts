// Imported content never runs. A saved page that tries every trick we know (hostile/hostile-page.ts) is
// imported into a project behind the real loopback server, then shown in Chromium in the reader (and a
// passage of payload text highlighted with the mouse), on the Compare page, side by side with another
// source, compared by event, and finally as the exported HTML report opened from file://. After each,
// nothing may carry a payload's mark: no window.__pwned or PWNED title in any frame, no PWNED console
// line, no dialog, no request beyond the page's own origin, no hit on the canary server, no CSP report.
// The control opens the same page straight from disk, where its scripts do run, to show each of those
// marks is seen when a script executes.
// Needs the built renderer (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src-main/core/core.ts';
import { startHttpServer, type RunningHttpServer } from '../../src-main/hosts/http/server.ts';
import { launchChromium } from './chromium.ts';
import { hostilePage, hostileTitle, otherAccount, payloadSentence } from './hostile/hostile-page.ts';
import { clean, evidence, startCanary, watchContext, type Canary, type Watch } from './hostile/watch-page.ts';
import { selectWithMouse } from './select-text.ts';
import { unwrap } from '../unit/core-harness.ts';
import type { Result } from '../../src-main/core/api/errors.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rendererDir = path.join(root, 'out/renderer');
const screenshots = path.join(root, 'tests/e2e/screenshots');

// Elements that would mean imported markup was rendered as markup, anywhere in the app's views.
const dangerous = 'script:not([src^="./assets/"]), iframe, frame, object, embed, svg script, form[action^="javascript" i], base, meta[http-equiv="refresh" i], template';

let browser: Browser;
let canary: Canary;
let workDir: string;
let server: RunningHttpServer;
let context: BrowserContext;
let page: Page;
let watch: Watch;
const ids = { hostile: '', other: '', event: '', otherPassage: '' };

function prepareProject(projectPath: string, html: string): void {
  const core = openCore(projectPath);
  try {
    ids.hostile = unwrap(core.call('sources.import', { fileName: 'harbour-minutes.html', dataBase64: Buffer.from(html).toString('base64') })).source.id;
    ids.other = unwrap(core.call('sources.importText', { text: otherAccount, title: 'Five dead in Quay Seven blast, says harbour union' })).source.id;
    const text = unwrap(core.call('sources.get', { id: ids.other })).text;
    const phrase = 'Five people were killed in the explosion at the Quay Seven fuel terminal';
    const start = text.indexOf(phrase);
    ids.otherPassage = unwrap(core.call('annotations.create', { sourceId: ids.other, target: { start, end: start + phrase.length }, note: '<img src=x onerror=alert(1)>' })).id;
    // The user's own text can be hostile too: an event whose title and place are markup.
    ids.event = unwrap(
      core.call('events.create', {
        title: 'Quay Seven explosion <img src=x onerror="document.title=\'PWNED event\'">',
        place: '"><svg onload="document.title=\'PWNED place\'">',
        date: { start: '2025-09-09', end: null, precision: 'day' },
      }),
    ).id;
    unwrap(core.call('events.link', { highlightId: ids.otherPassage, eventId: ids.event }));
  } finally {
    core.close();
  }
}

/** The app's calls, made from the page as the renderer makes them (same origin, signed-in cookie). */
async function callFromPage<T>(name: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ name, input }) => {
      const response = await fetch('/api/call', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ op: name, input }) });
      return (await response.json()) as Result<unknown>;
    },
    { name, input },
  );
  return unwrap(result) as T;
}

beforeAll(async () => {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}/index.html is missing): run "npm run build" first.`);
  }
  mkdirSync(screenshots, { recursive: true });
  canary = await startCanary();
  workDir = mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-hostile-'));
  writeFileSync(path.join(workDir, 'hostile.html'), hostilePage(canary.url));
  const projectPath = path.join(workDir, 'hostile.sourcebench');
  prepareProject(projectPath, hostilePage(canary.url));
  server = await startHttpServer({ projectPath, port: 0, rendererDir });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1, locale: 'en-US' });
  watch = watchContext(context, (url) => url.startsWith(`${server.origin}/`) || url === server.origin);
  page = await context.newPage();
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await canary?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the control: a page whose scripts do run', () => {
  it('leaves every kind of mark the checks look for', async () => {
    const control = await browser.newContext();
    const controlCanary = await startCanary();
    try {
      const file = path.join(workDir, 'control.html');
      writeFileSync(file, hostilePage(controlCanary.url));
      const controlWatch = watchContext(control, (url) => url === pathToFileURL(file).href);
      const controlPage = await control.newPage();
      // The meta refresh would navigate away from what we want to look at; the scripts run before it.
      await controlPage.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const seen = await evidence(controlPage, controlWatch, controlCanary);
      expect(seen.pwned.join(' ')).toContain('inline-script');
      expect(seen.titles.length).toBeGreaterThan(0);
      expect(seen.console.some((line) => line.includes('PWNED inline-script'))).toBe(true);
      expect(seen.canaryHits.some((hit) => hit.includes('/inline-script'))).toBe(true);
      expect(seen.outsideRequests.some((url) => url.startsWith(controlCanary.url))).toBe(true);
      expect(seen).not.toEqual(clean);
    } finally {
      await control.close();
      await controlCanary.close();
    }
  });
});

describe('imported hostile page', () => {
  it('imports without the importer fetching anything, keeping the payload text as words', async () => {
    expect(canary.hits).toEqual([]);
    const source = await callFromPage<{ title: string; text: string; url: string | null }>('sources.get', { id: ids.hostile });
    expect(source.title).toBe(hostileTitle);
    expect(source.text).toContain(payloadSentence);
    expect(source.text).not.toContain('PWNED inline-script');
    expect(source.text).not.toContain('onerror');
  });

  it('shows in the reader, and a passage of payload text is highlighted with the mouse, with nothing run', async () => {
    await page.goto(`${server.origin}/#/sources/${encodeURIComponent(ids.hostile)}`);
    await page.getByRole('heading', { level: 1, name: hostileTitle }).waitFor();
    await selectWithMouse(page, payloadSentence);
    const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' });
    await toolbar.waitFor();
    await toolbar.getByRole('button', { name: 'Highlight yellow' }).click();
    await page.getByRole('list', { name: 'Highlights', exact: true }).getByRole('listitem').filter({ hasText: payloadSentence }).waitFor();
    expect(await page.locator(dangerous).count()).toBe(0);
    expect(await page.locator('[data-testid=reading-text] img').count()).toBe(0);
    await page.screenshot({ path: path.join(screenshots, 'hostile-reader.png') });
    expect(await evidence(page, watch, canary)).toEqual(clean);
  });

  it('shows on the Compare page and side by side with another source, with nothing run', async () => {
    await page.goto(`${server.origin}/#/compare`);
    await page.getByRole('form', { name: 'Compare sources' }).getByText(hostileTitle).waitFor();
    expect(await evidence(page, watch, canary)).toEqual(clean);

    await page.goto(`${server.origin}/#/compare/sources/${ids.hostile},${ids.other}`);
    await expect.poll(() => page.getByTestId('aligned-cell').count()).toBeGreaterThan(0);
    expect(await page.locator(dangerous).count()).toBe(0);
    expect(await evidence(page, watch, canary)).toEqual(clean);
  });

  it('compares by event once its passage is linked, the payload text in the column and the discrepancy, with nothing run', async () => {
    const highlights = await callFromPage<{ rows: { id: string; exact: string }[] }>('annotations.list', { sourceId: ids.hostile });
    const payloadPassage = highlights.rows.find((h) => h.exact === payloadSentence);
    expect(payloadPassage).toBeDefined();
    const text = (await callFromPage<{ text: string }>('sources.get', { id: ids.hostile })).text;
    const killed = 'three people were killed in the explosion at the Quay Seven fuel terminal';
    const start = text.indexOf(killed);
    const toll = await callFromPage<{ id: string }>('annotations.create', { sourceId: ids.hostile, target: { start, end: start + killed.length }, note: payloadSentence });
    await callFromPage('events.link', { highlightId: payloadPassage?.id, eventId: ids.event, stance: 'context' });
    await callFromPage('events.link', { highlightId: toll.id, eventId: ids.event, stance: 'reports' });

    await page.goto(`${server.origin}/#/compare/event/${ids.event}`);
    await expect.poll(() => page.getByTestId('event-column').count()).toBe(2);
    await expect.poll(() => page.getByTestId('event-column').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(payloadSentence)]));
    await expect.poll(() => page.getByTestId('discrepancy').count()).toBeGreaterThan(0);
    expect(await page.locator(dangerous).count()).toBe(0);
    await page.screenshot({ path: path.join(screenshots, 'hostile-compare-event.png') });
    expect(await evidence(page, watch, canary)).toEqual(clean);
  });

  it('exports the report, which opened from file:// runs nothing and loads nothing', async () => {
    const exported = await callFromPage<{ file: string; bytes: number; suggestedName: string }>('report.export', { selection: { kind: 'project' } });
    expect(exported.suggestedName).toBe('hostile-report.html');
    const staged = readdirSync(os.tmpdir())
      .filter((name) => name.startsWith('sourcebench-staging-'))
      .map((name) => path.join(os.tmpdir(), name, exported.file))
      .find((file) => existsSync(file));
    if (staged === undefined) throw new Error(`The staged report ${exported.file} is not in any staging folder.`);
    const reportFile = path.join(workDir, 'report.html');
    copyFileSync(staged, reportFile);
    expect(readFileSync(reportFile).length).toBe(exported.bytes);

    const reader = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    try {
      const reportUrl = pathToFileURL(reportFile).href;
      const reportWatch = watchContext(reader, (url) => url === reportUrl);
      const reportPage = await reader.newPage();
      await reportPage.goto(reportUrl);
      const hostileSource = reportPage.locator(`#src-${ids.hostile}`);
      expect(await hostileSource.locator('h3').innerText()).toBe(hostileTitle);
      expect(await hostileSource.locator('.reading').innerText()).toContain(payloadSentence);
      expect(await hostileSource.locator('.reading mark').filter({ hasText: payloadSentence }).count()).toBe(1);
      expect(await reportPage.locator(`#cmp-${ids.event} table.discrepancies`).count()).toBe(1);
      expect(await reportPage.locator('script, img, iframe, object, embed, svg, form, base, template').count()).toBe(0);
      await reportPage.screenshot({ path: path.join(screenshots, 'report-cover.png') });
      await hostileSource.locator('.reading mark').filter({ hasText: payloadSentence }).scrollIntoViewIfNeeded();
      await reportPage.screenshot({ path: path.join(screenshots, 'report-hostile-source.png') });
      await reportPage.locator(`#cmp-${ids.event}`).scrollIntoViewIfNeeded();
      await reportPage.evaluate((id) => document.getElementById(id)?.scrollIntoView(), `cmp-${ids.event}`);
      await reportPage.screenshot({ path: path.join(screenshots, 'report-comparison.png') });
      // Following the links a reader would click (the payload's javascript: links are text here) goes nowhere outside.
      await reportPage.locator(`a[href="#src-${ids.hostile}"]`).first().click();
      expect(reportPage.url()).toBe(`${reportUrl}#src-${ids.hostile}`);
      expect(await evidence(reportPage, reportWatch, canary)).toEqual(clean);
    } finally {
      await reader.close();
    }
    expect(await evidence(page, watch, canary)).toEqual(clean);
  });
});
