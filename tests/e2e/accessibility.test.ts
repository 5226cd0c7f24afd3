// An automated accessibility audit: axe-core run in Chromium over every main
// view of a sample project (library, reader with highlights, codebook, events,
// both comparisons, the annotations table, an open dialog, the shortcut sheet,
// the File menu's export, import, bundle and backups dialogs),
// in the light and the dark theme. Any serious or critical violation fails.
// Needs the built renderer (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

import path from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHttpServer } from '../../src-main/hosts/http/server.ts';
import { openWorkbench, screenshots, type Workbench } from './open-workbench.ts';
import { prepareSampleProject, type SampleIds } from './sample-project.ts';

let workbench: Workbench<SampleIds>;
let server: RunningHttpServer;
let ids: SampleIds;

beforeAll(async () => {
  workbench = await openWorkbench('audit', prepareSampleProject);
  ({ server, prepared: ids } = workbench);
});

afterAll(() => workbench?.close());

interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Runs axe on the page as it is; the serious and critical findings, each with where it was found. */
async function audit(page: Page): Promise<Finding[]> {
  // Evaluated rather than added as a <script>: the page's CSP rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

interface View {
  name: string;
  open(page: Page): Promise<void>;
}

const views: View[] = [
  {
    name: 'library',
    async open(page) {
      await page.goto(`${server.url}#/`);
      await page.getByRole('grid', { name: 'Sources' }).getByRole('row').nth(4).waitFor();
    },
  },
  {
    name: 'reader',
    async open(page) {
      await page.goto(`${server.url}#/sources/${ids.herald}`);
      await page.getByRole('heading', { level: 1, name: /Three dead/ }).waitFor();
      await page.getByRole('tab', { name: /Highlights/ }).waitFor();
      await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    },
  },
  {
    name: 'codebook',
    async open(page) {
      await page.goto(`${server.url}#/codebook`);
      await page.getByRole('heading', { level: 1, name: 'Codebook' }).waitFor();
      await page.getByRole('list', { name: 'Tags' }).getByText('casualties').waitFor();
    },
  },
  {
    name: 'events',
    async open(page) {
      await page.goto(`${server.url}#/events`);
      await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
      await page.getByText('Explosion at the Quay Seven fuel terminal').first().waitFor();
    },
  },
  {
    name: 'compare-event',
    async open(page) {
      await page.goto(`${server.url}#/compare/event/${ids.event}`);
      await expect.poll(() => page.getByTestId('event-column').count()).toBe(2);
    },
  },
  {
    name: 'compare-sources',
    async open(page) {
      await page.goto(`${server.url}#/compare/sources/${ids.herald},${ids.riverline}`);
      await page.locator('[data-cell-text]').first().waitFor();
    },
  },
  {
    name: 'annotations',
    async open(page) {
      await page.goto(`${server.url}#/annotations`);
      await page.getByRole('grid', { name: 'Annotations' }).getByRole('row').nth(2).waitFor();
    },
  },
  {
    name: 'dialog',
    async open(page) {
      await page.goto(`${server.url}#/`);
      await page.getByRole('button', { name: 'Paste text' }).click();
      await page.getByRole('dialog', { name: 'Paste text' }).waitFor();
    },
  },
  {
    name: 'shortcut-sheet',
    async open(page) {
      await page.goto(`${server.url}#/`);
      await page.getByRole('grid', { name: 'Sources' }).waitFor();
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    },
  },
  {
    name: 'export-as',
    async open(page) {
      await page.goto(`${server.url}#/`);
      await chooseFromFileMenu(page, 'Export As…');
      await page.getByRole('dialog', { name: 'Export as' }).getByRole('radio', { name: 'One event and its passages' }).check();
    },
  },
  {
    name: 'import-annotations',
    async open(page) {
      await page.goto(`${server.url}#/`);
      await chooseFromFileMenu(page, 'Import Annotations…');
      await page.getByRole('dialog', { name: 'Import annotations' }).waitFor();
    },
  },
  {
    name: 'open-bundle',
    async open(page) {
      await page.goto(`${server.url}#/`);
      await chooseFromFileMenu(page, 'Open or Merge Bundle…');
      await page.getByRole('dialog', { name: 'Open a bundle' }).waitFor();
    },
  },
  {
    name: 'backups',
    async open(page) {
      await page.goto(`${server.url}#/`);
      await chooseFromFileMenu(page, 'Backups…');
      await page.getByRole('dialog', { name: 'Backups' }).getByText(/keeps copies/).waitFor();
    },
  },
  {
    name: 'menu-open',
    async open(page) {
      await page.goto(`${server.url}#/`);
      await page.getByRole('menuitem', { name: 'File' }).click();
      await page.getByRole('menu').waitFor();
    },
  },
];

async function chooseFromFileMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('menuitem', { name: 'File', exact: true }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: label }).click();
}

describe.each(['light', 'dark'] as const)('the %s theme', (scheme) => {
  let page: Page;

  beforeAll(async () => {
    // The system's scheme, which the workbench follows until the user overrides it.
    page = await workbench.newPage({ colorScheme: scheme });
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('follows the system', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe(scheme);
  });

  it.each(views.map((view) => [view.name, view] as const))('has no serious or critical violations in %s', async (name, view) => {
    await view.open(page);
    const findings = await audit(page);
    if (findings.length > 0) await page.screenshot({ path: path.join(screenshots, `a11y-${name}-${scheme}.png`) });
    expect(findings).toEqual([]);
  });
});
