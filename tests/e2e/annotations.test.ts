// Highlighting, coding and annotating passages in a real browser against the
// real loopback server: a mouse selection becomes a highlight (painted with the
// CSS Custom Highlight API), gets a new tag and a note, survives a reload, is
// undone and redone from the keyboard, stays anchored through a text edit, is
// orphaned when its sentence is deleted and re-attached to a new selection;
// overlapping highlights, a fuzzy re-anchor to confirm, the revisions diff,
// and the codebook (create, rename, move, merge, delete).
// Needs the built renderer (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../src-main/hosts/http/server.ts';
import { phrasePoints, selectWithMouse } from './select-text.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rendererDir = path.join(root, 'out/renderer');
const screenshots = path.join(root, 'tests/e2e/screenshots');
const newsBrief = fileURLToPath(new URL('../../../shared/corpus/baghdad-embassy/news-us-warns-embassy-shutdown.txt', import.meta.url));
const newsBriefTitle = 'US Warns Iraq of Embassy Shutdown in Response to Attacks on Personnel';

const phrase = 'close its embassy in Baghdad';
// The whole sentence around the phrase, found in the text at run time (the corpus stays in shared/).
const sentenceWithPhrase = new RegExp(`[^.\\n]*${phrase}[^.\\n]*\\. ?`);
const reattachPhrase = 'closing the embassy is expected to take 90 days';

let browser: Browser;
let workDir: string;

beforeAll(async () => {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}/index.html is missing): run "npm run build" first.`);
  }
  mkdirSync(screenshots, { recursive: true });
  workDir = mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-annotations-'));
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
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(server.url);
  return { server, page, problems };
}

/** The text of every range painted in a highlight color through CSS.highlights. */
async function paintedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!/^sb-[a-z]+-\d$/.test(name)) return;
      highlight.forEach((range) => texts.push((range as Range).toString()));
    });
    return texts.sort();
  });
}

async function paintedIn(page: Page, name: string): Promise<string[]> {
  return page.evaluate((wanted) => {
    const texts: string[] = [];
    CSS.highlights.get(wanted)?.forEach((range) => texts.push((range as Range).toString()));
    return texts;
  }, name);
}

function highlightItems(page: Page) {
  return page.getByRole('list', { name: 'Highlights', exact: true }).getByRole('listitem');
}

/** The side panel's item whose quote is exactly `quote`. */
function itemFor(page: Page, quote: string) {
  return page.locator('.hl-item').filter({ has: page.locator('.hl-item__quote', { hasText: exactly(quote) }) });
}

function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

async function reviseText(page: Page, edit: (text: string) => string): Promise<string> {
  await page.getByRole('button', { name: 'Edit text' }).click();
  const area = page.getByLabel('Reading text');
  const before = await area.inputValue();
  const after = edit(before);
  expect(after).not.toBe(before);
  await area.fill(after);
  await page.getByRole('button', { name: 'Save as new revision' }).click();
  const summary = page.getByTestId('reanchor-summary');
  await summary.waitFor({ timeout: 5000 }).catch(async (error: unknown) => {
    await page.screenshot({ path: path.join(screenshots, 'annotations-revise-failed.png') });
    throw error;
  });
  return (await summary.textContent()) ?? '';
}

/** Closes the notifications in the corner, so screenshots show the work rather than the messages. */
async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Dismiss' });
  while ((await close.count()) > 0) await close.first().click();
}

async function undoLabel(page: Page): Promise<string> {
  return ((await page.getByRole('group', { name: 'History' }).getByRole('button').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

describe('highlighting and coding passages', () => {
  it('highlights a mouse selection, tags and notes it, and keeps it through reloads, undo, redo and text revisions', async () => {
    const { server, page, problems } = await openWorkbench('annotations');
    try {
      await page.getByTestId('import-file-input').setInputFiles(newsBrief);
      await page.getByTestId('import-summary').getByText('1 imported').waitFor();
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await page.getByRole('grid', { name: 'Sources' }).getByRole('link', { name: newsBriefTitle }).click();
      await page.getByRole('heading', { level: 1, name: newsBriefTitle }).waitFor();

      // Select with the mouse; the floating toolbar offers the colors.
      await selectWithMouse(page, phrase);
      const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' });
      await toolbar.waitFor();
      await toolbar.getByRole('button', { name: 'Highlight yellow' }).click();

      // The highlight is painted over the text and opened in the panel.
      await expect.poll(() => paintedTexts(page)).toEqual([phrase]);
      expect(await page.evaluate(() => document.getSelection()?.isCollapsed)).toBe(true);
      expect(await page.getByRole('tab', { name: /Highlights/ }).getAttribute('aria-selected')).toBe('true');
      const item = itemFor(page, phrase);
      await item.waitFor();
      expect(await paintedIn(page, 'sb-selected')).toEqual([phrase]);

      // A new tag typed inline, then a note.
      const tagField = item.getByLabel('Add a tag');
      await tagField.fill('Threat of closure');
      await expect.poll(() => item.getByRole('button', { name: 'Create tag' }).count()).toBe(1);
      await tagField.press('Enter');
      await item.getByRole('list', { name: 'Tags on this highlight' }).getByText('Threat of closure').waitFor();
      const note = item.getByLabel('Note');
      await note.fill('The core threat: closure if attacks continue.');
      await note.press('Tab');
      await item.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
      await expect.poll(() => undoLabel(page)).toBe('↶ Undo Edit highlight');

      // After a reload: painted again, listed with its tag and note.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: newsBriefTitle }).waitFor();
      await expect.poll(() => paintedTexts(page)).toEqual([phrase]);
      await itemFor(page, phrase).waitFor();
      expect(await itemFor(page, phrase).textContent()).toContain('Threat of closure');
      expect(await itemFor(page, phrase).textContent()).toContain('The core threat: closure if attacks continue.');

      // Clicking the highlight in the text opens it.
      const { x1, y1, x2 } = await phrasePoints(page, phrase);
      await page.mouse.click((x1 + x2) / 2 > x1 + 40 ? x1 + 30 : x1 + 4, y1);
      await expect.poll(() => paintedIn(page, 'sb-selected')).toEqual([phrase]);
      await expect.poll(() => itemFor(page, phrase).getAttribute('class')).toContain('hl-item--selected');
      await page.keyboard.press('Escape');
      await expect.poll(() => paintedIn(page, 'sb-selected')).toEqual([]);

      // Undo from the keyboard: the note, the tag, then the highlight itself; the history survived the reload.
      await page.locator('body').focus();
      await page.keyboard.press('Control+z');
      await expect.poll(() => undoLabel(page)).toBe('↶ Undo Edit highlight');
      await page.keyboard.press('Control+z');
      await expect.poll(() => undoLabel(page)).toBe('↶ Undo Highlight');
      await page.keyboard.press('Control+z');
      await expect.poll(() => paintedTexts(page)).toEqual([]);
      await expect.poll(() => itemFor(page, phrase).count()).toBe(0);

      // Redo brings it back, with its tag and note.
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => paintedTexts(page)).toEqual([phrase]);
      await page.keyboard.press('Control+y');
      await page.keyboard.press('Control+y');
      await expect.poll(() => itemFor(page, phrase).textContent()).toContain('The core threat');
      expect(await itemFor(page, phrase).textContent()).toContain('Threat of closure');
      expect(await page.getByRole('button', { name: /^Redo/ }).isDisabled()).toBe(true);

      // Fixing a word elsewhere leaves the highlight anchored.
      const fixed = await reviseText(page, (text) => text.replace('missile and bomb attacks', 'rocket and bomb attacks'));
      expect(fixed).toContain('Revision 2 saved.');
      expect(fixed).toContain('1 in place');
      await expect.poll(() => paintedTexts(page)).toEqual([phrase]);
      expect(await itemFor(page, phrase).locator('.status-badge').count()).toBe(0);
      expect(await page.getByTestId('reading-text').textContent()).toContain('rocket and bomb attacks');

      // Deleting the sentence orphans it; it is listed with its quote and note.
      const deleted = await reviseText(page, (text) => text.replace(sentenceWithPhrase, ''));
      expect(deleted).toContain('1 orphaned');
      await page.getByRole('button', { name: 'Review highlights' }).click();
      const orphans = page.getByRole('list', { name: 'Orphaned highlights' });
      await orphans.waitFor();
      const orphan = orphans.getByRole('listitem').filter({ hasText: phrase });
      expect(await orphan.textContent()).toContain('The core threat');
      expect(await orphan.getByText('Orphaned', { exact: true }).count()).toBe(1);
      await expect.poll(() => paintedTexts(page)).toEqual([]);
      await dismissToasts(page);
      await page.screenshot({ path: path.join(screenshots, 'annotations-orphaned.png') });

      // Re-attach it to a new selection.
      const reattach = orphan.getByRole('button', { name: 'Re-attach to selection' });
      expect(await reattach.isDisabled()).toBe(true);
      await selectWithMouse(page, reattachPhrase);
      await expect.poll(() => reattach.isDisabled()).toBe(false);
      await reattach.click();
      await expect.poll(() => paintedTexts(page)).toEqual([reattachPhrase]);
      await expect.poll(() => orphans.count()).toBe(0);
      await itemFor(page, reattachPhrase).waitFor();
      expect(await itemFor(page, reattachPhrase).textContent()).toContain('Threat of closure');

      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
      await server.close();
    }
  });

  it('draws overlapping highlights, flags a changed passage for review, diffs revisions and edits the codebook', async () => {
    const { server, page, problems } = await openWorkbench('overlaps');
    try {
      await page.getByTestId('import-file-input').setInputFiles(newsBrief);
      await page.getByTestId('import-summary').getByText('1 imported').waitFor();
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await page.getByRole('grid', { name: 'Sources' }).getByRole('link', { name: newsBriefTitle }).click();
      await page.getByRole('heading', { level: 1, name: newsBriefTitle }).waitFor();

      const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' });
      const highlight = async (text: string, color: string, tag?: string) => {
        await selectWithMouse(page, text);
        await toolbar.getByRole('button', { name: `Highlight ${color}` }).click();
        const item = itemFor(page, text);
        await item.waitFor();
        if (tag !== undefined) {
          await item.getByLabel('Add a tag').fill(tag);
          await item.getByLabel('Add a tag').press('Enter');
          await item.getByRole('list', { name: 'Tags on this highlight' }).getByText(tag, { exact: true }).waitFor();
        }
      };

      // An outer passage, one nested inside it, one overlapping its end, and one elsewhere.
      const outer = 'Pompeo has warned Iraqi Prime Minister Mustafa al-Kadhimi that the US will close its embassy in Baghdad';
      const nested = 'close its embassy in Baghdad';
      const overlapping = 'embassy in Baghdad if the government fails to control Iran-backed militias';
      const changing = 'Iran-backed Shi’ite militias launching rocket attacks on diplomatic missions in the country';
      await highlight(outer, 'yellow', 'Threat');
      await highlight(nested, 'orange', 'Embassy');
      await selectWithMouse(page, overlapping);
      await toolbar.waitFor();
      await page.waitForTimeout(200); // let the toolbar's fade-in finish before the screenshot
      await page.screenshot({ path: path.join(screenshots, 'annotations-toolbar.png') });
      await toolbar.getByRole('button', { name: 'Highlight blue' }).click();
      await itemFor(page, overlapping).getByLabel('Add a tag').fill('Militias');
      await itemFor(page, overlapping).getByLabel('Add a tag').press('Enter');
      await itemFor(page, overlapping).getByRole('list', { name: 'Tags on this highlight' }).getByText('Militias', { exact: true }).waitFor();

      // The keyboard path: select, then H highlights in the last color used.
      await selectWithMouse(page, changing);
      await page.keyboard.press('h');
      await itemFor(page, changing).waitFor();
      expect(await itemFor(page, changing).getAttribute('class')).toContain('hl-item--blue');
      await itemFor(page, changing).getByLabel('Add a tag').fill('Militias');
      await itemFor(page, changing).getByLabel('Add a tag').press('Enter');
      await itemFor(page, changing).getByRole('radio', { name: 'Green' }).click();
      await expect.poll(() => itemFor(page, changing).getAttribute('class')).toContain('hl-item--green');
      await expect.poll(() => paintedTexts(page)).toEqual([outer, nested, overlapping, changing].sort());

      // Clicking where three highlights overlap opens the innermost.
      const { x1, y1 } = await phrasePoints(page, nested);
      await page.mouse.click(x1 + 12, y1);
      await expect.poll(() => paintedIn(page, 'sb-selected')).toEqual([nested]);
      await expect.poll(() => itemFor(page, nested).getAttribute('class')).toContain('hl-item--selected');

      // The list is in reading order and keyboard navigable.
      const quotes = await highlightItems(page).locator('.hl-item__quote').allTextContents();
      expect(quotes).toEqual([outer, nested, overlapping, changing]);
      await highlightItems(page).first().locator('.hl-item__select').focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => paintedIn(page, 'sb-selected')).toEqual([overlapping]);

      // Opening an item from the panel scrolls the text to its passage.
      await page.locator('.reader__page').evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      await itemFor(page, outer).locator('.hl-item__select').click();
      await expect
        .poll(() =>
          page.evaluate(() => {
            const view = document.querySelector('.reader__page')?.getBoundingClientRect();
            const painted = CSS.highlights.get('sb-selected');
            const range = painted ? ([...painted][0] as Range | undefined) : undefined;
            const rect = range?.getBoundingClientRect();
            return view !== undefined && rect !== undefined && rect.top >= view.top && rect.bottom <= view.bottom;
          }),
        )
        .toBe(true);
      await itemFor(page, overlapping).locator('.hl-item__select').click();
      await itemFor(page, overlapping).getByLabel('Note').fill('Who controls the militias is the open question.');
      await itemFor(page, overlapping).getByLabel('Note').press('Control+Enter');
      await itemFor(page, overlapping).getByRole('status').filter({ hasText: 'Saved' }).waitFor();
      await page.locator('.reader__page').evaluate((element) => element.scrollTo({ top: 0 }));
      await dismissToasts(page);
      await page.screenshot({ path: path.join(screenshots, 'annotations-reader.png') });

      // Changing a word inside a highlight: re-anchored, but flagged for review with the old and new words.
      const summary = await reviseText(page, (text) => text.replace('militias launching rocket attacks on diplomatic', 'militias launching drone attacks on diplomatic'));
      expect(summary).toContain('1 needs review');
      const changed = changing.replace('rocket', 'drone');
      const review = itemFor(page, changed);
      await review.getByText('Needs review').waitFor();
      // Both quotes in full, with only the changed word marked in each.
      expect(await review.getByTestId('fuzzy-was').textContent()).toBe(changing);
      expect(await review.getByTestId('fuzzy-now').textContent()).toBe(changed);
      expect(await review.locator('del').allTextContents()).toEqual(['rocket']);
      expect(await review.locator('ins').allTextContents()).toEqual(['drone']);
      await expect.poll(() => paintedIn(page, 'sb-review')).toEqual([changed]);
      await page.getByRole('button', { name: 'Review highlights' }).click();
      await expect.poll(() => review.getAttribute('class')).toContain('hl-item--selected');
      await dismissToasts(page);
      await page.screenshot({ path: path.join(screenshots, 'annotations-review.png') });
      await review.getByRole('button', { name: 'Confirm new words' }).click();
      await expect.poll(() => review.getByText('Needs review').count()).toBe(0);
      await expect.poll(() => paintedIn(page, 'sb-review')).toEqual([]);

      // A corrected file re-imported over the source becomes the next revision; the highlights follow it.
      const corrected = path.join(workDir, 'news-us-warns-embassy-shutdown.txt');
      const correctedText = readFileSync(newsBrief, 'utf8')
        .replace('expected to take 90 days', 'expected to take 60 days')
        .replace('militias launching rocket attacks on diplomatic', 'militias launching drone attacks on diplomatic');
      writeFileSync(corrected, correctedText);
      await page.getByTestId('reimport-file').setInputFiles(corrected);
      const reimported = page.getByTestId('reanchor-summary');
      await reimported.getByText('Revision 3 saved.').waitFor();
      expect(await reimported.textContent()).not.toMatch(/review|orphaned/);
      expect(await page.getByTestId('reading-text').textContent()).toContain('expected to take 60 days');
      await expect.poll(() => paintedTexts(page)).toEqual([outer, nested, overlapping, changed].sort());

      // The Revisions tab: a word diff of the last change, against the revision before it by default.
      await page.getByRole('tab', { name: /Revisions/ }).click();
      const diff = page.getByTestId('revision-diff');
      await diff.waitFor();
      expect(await diff.locator('del').allTextContents()).toContain('90');
      expect(await diff.locator('ins').allTextContents()).toContain('60');
      await page.getByRole('radio', { name: /^1\s*import/i }).check();
      await expect.poll(() => diff.locator('del').allTextContents()).toContain('rocket');
      expect(await diff.locator('ins').allTextContents()).toContain('drone');
      await page.locator('.reader__side').screenshot({ path: path.join(screenshots, 'annotations-revisions.png') });

      // Keyboard selection: a double-clicked word extended with Shift+→, highlighted with Ctrl+Shift+H.
      const word = await phrasePoints(page, 'Rouhani');
      await page.mouse.dblclick(word.x1 + 3, word.y1);
      for (let i = 0; i < ' met with'.length; i++) await page.keyboard.press('Shift+ArrowRight');
      expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('Rouhani met with');
      await page.keyboard.press('Control+Shift+H');
      await itemFor(page, 'Rouhani met with').waitFor();
      await expect.poll(() => paintedTexts(page)).toContain('Rouhani met with');

      // The codebook: the tags made inline are there with their counts.
      await page.getByRole('navigation', { name: 'Places' }).getByRole('link', { name: 'Codebook' }).click();
      await page.getByRole('heading', { level: 1, name: 'Codebook' }).waitFor();
      const tree = page.getByRole('list', { name: 'Tags' });
      const row = (name: string) => tree.locator('.tag-row').filter({ has: page.locator('.tag-row__name', { hasText: exactly(name) }) });
      await row('Militias').waitFor();
      expect(await row('Militias').locator('.tag-row__count').textContent()).toMatch(/^2/);

      // Create a parent tag, and a child under it.
      await page.getByLabel('New tag').fill('Actors');
      await page.getByRole('button', { name: 'Create tag', exact: true }).click();
      await row('Actors').waitFor();
      await page.getByLabel('New tag').fill('Armed groups');
      await page.getByLabel('Under').selectOption({ label: 'Actors' });
      await page.getByRole('button', { name: 'Create tag', exact: true }).click();
      await row('Armed groups').waitFor();
      expect(await row('Armed groups').getAttribute('data-depth')).toBe('1');

      // Rename and recolor tags.
      const details = page.getByRole('complementary', { name: 'Tag settings' });
      await row('Actors').click();
      await details.getByRole('radio', { name: 'Teal' }).click();
      await expect.poll(() => row('Actors').locator('.tag-dot').getAttribute('class')).toContain('tag-color--teal');
      await row('Threat').click();
      await details.getByLabel('Name').fill('Threat of closure');
      await details.getByLabel('Name').press('Enter');
      await row('Threat of closure').waitFor();
      await details.getByRole('radio', { name: 'Red' }).click();
      await details.getByLabel('Description').fill('The US threatens to close the embassy.');
      await details.getByLabel('Description').press('Tab');
      await expect.poll(() => row('Threat of closure').textContent()).toContain('The US threatens');

      // Move "Militias" under "Actors", then merge it into "Armed groups".
      await row('Militias').click();
      await details.getByLabel('Parent').selectOption({ label: 'Actors' });
      await expect.poll(() => row('Militias').getAttribute('data-depth')).toBe('1');
      await details.getByRole('button', { name: 'Merge into…' }).click();
      const merge = page.getByRole('dialog', { name: /Merge “Militias”/ });
      await merge.getByLabel('Merge into').selectOption({ label: 'Actors / Armed groups' });
      await merge.getByRole('button', { name: 'Merge' }).click();
      await expect.poll(() => row('Militias').count()).toBe(0);
      await expect.poll(() => row('Armed groups').locator('.tag-row__count').textContent()).toMatch(/^2/);
      await dismissToasts(page);
      await page.screenshot({ path: path.join(screenshots, 'codebook.png') });

      // Delete "Armed groups", moving its highlights to the parent tag.
      await details.getByRole('button', { name: 'Delete…' }).click();
      const remove = page.getByRole('dialog', { name: /Delete “Armed groups”/ });
      await remove.getByLabel(/Move its highlights to the parent tag/).check();
      await page.screenshot({ path: path.join(screenshots, 'codebook-delete.png') });
      await remove.getByRole('button', { name: 'Delete tag' }).click();
      await expect.poll(() => row('Armed groups').count()).toBe(0);
      await expect.poll(() => row('Actors').locator('.tag-row__count').textContent()).toMatch(/^2/);

      // Codebook changes are undoable too, from the header.
      await page.getByRole('button', { name: /^Undo Delete tag/ }).click();
      await row('Armed groups').waitFor();

      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
      await server.close();
    }
  });
});
