// The workbench without a mouse: F10 and Tab reach the menu bar, the Go menu
// goes to the library, Enter opens a source, Ctrl+= enlarges the reading text
// (remembered), the View menu switches the theme, "?" opens the shortcut sheet,
// and Ctrl+Z undoes the last change, except inside a text field, where it is the field's.
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
let page: Page;
let problems: string[];

beforeAll(async () => {
  workbench = await openWorkbench('keyboard', prepareSampleProject);
  ({ server, prepared: ids, problems } = workbench);
  page = await workbench.newPage({ colorScheme: 'light' });
});

afterAll(() => workbench?.close());

/** What has keyboard focus: its role and its visible text. */
const focused = () =>
  page.evaluate(() => {
    const element = document.activeElement;
    return { role: element?.getAttribute('role') ?? element?.tagName.toLowerCase() ?? '', text: (element?.textContent ?? '').trim() };
  });

const highlightCount = () => page.getByRole('tab', { name: /Highlights/ }).innerText();

describe('the keyboard alone', () => {
  it('walks from the menu bar to a source, changes text size and theme, shows the shortcuts and undoes', async () => {
    await page.goto(`${server.url}#/codebook`);
    await page.getByRole('heading', { level: 1, name: 'Codebook' }).waitFor();

    // The menu bar is the first stop of Tab; ←/→ move along it; ↓ opens a menu on its first item.
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ role: 'menuitem', text: 'File' });
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect((await focused()).text).toBe('Go');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('menuitem', { name: 'Go' }).getAttribute('aria-expanded')).toBe('true');
    expect((await focused()).text).toContain('Library');
    // Escape closes the menu and returns to its name; Enter opens it again.
    await page.keyboard.press('Escape');
    expect(await focused()).toEqual({ role: 'menuitem', text: 'Go' });
    expect(await page.getByRole('menu').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/');

    // Tab into the library's grid, ↓ to the Herald's row, Enter opens it.
    await page.getByRole('grid', { name: 'Sources' }).getByRole('row').nth(4).waitFor();
    for (let i = 0; i < 20 && (await focused()).role !== 'row'; i++) await page.keyboard.press('Tab');
    expect((await focused()).role).toBe('row');
    for (let i = 0; i < 5 && !(await focused()).text.includes('Three dead after blast'); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/sources/${ids.herald}`);
    await page.getByRole('heading', { level: 1, name: /Three dead after blast/ }).waitFor();
    await expect.poll(highlightCount).toContain('4');

    // Larger reading text, from the menu table's Ctrl+=; the reader bar shows the size.
    const readingSize = () => page.locator('.reading').evaluate((element) => getComputedStyle(element).fontSize);
    expect(await readingSize()).toBe('18px');
    await page.keyboard.press('Control+=');
    await expect.poll(readingSize).toBe('20px');
    expect(await page.getByRole('group', { name: 'Reading comfort' }).innerText()).toContain('20px');

    // F10 reaches the menu bar from the text; View ▸ Theme: Dark by typeahead and arrows.
    await page.keyboard.press('F10');
    // It comes back to the menu last used (Go); Home goes to the first.
    expect(await focused()).toEqual({ role: 'menuitem', text: 'Go' });
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect((await focused()).text).toBe('View');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('t');
    expect((await focused()).text).toContain('Theme: System');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect((await focused()).text).toContain('Theme: Dark');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');

    // "?" outside a text field opens the shortcut sheet, listing the menu table's keys and the reader's own.
    await page.locator('#reading-title').focus();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const sheetText = await sheet.innerText();
    expect(sheetText).toContain('Ctrl+Shift+Z');
    expect(sheetText).toContain('Larger Reading Text');
    expect(sheetText).toContain('Highlight the selected words');
    await page.screenshot({ path: path.join(screenshots, 'keyboard-shortcut-sheet.png') });
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });

    // Ctrl+Z in the search box is the box's own undo: the project keeps its highlights.
    await page.keyboard.press('Control+k');
    expect((await focused()).role).toBe('combobox');
    await page.keyboard.type('quay');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('combobox', { name: /Search sources/ }).inputValue()).not.toBe('quay');
    expect(await highlightCount()).toContain('4');

    // Outside a field, Ctrl+Z undoes the project's last change (the last highlight made).
    await page.keyboard.press('Escape');
    await page.locator('#reading-title').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(highlightCount).toContain('3');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(highlightCount).toContain('4');
    expect(problems).toEqual([]);
  });

  it('remembers the text size and theme across a reload, and Ctrl+3 goes to the events', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Three dead after blast/ }).waitFor();
    expect(await page.locator('.reading').evaluate((element) => getComputedStyle(element).fontSize)).toBe('20px');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.keyboard.press('Control+0');
    await expect.poll(() => page.locator('.reading').evaluate((element) => getComputedStyle(element).fontSize)).toBe('18px');
    await page.keyboard.press('Control+3');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/events');
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
  });

  it('brings a source back to where the reader left it, per project', async () => {
    await page.goto(`${server.url}#/sources/${ids.riverline}`);
    const reader = page.locator('.reader__page');
    await page.getByRole('tab', { name: /Highlights/ }).waitFor();
    await reader.evaluate((element) => element.scrollTo(0, 700));
    const stored = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sourcebench:reading-positions:')));
    await expect.poll(stored).toHaveLength(1);
    expect((await stored())[0]).toContain('keyboard.sourcebench');
    await page.keyboard.press('Control+1');
    await page.getByRole('grid', { name: 'Sources' }).waitFor();
    await page.goto(`${server.url}#/sources/${ids.riverline}`);
    await page.getByRole('tab', { name: /Highlights/ }).waitFor();
    // Back within a paragraph of where it was.
    await expect.poll(() => reader.evaluate((element) => element.scrollTop)).toBeGreaterThan(450);
  });

  it('sizes and hides the side panel from the keyboard, and keeps the layout', async () => {
    const splitter = page.getByRole('separator', { name: 'Source panel width' });
    await splitter.focus();
    const before = Number(await splitter.getAttribute('aria-valuenow'));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Number(await splitter.getAttribute('aria-valuenow'))).toBe(before + 48);
    const width = () => page.locator('.reader__side').evaluate((element) => element.getBoundingClientRect().width);
    expect(Math.round(await width())).toBe(before + 48);
    await page.getByRole('button', { name: 'Side panel' }).press('Enter');
    await page.locator('.reader__side').waitFor({ state: 'hidden' });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.locator('.reader__side').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Side panel' }).press('Enter');
    await expect.poll(async () => Math.round(await width())).toBe(before + 48);
  });
});
