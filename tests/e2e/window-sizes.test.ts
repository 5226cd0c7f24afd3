// The workbench in windows from a wide screen down to the desktop app's minimum
// (640 px): nothing in the header is cut off or drawn over another part, the
// page never scrolls sideways, the reader's side panel fills its space, and
// what the header drops at the smallest size (Paste text) stays in the File menu.
// Needs the built renderer (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minimumWindowSize } from '../../src-main/hosts/electron/window-placement.ts';
import { openWorkbench, screenshots, type Workbench } from './open-workbench.ts';
import { prepareSampleProject, type SampleIds } from './sample-project.ts';

let workbench: Workbench<SampleIds>;

// A long project name: the header must shorten it, not let it run into the places.
beforeAll(async () => {
  workbench = await openWorkbench('a-project-with-a-long-name-for-the-header', prepareSampleProject);
});

afterAll(() => workbench?.close());

async function openAt(width: number, height: number): Promise<Page> {
  const page = await workbench.newPage({ viewport: { width, height }, colorScheme: 'light' });
  await page.goto(workbench.server.url);
  await page.getByRole('grid', { name: 'Sources' }).waitFor();
  return page;
}

interface Box {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The header's visible parts (the menu bar, the project, each place, search, each action) as boxes. */
function headerParts(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const parts = document.querySelectorAll('.app-header__brand, .menubar, .app-header__project-name, .app-header__place, .search-box, .app-header__actions > button');
    return Array.from(parts)
      .map((element) => {
        const r = element.getBoundingClientRect();
        return { name: (element.textContent ?? '').trim() || element.className, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      })
      .filter((box) => box.right - box.left > 0 && box.bottom - box.top > 0);
  });
}

const overlaps = (a: Box, b: Box) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

describe('window sizes', () => {
  const widths = [1360, 1100, 900, minimumWindowSize.width];

  it.each(widths)('at %i px the header shows every place and the import button, with nothing drawn over anything else', async (width) => {
    const page = await openAt(width, 700);
    try {
      const parts = await headerParts(page);
      for (const place of ['Library', 'Codebook', 'Annotations', 'Events', 'Compare', 'Import files…']) {
        const box = parts.find((p) => p.name === place);
        expect(box, `${place} is drawn`).toBeDefined();
        expect(box?.left ?? -1, `${place} starts inside the window`).toBeGreaterThanOrEqual(0);
        expect(box?.right ?? Infinity, `${place} ends inside the window`).toBeLessThanOrEqual(width);
      }
      const clashes = parts.flatMap((a, i) => parts.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => `${a.name} / ${b.name}`));
      expect(clashes).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(screenshots, `window-library-${width}.png`) });
    } finally {
      await page.context().close();
    }
  });

  it.each(widths)('at %i px the reader keeps its bar inside the window and the side panel fills its place', async (width) => {
    const page = await openAt(width, 700);
    try {
      await page.goto(`${workbench.server.origin}/#/sources/${workbench.prepared.herald}`);
      await page.getByRole('complementary', { name: 'Source panel' }).waitFor();
      const deleteButton = await page.getByRole('button', { name: 'Delete…' }).boundingBox();
      expect(deleteButton?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((deleteButton?.x ?? Infinity) + (deleteButton?.width ?? 0)).toBeLessThanOrEqual(width);
      const layout = await page.evaluate(() => {
        const body = document.querySelector('.reader__body')?.getBoundingClientRect();
        const side = document.querySelector('.reader__side')?.getBoundingClientRect();
        const text = document.querySelector('.reader__page')?.getBoundingClientRect();
        return { bodyBottom: body?.bottom ?? 0, sideBottom: side?.bottom ?? 0, textWidth: text?.width ?? 0, sideWidth: side?.width ?? 0 };
      });
      expect(Math.abs(layout.sideBottom - layout.bodyBottom)).toBeLessThanOrEqual(1);
      // Side by side, the text keeps the larger share; stacked (narrow), each takes the full width.
      expect(layout.textWidth).toBeGreaterThanOrEqual(layout.sideWidth);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(screenshots, `window-reader-${width}.png`) });
    } finally {
      await page.context().close();
    }
  });

  it('ran every page without a console or page error', () => {
    expect(workbench.problems).toEqual([]);
  });

  it('offers Paste text in the File menu when the header has no room for its button', async () => {
    const page = await openAt(minimumWindowSize.width, 600);
    try {
      expect(await page.getByRole('button', { name: 'Paste text' }).isVisible()).toBe(false);
      await page.getByRole('menuitem', { name: 'File' }).click();
      await page.getByRole('menuitem', { name: 'Paste Text as a Source…' }).click();
      await page.getByRole('dialog', { name: 'Paste text' }).waitFor();
    } finally {
      await page.context().close();
    }
  });
});
