// The search box and the annotations table in a real browser against the real
// loopback server: grouped results with the matched words marked, opening one
// in the reader on its words, a query that cannot be read explained inline, and
// the table's filters, sorting, selection, bulk tag, delete and undo.
// Needs the built renderer (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

import path from 'node:path';
import type { Page } from 'playwright-core';
import { openWorkbench, screenshots, type Workbench } from './open-workbench.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src-main/core/core.ts';
import type { RunningHttpServer } from '../../src-main/hosts/http/server.ts';
import { importCorpusFile, readingText, unwrap } from '../unit/core-harness.ts';

const analysisTitle = 'The attacks on the US embassy in Iraq, motives and prospects';

let workbench: Workbench<void>;
let server: RunningHttpServer;
let page: Page;
let problems: string[];
const quotes = { katyusha: 'Katyusha rockets', closure: 'close its embassy in Baghdad', orphan: '' };

/** Three corpus sources and a few highlights (one orphaned by a text revision), through the core. */
function prepareProject(projectPath: string): void {
  const core = openCore(projectPath);
  try {
    const analysis = importCorpusFile(core, 'analysis-embassy-attacks-motives.txt');
    const brief = importCorpusFile(core, 'news-us-warns-embassy-shutdown.txt');
    importCorpusFile(core, 'news-administration-warns-iraq-embassy.txt');
    const highlight = (sourceId: string, phrase: string, extra: { note?: string; tags?: string[] } = {}) => {
      const start = readingText(core, sourceId).indexOf(phrase);
      if (start === -1) throw new Error(`“${phrase}” is not in the text`);
      return unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length }, note: extra.note ?? '', tagNames: extra.tags ?? [] })).id;
    };
    highlight(analysis, quotes.katyusha, { note: 'weapons used by the militias', tags: ['Threat'] });
    highlight(brief, quotes.closure, { note: 'the closure threat', tags: ['Diplomacy'] });
    highlight(analysis, 'drones', { tags: ['Threat'] });
    // A whole sentence highlighted and then deleted from the text: its highlight needs review.
    const text = readingText(core, brief);
    const found = /[^.\n]*Pompeo[^.\n]*\./.exec(text);
    if (found === null) throw new Error('no sentence about Pompeo');
    const start = found.index + (found[0].length - found[0].trimStart().length);
    quotes.orphan = text.slice(start, found.index + found[0].length);
    unwrap(core.call('annotations.create', { sourceId: brief, target: { start, end: start + quotes.orphan.length } }));
    unwrap(core.call('sources.revise', { id: brief, text: text.slice(0, start) + text.slice(found.index + found[0].length) }));
  } finally {
    core.close();
  }
}

beforeAll(async () => {
  workbench = await openWorkbench('search', prepareProject);
  ({ server, problems } = workbench);
  page = await workbench.newPage({ acceptDownloads: true });
  await page.goto(server.url);
});

afterAll(() => workbench?.close());

const searchBox = () => page.getByRole('combobox', { name: 'Search sources, highlights, notes and events' });
const results = () => page.getByRole('listbox', { name: 'Search results' });
const tableRows = () => page.locator('.ann-table__row--body');

describe('search box', () => {
  it('shows results grouped by kind as you type, with the matched words marked', async () => {
    await page.getByRole('grid', { name: 'Sources' }).waitFor();
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('katyusha', { delay: 30 });
    await results().waitFor();
    const groups = results().getByRole('group');
    await expect.poll(() => groups.evaluateAll((els) => els.map((el) => el.querySelector('.search-group__head span')?.textContent))).toEqual(['Sources', 'Highlights']);
    const marks = await results().locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toBe('katyusha');
    await page.screenshot({ path: path.join(screenshots, 'search-results.png') });
  });

  it('finds phrases and notes, moves with the arrow keys and opens a result on its words', async () => {
    await searchBox().fill('"Katyusha rockets" OR militias');
    // Until the new answer comes, the last one stays on screen: wait for this query's words.
    await expect.poll(() => results().locator('mark').allTextContents()).toContain('militias');
    expect(await results().locator('mark').allTextContents()).toContain('Katyusha rockets');
    await expect.poll(() => results().getByRole('group').count()).toBeGreaterThanOrEqual(2);
    const first = results().getByRole('option').first();
    await expect.poll(() => first.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => results().getByRole('option').nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/sources\/[^?]+\?at=\d+/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBe(analysisTitle);
    // The matched words are marked in the reading text and scrolled into view.
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('sb-search-landing')?.size ?? 0)).toBe(1);
    const landed = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('sb-search-landing') ?? [])][0] as Range | undefined;
      const view = document.querySelector('.reader__page')?.getBoundingClientRect();
      const rect = range?.getBoundingClientRect();
      return { text: range?.toString(), inView: rect !== undefined && view !== undefined && rect.top >= view.top && rect.bottom <= view.bottom };
    });
    expect(landed.text).toMatch(/^Katyusha rockets$|^militias$/i);
    expect(landed.inView).toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'search-landed.png') });
  });

  it('says in plain words why a query cannot be read, inline', async () => {
    await page.keyboard.press('/');
    await searchBox().fill('embassy AND AND');
    const message = page.locator('.search-panel').getByRole('alert');
    await expect.poll(() => message.textContent()).toContain('AND needs words on both sides');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await page.screenshot({ path: path.join(screenshots, 'search-invalid.png') });
    await searchBox().fill('(embassy');
    await expect.poll(() => message.textContent()).toMatch(/\(/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.search-panel').count()).toBe(0);
  });
});

describe('annotations table', () => {
  it('lists every highlight, filters by status and tag, and sorts', async () => {
    await page.getByRole('link', { name: 'Annotations' }).click();
    await page.waitForURL(/#\/annotations$/);
    await expect.poll(() => tableRows().count()).toBe(4);
    await page.screenshot({ path: path.join(screenshots, 'annotations-table.png') });

    await page.getByLabel('Status').selectOption('attention');
    await expect.poll(() => tableRows().count()).toBe(1);
    expect(await tableRows().first().locator('.ann-status').textContent()).toMatch(/^(Orphaned|Fuzzy)$/);
    await page.getByLabel('Status').selectOption('');

    await page.getByLabel('Tag', { exact: true }).selectOption({ label: 'Threat' });
    await expect.poll(() => tableRows().count()).toBe(2);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => tableRows().count()).toBe(4);

    await page.getByRole('columnheader', { name: 'Quote' }).getByRole('button').click();
    const quotesShown = () => tableRows().locator('.ann-quote').allTextContents();
    const ascending = [quotes.katyusha, quotes.closure, quotes.orphan, 'drones'].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
    await expect.poll(quotesShown).toEqual(ascending);
    expect(await page.getByRole('columnheader', { name: 'Quote' }).getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('columnheader', { name: 'Quote' }).getByRole('button').click();
    await expect.poll(quotesShown).toEqual([...ascending].reverse());
  });

  it('tags two rows at once, deletes one, and undoes the delete with Ctrl+Z', async () => {
    const row = (quote: string) => tableRows().filter({ has: page.locator('.ann-quote', { hasText: quote }) });
    await row(quotes.katyusha).getByRole('checkbox').click();
    await row(quotes.closure).getByRole('checkbox').click();
    await expect.poll(() => page.locator('.ann-bulk__count').textContent()).toBe('2 selected');
    await page.getByLabel('Tag to add').fill('Escalation');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await expect.poll(() => row(quotes.katyusha).locator('.tag-chip').allTextContents()).toContain('Escalation');
    await expect.poll(() => row(quotes.closure).locator('.tag-chip').allTextContents()).toContain('Escalation');
    await page.screenshot({ path: path.join(screenshots, 'annotations-bulk.png') });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/^annotations-\d{4}-\d{2}-\d{2}\.csv$/);

    await page.getByRole('button', { name: 'Clear selection' }).click();
    await row(quotes.closure).getByRole('checkbox').click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => tableRows().count()).toBe(3);
    await page.locator('body').click({ position: { x: 5, y: 820 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => tableRows().count()).toBe(4);
    await expect.poll(() => row(quotes.closure).locator('.tag-chip').allTextContents()).toContain('Escalation');
    expect(problems).toEqual([]);
  });
});
