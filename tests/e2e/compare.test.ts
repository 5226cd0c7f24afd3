// Comparing accounts in a real browser against the real loopback server: the sample project with an
// event made from the Herald's death toll and linked to Riverline's, compared by event (both columns,
// the flagged discrepancy "three" vs "at least five", resolved with a note and reopened), and two sample
// sources compared side by side (aligned pairs with a word diff, and "find this passage").
// Needs the built renderer (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

import path from 'node:path';
import type { Page } from 'playwright-core';
import { openWorkbench, screenshots, type Workbench } from './open-workbench.ts';
import { selectWithMouse } from './select-text.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src-main/core/core.ts';
import type { RunningHttpServer } from '../../src-main/hosts/http/server.ts';
import { unwrap } from '../unit/core-harness.ts';


let workbench: Workbench<void>;
let server: RunningHttpServer;
let page: Page;
let problems: string[];
const ids = { herald: '', riverline: '', event: '' };

/** The sample project, an event from the Herald's death toll, and Riverline's linked to it: through the core. */
function prepareProject(projectPath: string): void {
  const core = openCore(projectPath);
  try {
    unwrap(core.call('project.loadSample', {}));
    const rows = unwrap(core.call('sources.list', {})).rows;
    ids.herald = rows.find((r) => r.publisher === 'Ostra Valley Herald')?.id ?? '';
    ids.riverline = rows.find((r) => r.publisher === 'Riverline News')?.id ?? '';
    const highlight = (sourceId: string, phrase: string) => {
      const text = unwrap(core.call('sources.get', { id: sourceId })).text;
      const start = text.indexOf(phrase);
      if (start === -1) throw new Error(`“${phrase}” is not in the sample`);
      return unwrap(core.call('annotations.create', { sourceId, target: { start, end: start + phrase.length } })).id;
    };
    const made = unwrap(
      core.call('events.createFromHighlight', { highlightId: highlight(ids.herald, 'Three people were killed and eleven injured'), title: 'Explosion at the Quay Seven fuel terminal' }),
    );
    ids.event = made.event.id;
    unwrap(core.call('events.update', { id: ids.event, patch: { date: { start: '2025-09-09', end: null, precision: 'day' }, place: 'Velmora harbour' } }));
    unwrap(core.call('events.link', { highlightId: highlight(ids.riverline, 'At least five people died and more than twenty were injured'), eventId: ids.event }));
  } finally {
    core.close();
  }
}

beforeAll(async () => {
  workbench = await openWorkbench('compare', prepareProject);
  ({ server, problems } = workbench);
  page = await workbench.newPage();
  await page.goto(server.url);
});

afterAll(() => workbench?.close());

describe('compare by event', () => {
  it('opens from the Compare page, shows both columns and flags the death toll', async () => {
    await page.getByRole('link', { name: 'Compare' }).click();
    await page.getByRole('button', { name: /Explosion at the Quay Seven fuel terminal/ }).click();
    expect(page.url()).toContain(`#/compare/event/${ids.event}`);

    const columns = page.getByTestId('event-column');
    await expect.poll(() => columns.count()).toBe(2);
    await expect.poll(() => columns.allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('OSTRA VALLEY HERALD'), expect.stringContaining('RIVERLINE NEWS')]),
    );
    expect(await page.locator('.claim-mark--conflict', { hasText: 'Three people were killed' }).count()).toBe(1);
    expect(await page.locator('.claim-mark--conflict', { hasText: 'At least five people died' }).count()).toBe(1);

    const deaths = page.locator('[data-testid=discrepancy][data-key="count:deaths"]');
    await expect.poll(() => deaths.innerText()).toContain('Ostra Valley Herald');
    const said = await deaths.innerText();
    expect(said).toMatch(/Ostra Valley Herald\s+3/);
    expect(said).toMatch(/Riverline News\s+at least 5/);
    expect(said).toContain('Three people were killed and eleven injured');
    expect(await page.locator('details.compare-section--collapsible[open]').count()).toBe(0);
    await page.screenshot({ path: path.join(screenshots, 'compare-event.png'), fullPage: false });
  });

  it('resolves the discrepancy with a trusted account and a note, then reopens it', async () => {
    const deaths = page.locator('[data-testid=discrepancy][data-key="count:deaths"]');
    await deaths.getByLabel('Trusted account').selectOption({ label: 'Riverline News' });
    await deaths.getByLabel('Note').fill('The hospital list published on Thursday names five dead.');
    await deaths.getByRole('button', { name: 'Mark resolved' }).click();
    await expect.poll(() => deaths.innerText()).toContain('Trusting Riverline News');
    expect(await deaths.innerText()).toContain('The hospital list published on Thursday names five dead.');

    await deaths.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, 'compare-event-resolved.png') });

    await deaths.getByRole('button', { name: 'Reopen' }).click();
    await expect.poll(() => deaths.getByRole('button', { name: 'Mark resolved' }).count()).toBe(1);
    // Resolve it again, so the state the user leaves is the verdict.
    await deaths.getByLabel('Trusted account').selectOption({ label: 'Riverline News' });
    await deaths.getByLabel('Note').fill('Hospital list names five.');
    await deaths.getByRole('button', { name: 'Mark resolved' }).click();
    await expect.poll(() => deaths.innerText()).toContain('Hospital list names five.');
  });
});

describe('compare by source', () => {
  it('shows two sample sources aligned, with scores and a word diff, and finds a passage in the other', async () => {
    await page.getByRole('link', { name: 'Compare' }).click();
    const picker = page.getByRole('form', { name: 'Compare sources' });
    await picker.getByText('Three dead after blast at Velmora harbour fuel depot').click();
    await picker.getByText('At least five killed in Velmora depot explosion').click();
    await picker.getByRole('button', { name: 'Compare sources' }).click();
    expect(page.url()).toContain(`#/compare/sources/${ids.herald},${ids.riverline}`);

    const aligned = page.getByTestId('aligned-cell');
    await expect.poll(() => aligned.count()).toBeGreaterThan(4);
    const mayor = page.locator('[data-testid=aligned-cell][data-source-index="1"]', { hasText: 'Orsen' });
    expect(await mayor.count()).toBe(1);
    expect(await mayor.locator('.score-badge').innerText()).toMatch(/^\d+% match$/);
    expect(await mayor.locator('ins.diff-ins').count()).toBeGreaterThan(0);
    expect(await mayor.locator('del.diff-del').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('gap-cell').count()).toBeGreaterThan(0);
    await mayor.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, 'compare-sources.png') });

    // "Find this passage": the Herald's evacuation sentence, selected with the mouse, found in Riverline.
    const evacuation = 'Residents living within 500 metres of the quay were taken to the sports hall on Mill Road overnight and allowed home on Wednesday afternoon.';
    await selectWithMouse(page, evacuation, '[data-cell-text][data-source-index="0"]');
    const matches = page.getByTestId('find-match');
    await expect.poll(() => matches.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('find-panel').locator('.find-panel__query').innerText()).toBe(evacuation);
    await page.screenshot({ path: path.join(screenshots, 'compare-find.png') });
    const kilometre = matches.filter({ hasText: 'several streets in the lower town' });
    expect(await kilometre.count()).toBe(1);
    await kilometre.getByRole('button', { name: 'Show in its column' }).click();
    await expect.poll(() => page.locator('.aligned-cell--flash').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('finds a passage selected in the reader in the other sources, and opens the match there', async () => {
    await page.goto(`${server.origin}/#/sources/${ids.herald}`);
    await page.getByRole('heading', { level: 1, name: 'Three dead after blast at Velmora harbour fuel depot' }).waitFor();
    await selectWithMouse(
      page,
      'Residents living within 500 metres of the quay were taken to the sports hall on Mill Road overnight and allowed home on Wednesday afternoon.',
    );
    await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Find elsewhere' }).click();
    const panel = page.getByTestId('find-panel');
    const match = panel.getByTestId('find-match').filter({ hasText: 'several streets in the lower town' });
    await match.waitFor();
    expect(await match.locator('.find-match__source').innerText()).toBe('At least five killed in Velmora depot explosion as police examine sabotage claim');
    await page.screenshot({ path: path.join(screenshots, 'reader-find-elsewhere.png') });
    await match.getByRole('button', { name: 'Open there' }).click();
    await expect.poll(() => page.url()).toContain(`#/sources/${ids.riverline}?at=`);
    await page.getByRole('heading', { level: 1, name: 'At least five killed in Velmora depot explosion as police examine sabotage claim' }).waitFor();
    expect(problems).toEqual([]);
  });
});
