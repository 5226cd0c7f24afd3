// Bundles in a real browser against the real loopback server: export the
// project as a download, open a bundle whose event was changed on both sides,
// settle the conflict, merge, and see the result.
// Needs the built renderer (npm run build) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBundleAsProject } from '../../src-main/core/bundles/open-as-project.ts';
import { openCore } from '../../src-main/core/core.ts';
import { unstageFile } from '../../src-main/core/project/staging.ts';
import { startHttpServer } from '../../src-main/hosts/http/server.ts';
import { launchChromium } from './chromium.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rendererDir = path.join(root, 'out/renderer');
const screenshots = path.join(root, 'tests/e2e/screenshots');

let browser: Browser;
let workDir: string;

beforeAll(async () => {
  if (!existsSync(path.join(rendererDir, 'index.html'))) throw new Error('The renderer is not built: run "npm run build" first.');
  mkdirSync(screenshots, { recursive: true });
  workDir = mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-bundles-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function exportProject(projectPath: string, to: string): void {
  const core = openCore(projectPath);
  try {
    const result = core.call('bundles.export', { selection: { kind: 'project' } });
    if (!result.ok) throw new Error(result.error.message);
    unstageFile(core.project, result.value.file, to);
  } finally {
    core.close();
  }
}

function renameEvent(projectPath: string, eventId: string, title: string): void {
  const core = openCore(projectPath);
  const result = core.call('events.update', { id: eventId, patch: { title } });
  core.close();
  if (!result.ok) throw new Error(result.error.message);
}

/** Ours and theirs share a project, then both rename the same event: their bundle conflicts with ours. */
function divergedBundle(): { ours: string; theirsBundle: string } {
  const ours = path.join(workDir, 'ours.sourcebench');
  const core = openCore(ours);
  core.call('project.loadSample', {});
  const event = core.call('events.create', { title: 'Rocket attack' });
  core.close();
  if (!event.ok) throw new Error(event.error.message);
  const shared = path.join(workDir, 'shared.sbundle');
  exportProject(ours, shared);
  const theirs = path.join(workDir, 'theirs.sourcebench');
  openBundleAsProject(shared, theirs);
  renameEvent(theirs, event.value.id, 'Rocket attack on the embassy compound');
  renameEvent(ours, event.value.id, 'Rocket strike');
  const theirsBundle = path.join(workDir, 'theirs.sbundle');
  exportProject(theirs, theirsBundle);
  return { ours, theirsBundle };
}

async function chooseFromFileMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('menuitem', { name: 'File', exact: true }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: label }).click();
}

describe('bundles in the workbench', () => {
  it('exports a download, previews a conflicting bundle side by side, and merges the chosen version', async () => {
    const { ours, theirsBundle } = divergedBundle();
    const server = await startHttpServer({ projectPath: ours, port: 0, rendererDir });
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1, locale: 'en-US', acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    try {
      await page.goto(server.url);
      // Export: the whole project arrives as a .sbundle download holding a manifest.
      // Through the File menu: the header no longer carries the bundle buttons.
      await chooseFromFileMenu(page, 'Export Bundle…');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radio', { name: 'The whole project' }).check();
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()]);
      expect(download.suggestedFilename()).toBe('ours.sbundle');
      const saved = path.join(workDir, 'downloaded.sbundle');
      await download.saveAs(saved);
      const files = unzipSync(readFileSync(saved));
      expect(JSON.parse(new TextDecoder().decode(files['manifest.json'])).format).toBe('sourcebench-bundle');

      // Open their bundle: the preview shows the conflict with both versions.
      await chooseFromFileMenu(page, 'Open or Merge Bundle…');
      await page.getByRole('dialog').locator('input[type=file]').setInputFiles(theirsBundle);
      const conflict = page.getByRole('article', { name: 'Conflict: Rocket strike' });
      await conflict.waitFor();
      expect(await conflict.textContent()).toContain('Rocket attack on the embassy compound');
      expect(await conflict.getByRole('radio', { name: 'Keep both' }).isChecked()).toBe(true);
      expect(await page.getByRole('dialog').textContent()).toContain('a copy of the project is saved');
      await page.getByRole('dialog').screenshot({ path: path.join(screenshots, 'bundle-preview.png') });

      await conflict.getByRole('radio', { name: 'Take theirs' }).check();
      await page.getByRole('dialog').getByRole('button', { name: 'Merge' }).click();
      await page.getByText(/Merged the bundle: .* 1 conflicts settled/).waitFor();

      const titles = await page.evaluate(async () => {
        const response = await fetch('/api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ op: 'events.list', input: {} }) });
        const result = (await response.json()) as { value: { rows: { title: string }[] } };
        return result.value.rows.map((r) => r.title);
      });
      expect(titles).toEqual(['Rocket attack on the embassy compound']);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
