// The browser tests' shared setup: the built renderer checked, a project in a
// fresh folder (prepared through the core) behind the loopback server, Chromium,
// and pages with one viewport and locale that collect console and page errors.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { startHttpServer, type RunningHttpServer } from '../../src-main/hosts/http/server.ts';
import { launchChromium } from './chromium.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const rendererDir = path.join(root, 'out/renderer');
export const screenshots = path.join(root, 'tests/e2e/screenshots');

export interface Workbench<Prepared> {
  server: RunningHttpServer;
  browser: Browser;
  /** What `prepare` returned (ids of what it made). */
  prepared: Prepared;
  /**
   * Console errors (CSP violations among them) and uncaught page errors of every
   * page opened with newPage: the workbench must run under its policy without any.
   */
  problems: string[];
  /** A page in a context of its own: 1360×860, scale 1, en-US, plus any options given. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** `name` names the temporary folder and the project file; `prepare` fills the project before the server opens it. */
export async function openWorkbench<Prepared = void>(name: string, prepare?: (projectPath: string) => Prepared): Promise<Workbench<Prepared>> {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}/index.html is missing): run "npm run build" first.`);
  }
  mkdirSync(screenshots, { recursive: true });
  const workDir = mkdtempSync(path.join(os.tmpdir(), `sb-e2e-${name}-`));
  const projectPath = path.join(workDir, `${name}.sourcebench`);
  const prepared = prepare === undefined ? (undefined as Prepared) : prepare(projectPath);
  const server = await startHttpServer({ projectPath, port: 0, rendererDir });
  const browser = await launchChromium();
  const problems: string[] = [];
  return {
    server,
    browser,
    prepared,
    problems,
    async newPage(options = {}) {
      const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, deviceScaleFactor: 1, locale: 'en-US', ...options });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
