// Light and dark in a real browser: the workbench follows the system's scheme,
// the View menu's choice overrides it and is remembered across a reload, and
// screenshots of the library and the reader in both themes are kept for a look
// (tests/e2e/screenshots/theme-*.png).
// Needs the built renderer (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHttpServer } from '../../src-main/hosts/http/server.ts';
import { openWorkbench, screenshots, type Workbench } from './open-workbench.ts';
import { prepareSampleProject, type SampleIds } from './sample-project.ts';

let workbench: Workbench<SampleIds>;
let server: RunningHttpServer;
let ids: SampleIds;

beforeAll(async () => {
  workbench = await openWorkbench('themes', prepareSampleProject);
  ({ server, prepared: ids } = workbench);
});

afterAll(() => workbench?.close());

const newPage = (colorScheme: 'light' | 'dark'): Promise<Page> => workbench.newPage({ colorScheme });

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset['theme']);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function chooseTheme(page: Page, label: 'System' | 'Light' | 'Dark'): Promise<void> {
  await page.getByRole('menuitem', { name: 'View' }).click();
  await page.getByRole('menuitemradio', { name: `Theme: ${label}` }).click();
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.goto(`${server.url}#/`);
  await page.getByRole('grid', { name: 'Sources' }).getByRole('row').nth(4).waitFor();
  await page.screenshot({ path: path.join(screenshots, `theme-library-${name}.png`) });
  await page.goto(`${server.url}#/sources/${ids.herald}`);
  await page.getByRole('tab', { name: /Highlights/ }).waitFor();
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(screenshots, `theme-reader-${name}.png`) });
}

describe('themes', () => {
  it('follows a light system, switches to dark from the View menu and remembers it', async () => {
    const page = await newPage('light');
    try {
      await page.goto(server.url);
      await expect.poll(() => theme(page)).toBe('light');
      const light = await background(page);
      await shoot(page, 'light');

      await chooseTheme(page, 'Dark');
      await expect.poll(() => theme(page)).toBe('dark');
      expect(await background(page)).not.toBe(light);
      expect(await page.getByRole('menuitem', { name: 'View' }).getAttribute('aria-expanded')).toBe('false');

      await page.reload();
      await expect.poll(() => theme(page)).toBe('dark');
      await shoot(page, 'dark');

      // Back to the system's choice: light again.
      await chooseTheme(page, 'System');
      await expect.poll(() => theme(page)).toBe('light');
      expect(await background(page)).toBe(light);
    } finally {
      await page.context().close();
    }
  });

  it('follows a dark system until the user picks light', async () => {
    const page = await newPage('dark');
    try {
      await page.goto(server.url);
      await expect.poll(() => theme(page)).toBe('dark');
      await chooseTheme(page, 'Light');
      await expect.poll(() => theme(page)).toBe('light');
      await page.getByRole('menuitem', { name: 'View' }).click();
      expect(await page.getByRole('menuitemradio', { name: 'Theme: Light' }).getAttribute('aria-checked')).toBe('true');
      expect(await page.getByRole('menuitemradio', { name: 'Theme: System' }).getAttribute('aria-checked')).toBe('false');
      await page.keyboard.press('Escape');
      // The system changing no longer matters while the choice is Light.
      await page.emulateMedia({ colorScheme: 'light' });
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await theme(page)).toBe('light');
    } finally {
      await page.context().close();
    }
  });
});
