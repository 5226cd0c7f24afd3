// Importing a whole folder from the File menu: the folder picker opens, every
// text, Markdown and HTML file in the folder and its subfolders is imported,
// other files and hidden folders are left alone, and the summary counts them.
// Needs the built renderer (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbench, type Workbench } from './open-workbench.ts';

const corpus = fileURLToPath(new URL('../../../shared/corpus/baghdad-embassy/', import.meta.url));

let workbench: Workbench<void>;
let workDir: string;

beforeAll(async () => {
  workbench = await openWorkbench('folder');
  workDir = mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-folder-files-'));
});

afterAll(async () => {
  await workbench?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** A research folder as people keep them: articles in subfolders, a scan, a hidden tool folder. */
function researchFolder(): string {
  const folder = path.join(workDir, 'research');
  mkdirSync(path.join(folder, 'news'), { recursive: true });
  mkdirSync(path.join(folder, '.cache'), { recursive: true });
  copyFileSync(path.join(corpus, 'news-us-warns-embassy-shutdown.txt'), path.join(folder, 'news', 'brief.txt'));
  copyFileSync(path.join(corpus, 'news-administration-warns-iraq-embassy.txt'), path.join(folder, 'news', 'report.txt'));
  copyFileSync(path.join(corpus, 'analysis-embassy-attacks-motives.txt'), path.join(folder, 'analysis.txt'));
  writeFileSync(path.join(folder, 'reading-notes.md'), '# Reading notes on the embassy\n\nThe accounts disagree on troop numbers.\n');
  writeFileSync(path.join(folder, 'scan.pdf'), '%PDF-1.4 not ours to read');
  writeFileSync(path.join(folder, '.cache', 'stale.md'), '# Stale\n\nA tool left this here.\n');
  return folder;
}

describe('importing a folder', () => {
  it('imports the text, Markdown and HTML files of a folder and its subfolders from File ▸ Import Folder…', async () => {
    const page = await workbench.newPage();
    await page.goto(workbench.server.url);
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();

    await page.getByRole('menuitem', { name: 'File' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: 'Import Folder…' }).click();
    await (await chooser).setFiles(researchFolder());

    const summary = page.getByTestId('import-summary');
    await summary.getByText('4 imported').waitFor();
    // The scan and the hidden folder were never tried, so nothing failed.
    expect(await summary.textContent()).toContain('0 failed');
    const titles = await page.getByRole('grid', { name: 'Sources' }).getByRole('row').allInnerTexts();
    expect(titles.some((row) => row.includes('Reading notes on the embassy'))).toBe(true);
    expect(titles.some((row) => row.includes('Stale'))).toBe(false);
    expect(titles.filter((row) => row.trim() !== '').length).toBe(5); // the header row and four sources
    expect(workbench.problems).toEqual([]);
    await page.context().close();
  });
});
