// Events in a real browser against the real loopback server: the sample project loaded, a passage
// highlighted and turned into an event, seen on the timeline with one source; a passage of a second
// source linked to it through the picker, and the count going to two; the event's details, other
// events made through the form (gaps and clusters on the axis), the zoom, and the entity list.
// Needs the built renderer (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { selectWithMouse } from './select-text.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../src-main/hosts/http/server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rendererDir = path.join(root, 'out/renderer');
const screenshots = path.join(root, 'tests/e2e/screenshots');

const heraldTitle = /^Three dead after blast at Velmora harbour fuel depot/;
const riverlineTitle = /^At least five killed in Velmora depot explosion/;
const heraldPhrase = 'Three people were killed and eleven injured when an explosion tore through a fuel depot in the town\'s harbour shortly after 11pm on Tuesday';
const riverlinePhrase = 'At least five people died and more than twenty were injured when a fuel terminal exploded';

let browser: Browser;
let workDir: string;

beforeAll(async () => {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}/index.html is missing): run "npm run build" first.`);
  }
  mkdirSync(screenshots, { recursive: true });
  workDir = mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-events-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function openWorkbench(projectName: string): Promise<{ server: RunningHttpServer; page: Page; problems: string[] }> {
  const server = await startHttpServer({ projectPath: path.join(workDir, `${projectName}.sourcebench`), port: 0, rendererDir });
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1, locale: 'en-US' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(server.url);
  return { server, page, problems };
}

/** Opens a source from the library and highlights the words; returns the highlight's card in the side panel. */
async function highlightIn(page: Page, title: RegExp, words: string) {
  await page.getByRole('navigation', { name: 'Places' }).getByRole('link', { name: 'Library' }).click();
  await page.getByRole('grid', { name: 'Sources' }).getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await selectWithMouse(page, words);
  await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Highlight yellow' }).click();
  const item = page.locator('.hl-item--selected');
  await item.getByRole('group', { name: 'Events of this passage' }).waitFor();
  return item;
}

async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Dismiss' });
  while ((await close.count()) > 0) await close.first().click();
}

async function openTimeline(page: Page) {
  await page.getByRole('navigation', { name: 'Places' }).getByRole('link', { name: 'Events' }).click();
  await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
  return page.getByRole('list', { name: 'Timeline' });
}

function card(page: Page, title: string | RegExp) {
  return page.locator('.timeline-card').filter({ has: page.locator('.timeline-card__title', { hasText: title }) });
}

async function createEvent(page: Page, fields: { title: string; date: string; precision?: string; place?: string; actors?: string }) {
  await page.getByRole('button', { name: 'New event' }).click();
  const dialog = page.getByRole('dialog', { name: 'New event' });
  await dialog.getByLabel('Title').fill(fields.title);
  await dialog.getByLabel('Date', { exact: true }).fill(fields.date);
  if (fields.precision) await dialog.getByLabel('Precision').selectOption({ label: fields.precision });
  if (fields.place) await dialog.getByLabel('Place').fill(fields.place);
  if (fields.actors) await dialog.getByLabel(/^Actors/).fill(fields.actors);
  await dialog.getByRole('button', { name: 'Create event' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('events', () => {
  it('makes an event from a passage, links a second source to it, and shows both on the timeline', async () => {
    const { server, page, problems } = await openWorkbench('events');
    try {
      await page.getByRole('button', { name: 'Load the sample project' }).click();
      await page.getByRole('grid', { name: 'Sources' }).locator('[role=row][data-source-id]').first().waitFor();

      // A passage of the Herald becomes an event, dated from what the passage says.
      const herald = await highlightIn(page, heraldTitle, heraldPhrase);
      await herald.getByRole('button', { name: 'New event from this passage' }).click();
      const heraldEvents = herald.getByRole('list', { name: 'Events this passage is linked to' });
      await heraldEvents.getByRole('listitem').first().waitFor();
      expect(await heraldEvents.getByRole('listitem').count()).toBe(1);
      const eventTitle = ((await heraldEvents.locator('.hl-events__title').textContent()) ?? '').trim();
      expect(eventTitle).toContain('Three people were killed');
      expect(await herald.getByLabel(`Stance towards ${eventTitle}`).inputValue()).toBe('reports');

      // On the timeline with one source.
      await openTimeline(page);
      const event = card(page, eventTitle);
      await event.waitFor();
      expect(await event.getByTestId('event-counts').textContent()).toContain('1 source');
      expect(await event.locator('.timeline-card__date').textContent()).toBe('9 Sep 2025');

      // A passage of Riverline linked to it through the searchable picker.
      const riverline = await highlightIn(page, riverlineTitle, riverlinePhrase);
      await riverline.getByRole('button', { name: 'Link to event…' }).click();
      await riverline.getByLabel('Link to event').fill('three killed');
      await riverline.getByRole('option', { name: new RegExp(eventTitle.slice(0, 20)) }).click();
      await riverline.getByRole('list', { name: 'Events this passage is linked to' }).getByText(eventTitle).waitFor();

      await openTimeline(page);
      await expect.poll(() => card(page, eventTitle).getByTestId('event-counts').textContent()).toContain('2 sources');

      // Its details: passages grouped by source, with stance badges.
      await card(page, eventTitle).click();
      const details = page.getByRole('complementary', { name: 'Event details' });
      const bySource = details.getByRole('list', { name: 'Linked passages by source' });
      await bySource.waitFor();
      expect(await bySource.locator('.ev-source').count()).toBe(2);
      expect(await bySource.locator('.ev-stance--reports').count()).toBe(2);

      // Edit the title; more events through the form, to show clusters and gaps.
      await details.getByLabel('Title').fill('Explosion at the Quay Seven fuel depot');
      await details.getByLabel('Place').fill('Quay Seven, Velmora');
      await details.getByRole('button', { name: 'Save changes' }).click();
      await card(page, 'Explosion at the Quay Seven fuel depot').waitFor();
      await createEvent(page, { title: 'Petition to move the depot passes 2,000 signatures', date: '2023', precision: 'Approximately (c.)', place: 'Tanner Street' });
      await createEvent(page, { title: 'Transfer valve inspected and passed', date: '2025-03', place: 'Quay Seven', actors: 'Velmora Harbour Authority' });
      await createEvent(page, { title: 'Board claims deliberate interference', date: '2025-09-10', actors: 'Oskar Telling; Port of Velmora Board' });
      await createEvent(page, { title: 'Safety inspectorate opens investigation', date: '2025-09-12', precision: 'Before' });
      const titles = await page.locator('.timeline-card__title').allTextContents();
      expect(titles).toEqual([
        'Petition to move the depot passes 2,000 signatures',
        'Transfer valve inspected and passed',
        'Explosion at the Quay Seven fuel depot',
        'Board claims deliberate interference',
        'Safety inspectorate opens investigation',
      ]);
      expect(await page.locator('.timeline-card__date').allTextContents()).toEqual(['c. 2023', 'March 2025', '9 Sep 2025', '10 Sep 2025', 'before 12 Sep 2025']);
      // Gaps between the clusters, at each zoom.
      const gaps = () => page.locator('.timeline__gap-label').allTextContents();
      expect(await gaps()).toEqual(['14 months without events', '5 months without events']);
      await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Year' }).click();
      expect(await gaps()).toEqual(['1 year without events']);
      expect(await page.locator('.timeline__marker-main').allTextContents()).toEqual(['2023', '2025']);
      await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Day' }).click();
      expect(await gaps()).toEqual(['425 days without events', '161 days without events', '1 day without events']);
      await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Month' }).click();

      await card(page, 'Explosion at the Quay Seven fuel depot').click();
      await dismissToasts(page);
      await page.screenshot({ path: path.join(screenshots, 'events-timeline.png') });

      // Merge a duplicate into it, then delete another after confirming.
      await createEvent(page, { title: 'Depot blast (duplicate)', date: '2025-09' });
      await page.getByRole('button', { name: 'Merge into…' }).click();
      const merge = page.getByRole('dialog', { name: /^Merge/ });
      await merge.getByLabel('Merge into').fill('Quay Seven fuel');
      await merge.getByRole('option', { name: /Explosion at the Quay Seven/ }).click();
      await merge.getByRole('button', { name: 'Merge' }).click();
      await merge.waitFor({ state: 'hidden' });
      await expect.poll(() => card(page, 'Depot blast (duplicate)').count()).toBe(0);
      await card(page, 'Safety inspectorate opens investigation').click();
      await details.getByRole('button', { name: 'Delete event' }).click();
      await page.getByRole('dialog', { name: /^Delete/ }).getByRole('button', { name: 'Delete event' }).click();
      await expect.poll(() => card(page, 'Safety inspectorate opens investigation').count()).toBe(0);

      // The entity list: actors named on events, suggestions from the sources.
      await page.getByRole('tab', { name: 'People & organisations' }).click();
      const entities = page.getByRole('list', { name: 'Entities' });
      await entities.getByText('Oskar Telling', { exact: true }).waitFor();
      const telling = entities.locator('.entity').filter({ hasText: 'Oskar Telling' });
      await telling.getByLabel('Add an alias to Oskar Telling').fill('O. Telling');
      await telling.getByLabel('Add an alias to Oskar Telling').press('Enter');
      await telling.getByRole('list', { name: 'Aliases of Oskar Telling' }).getByText('O. Telling').waitFor();
      await dismissToasts(page);
      await page.screenshot({ path: path.join(screenshots, 'events-entities.png') });

      // A passage opens its source in the reader; the highlight's Events section there.
      await page.getByRole('tab', { name: 'Timeline' }).click();
      await card(page, 'Explosion at the Quay Seven fuel depot').click();
      await details.getByRole('button', { name: /^“At least five people died/ }).click();
      await page.getByRole('heading', { level: 1, name: riverlineTitle }).waitFor();
      expect(page.url()).toContain('?highlight=');
      await page.getByRole('tab', { name: /Highlights/ }).click();
      await page.locator('.hl-item').first().locator('.hl-item__select').click();
      await page.locator('.hl-item--selected').getByRole('group', { name: 'Events of this passage' }).getByText('Explosion at the Quay Seven fuel depot').waitFor();
      await dismissToasts(page);
      await page.screenshot({ path: path.join(screenshots, 'events-highlight.png') });

      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
      await server.close();
    }
  });
});
