// The workbench in a real browser against the real loopback server: import
// through the file picker, the library table, the reader's edits surviving a
// reload, restoring a removed line, deleting, and the sample project on first run.
// Needs the built renderer (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../src-main/hosts/http/server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rendererDir = path.join(root, 'out/renderer');
const screenshots = path.join(root, 'tests/e2e/screenshots');
const corpus = (name: string) => fileURLToPath(new URL(`../../../shared/corpus/baghdad-embassy/${name}`, import.meta.url));

const newsBrief = corpus('news-us-warns-embassy-shutdown.txt');
const newsBriefTitle = 'US Warns Iraq of Embassy Shutdown in Response to Attacks on Personnel';
const allCorpusFiles = [newsBrief, corpus('news-administration-warns-iraq-embassy.txt'), corpus('analysis-embassy-attacks-motives.txt')];

let browser: Browser;
let workDir: string;

beforeAll(async () => {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}/index.html is missing): run "npm run build" first.`);
  }
  mkdirSync(screenshots, { recursive: true });
  workDir = mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** A fresh project behind a fresh server, and a page signed in through the printed URL. */
async function openWorkbench(projectName: string): Promise<{ server: RunningHttpServer; page: Page; problems: string[] }> {
  const server = await startHttpServer({ projectPath: path.join(workDir, `${projectName}.sourcebench`), port: 0, rendererDir });
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  // Console errors include CSP violations: the page must run under its policy without any.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(server.url);
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
  return { server, page, problems };
}

function libraryRow(page: Page, title: string) {
  return page.getByRole('grid', { name: 'Sources' }).getByRole('row').filter({ hasText: title });
}

describe('the workbench in a browser', () => {
  it('imports a file, lists it, and keeps the reader’s edits and restored lines across a reload', async () => {
    const { server, page, problems } = await openWorkbench('research');
    try {
      // First run: the welcome panel.
      await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();

      // Import through the file picker; the library shows the title read off the text.
      await page.getByTestId('import-file-input').setInputFiles(newsBrief);
      const summary = page.getByTestId('import-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('1 imported');
      await libraryRow(page, newsBriefTitle).waitFor();

      // Many files at once: the one already imported is recognised as a duplicate.
      await page.getByTestId('import-file-input').setInputFiles(allCorpusFiles);
      await page.getByTestId('import-summary').getByText('2 imported').waitFor();
      expect(await page.getByTestId('import-summary').textContent()).toContain('1 already in the library');
      await page.screenshot({ path: path.join(screenshots, 'import-summary.png') });
      await page.getByRole('button', { name: 'Dismiss' }).click();
      const grid = page.getByRole('grid', { name: 'Sources' });
      await expect.poll(() => grid.locator('[role=row][data-source-id]').count()).toBe(3);

      // Sorting is the server's: clicking Title sorts by title, ascending first.
      await grid.getByRole('button', { name: 'Title' }).click();
      await expect.poll(() => grid.getByRole('columnheader', { name: 'Title' }).getAttribute('aria-sort')).toBe('ascending');
      const titles = await grid.locator('[role=row][data-source-id] [role=gridcell]:first-child').allTextContents();
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

      // Filtering is the server's too.
      await page.getByLabel('Title contains').fill('shutdown');
      await expect.poll(() => grid.locator('[role=row][data-source-id]').count()).toBe(1);
      await page.getByLabel('Title contains').fill('');
      await expect.poll(() => grid.locator('[role=row][data-source-id]').count()).toBe(3);
      await page.screenshot({ path: path.join(screenshots, 'library.png') });

      // Keyboard: focus the row, Enter opens the reader.
      await libraryRow(page, newsBriefTitle).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: newsBriefTitle }).waitFor();
      const readingText = page.getByTestId('reading-text');
      expect(await readingText.textContent()).toContain('Pompeo has warned Iraqi Prime Minister');

      // An invalid date is refused by the core, and its message shows next to the field.
      const date = page.getByLabel('Date', { exact: true });
      await date.fill('2020-02-31');
      await date.press('Enter');
      await page.getByText('Not a real date').waitFor();
      expect(await date.getAttribute('aria-invalid')).toBe('true');
      await page.locator('.reader__side').screenshot({ path: path.join(screenshots, 'reader-invalid-date.png') });
      await date.fill('2020-09-29');
      await date.press('Enter');
      await expect.poll(() => date.getAttribute('aria-invalid')).toBe('false');

      // Edit the publisher; the edit is kept across a reload.
      const publisher = page.getByLabel('Publisher', { exact: true });
      await publisher.fill('NBC News / Reuters');
      await publisher.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();
      await page.screenshot({ path: path.join(screenshots, 'reader.png') });

      await page.reload();
      await page.getByRole('heading', { level: 1, name: newsBriefTitle }).waitFor();
      expect(await page.getByLabel('Publisher', { exact: true }).inputValue()).toBe('NBC News / Reuters');
      expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe('2020-09-29');

      // Restore a removed line: it leaves the list and appears in the text.
      const removedList = page.getByRole('list', { name: 'Removed lines' });
      const removedItems = removedList.getByRole('listitem');
      const removedBefore = await removedItems.count();
      expect(removedBefore).toBeGreaterThan(0);
      const firstRemoved = removedItems.first();
      const restoredText = ((await firstRemoved.locator('.removed-line__text').textContent()) ?? '').trim();
      expect(restoredText).not.toBe('');
      expect(await readingText.textContent()).not.toContain(restoredText);
      await firstRemoved.getByRole('button', { name: /^Restore line/ }).click();
      await expect.poll(() => readingText.textContent()).toContain(restoredText);
      await expect.poll(() => page.getByRole('list', { name: 'Removed lines' }).getByRole('listitem').count()).toBe(removedBefore - 1);
      await page.getByRole('heading', { name: /Removed lines/ }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(screenshots, 'reader-restored-line.png') });

      // Back in the library, the row shows the edited publisher.
      await page.getByRole('button', { name: 'Back to library' }).click();
      await libraryRow(page, newsBriefTitle).filter({ hasText: 'NBC News / Reuters' }).waitFor();

      // Deleting asks first, then the source is gone.
      const victimId = await grid.locator('[role=row][data-source-id]').last().getAttribute('data-source-id');
      expect(victimId).not.toBeNull();
      await grid.locator(`[data-source-id="${victimId}"] a`).click();
      await page.getByRole('button', { name: 'Delete…' }).click();
      const confirm = page.getByRole('dialog', { name: 'Delete this source?' });
      expect(await confirm.textContent()).toContain('Undo (in the Edit menu or the header) brings it all back.');
      await confirm.getByRole('button', { name: 'Delete source' }).click();
      await page.getByRole('grid', { name: 'Sources' }).waitFor();
      await expect.poll(() => grid.locator('[role=row][data-source-id]').count()).toBe(2);
      expect(await grid.locator(`[data-source-id="${victimId}"]`).count()).toBe(0);

      // Undo brings it back; redo deletes it again.
      await page.getByRole('button', { name: 'Undo Delete source' }).click();
      await expect.poll(() => grid.locator(`[data-source-id="${victimId}"]`).count()).toBe(1);
      await page.getByRole('button', { name: 'Redo Delete source' }).click();
      await expect.poll(() => grid.locator(`[data-source-id="${victimId}"]`).count()).toBe(0);

      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
      await server.close();
    }
  });

  it('reports a file the core cannot import, and shows the reason', async () => {
    const { server, page, problems } = await openWorkbench('failures');
    try {
      const empty = path.join(workDir, 'empty.txt');
      writeFileSync(empty, '');
      await page.getByTestId('import-file-input').setInputFiles([empty]);
      const summary = page.getByTestId('import-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toContain('1 failed');
      const failures = page.getByRole('list', { name: 'Files that failed' });
      expect(await failures.textContent()).toContain('empty.txt');
      await page.screenshot({ path: path.join(screenshots, 'import-failed.png') });
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
      await server.close();
    }
  });

  it('stops a long import when cancelled (after the batch being stored), and says how far it got', async () => {
    const { server, page, problems } = await openWorkbench('cancel');
    try {
      const folder = mkdtempSync(path.join(workDir, 'many-'));
      const files = Array.from({ length: 60 }, (_, i) => {
        const file = path.join(folder, `report-${i + 1}.txt`);
        const body = Array.from({ length: 1500 }, (_, line) => `Report ${i + 1}, paragraph ${line + 1}: the convoy passed the checkpoint at dawn.`).join('\n\n');
        writeFileSync(file, `Report number ${i + 1}\n\n${body}\n`);
        return file;
      });
      await page.getByTestId('import-file-input').setInputFiles(files);
      const progress = page.getByRole('region', { name: 'Import progress' });
      await progress.waitFor();
      expect(await progress.textContent()).toMatch(/Importing \d+ of 60/);
      await page.screenshot({ path: path.join(screenshots, 'import-progress.png') });
      await progress.getByRole('button', { name: 'Cancel' }).click();
      const summary = page.getByTestId('import-summary');
      await summary.waitFor();
      const said = (await summary.textContent()) ?? '';
      const stoppedAfter = Number(/Import stopped after (\d+) of 60/.exec(said)?.[1]);
      expect(stoppedAfter).toBeGreaterThan(0);
      expect(stoppedAfter).toBeLessThan(60);
      const grid = page.getByRole('grid', { name: 'Sources' });
      await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe(String(stoppedAfter + 1));
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
      await server.close();
    }
  });

  it('loads the sample project from the welcome panel of an empty project', async () => {
    const { server, page, problems } = await openWorkbench('first-run');
    try {
      await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
      await page.screenshot({ path: path.join(screenshots, 'welcome.png') });
      await page.getByRole('button', { name: 'Load the sample project' }).click();
      const rows = page.getByRole('grid', { name: 'Sources' }).locator('[role=row][data-source-id]');
      await rows.first().waitFor();
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await page.getByRole('heading', { name: 'Your library is empty' }).count()).toBe(0);
      await page.screenshot({ path: path.join(screenshots, 'sample-library.png') });

      // Pasted text becomes a source and opens in the reader.
      await page.getByRole('button', { name: 'Paste text' }).click();
      const dialog = page.getByRole('dialog', { name: 'Paste text' });
      await dialog.getByLabel('Title (optional)').fill('Field notes, 3 October');
      await dialog.getByLabel('Text').fill('Met two witnesses near the checkpoint.\n\nBoth described the convoy differently.');
      await dialog.getByRole('button', { name: 'Import' }).click();
      await page.getByRole('heading', { level: 1, name: 'Field notes, 3 October' }).waitFor();
      expect(await page.getByTestId('reading-text').locator('p').count()).toBe(2);

      // Files dropped anywhere on the window are imported too.
      await page.getByRole('button', { name: 'Back to library' }).click();
      const dropped = await page.evaluateHandle(() => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['# Harbour log\n\nTwo tugs left at dawn.\n'], 'harbour-log.md', { type: 'text/markdown' }));
        return transfer;
      });
      await page.dispatchEvent('main', 'dragenter', { dataTransfer: dropped });
      await page.getByText('Drop files or folders to import').waitFor();
      await page.dispatchEvent('main', 'drop', { dataTransfer: dropped });
      await page.getByTestId('import-summary').getByText('1 imported').waitFor();
      expect(await page.getByText('Drop files or folders to import').count()).toBe(0);
      await page.getByRole('grid', { name: 'Sources' }).getByRole('row').filter({ hasText: 'Harbour log' }).waitFor();

      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
      await server.close();
    }
  });

  it('pages through a large library from SQLite as it scrolls, drawing only the visible rows', async () => {
    const { server, page, problems } = await openWorkbench('large');
    try {
      const count = 260;
      for (let i = 0; i < count; i++) {
        const n = String(i + 1).padStart(3, '0');
        const result = await callOverHttp(server, 'sources.importText', { title: `Dispatch ${n}`, text: `Dispatch number ${n}.\n\nA short report.` });
        expect(result).toMatchObject({ ok: true });
      }
      await page.reload();
      const grid = page.getByRole('grid', { name: 'Sources' });
      await grid.getByRole('button', { name: 'Title' }).click();
      await expect.poll(() => grid.getByRole('columnheader', { name: 'Title' }).getAttribute('aria-sort')).toBe('ascending');
      expect(await grid.getAttribute('aria-rowcount')).toBe(String(count + 1));
      const rendered = grid.locator('[role=row][data-source-id]');
      expect(await rendered.count()).toBeLessThan(80);

      // Keyboard to the end: End jumps to the last loaded row, and more pages load until the last source is reached.
      await rendered.first().focus();
      await expect
        .poll(
          async () => {
            await page.keyboard.press('End');
            return page.locator('[role=row]:focus').textContent();
          },
          { timeout: 15_000 },
        )
        .toContain(`Dispatch ${String(count).padStart(3, '0')}`);
      expect(await rendered.count()).toBeLessThan(80);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: `Dispatch ${String(count).padStart(3, '0')}` }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
      await server.close();
    }
  });
});

/** Seeds a project quickly through the same door the page uses, authenticated with the bearer token. */
async function callOverHttp(server: RunningHttpServer, op: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${server.origin}/api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ op, input }),
  });
  return response.json();
}
