// Restoring a backup from the workbench in a real browser against the real
// loopback server: a change made after the backup is gone once the backup is
// restored from the Backups dialog, and the replaced state is listed as a
// backup of its own; the workbench shows it without a reload.
// Needs the built renderer (npm run build) and Chromium.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src-main/core/core.ts';
import { backupProject } from '../../src-main/core/project/backup.ts';
import { startHttpServer, type RunningHttpServer } from '../../src-main/hosts/http/server.ts';
import { launchChromium } from './chromium.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rendererDir = path.join(root, 'out/renderer');

let browser: Browser;
let workDir: string;
let server: RunningHttpServer | null = null;

beforeAll(async () => {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}/index.html is missing): run "npm run build" first.`);
  }
  workDir = mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-backups-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('restoring a backup from the workbench', () => {
  it('takes the project back to the backup, and keeps what it replaced as a backup', async () => {
    // A project with one source, backed up, as the schedule would have done.
    const projectPath = path.join(workDir, 'restore.sourcebench');
    const setup = openCore(projectPath);
    setup.call('sources.importText', { text: 'Rockets hit the embassy compound on Tuesday night.', title: 'Kept account' });
    backupProject(setup.project.db, projectPath, 'scheduled');
    setup.close();

    server = await startHttpServer({ projectPath, port: 0, rendererDir });
    const page = await (await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'en-US' })).newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(server.url);

    // The change made after the backup: a second source, pasted in.
    await page.getByRole('button', { name: 'Paste text' }).click();
    await page.getByLabel('Title (optional)').fill('Later account');
    await page.getByLabel('Text', { exact: true }).fill('A later account of the same night, added after the backup.');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.goto(`${server.origin}/#/`);
    const sourceRow = (title: string) => page.getByRole('grid', { name: 'Sources' }).getByRole('row').filter({ hasText: title });
    await sourceRow('Later account').waitFor();

    await page.getByRole('button', { name: 'Backups…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog.getByRole('cell', { name: 'Scheduled' }).waitFor();
    await dialog.getByRole('button', { name: /^Restore the backup of/ }).click();

    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await expect(confirm.textContent()).resolves.toMatch(/as it is now is kept as a backup first/);
    // A mark on the page that a reload would wipe.
    await page.evaluate(() => Object.assign(window, { beforeRestore: true }));
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();

    // Every view shows the restored project, without a reload: the later source is gone, the earlier one is there.
    await page.getByText(/^Restored the backup of/).waitFor();
    await expect.poll(() => sourceRow('Later account').count()).toBe(0);
    await sourceRow('Kept account').waitFor();
    await expect.poll(() => page.locator('.app-header__project-count').textContent()).toBe('1 source');
    expect(await page.evaluate(() => 'beforeRestore' in window)).toBe(true);

    await page.getByRole('button', { name: 'Backups…' }).click();
    await page.getByRole('dialog', { name: 'Backups' }).getByRole('cell', { name: 'Before a restore' }).waitFor();
    expect(problems).toEqual([]);
  });
});
