// The desktop door: the real Electron app, its preload's single `call`, and a
// renderer with no Node access. Needs the Electron runtime, which cannot be
// installed on machines without internet access; there the test says so and skips.

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function electronBinary(): string | null {
  try {
    const relative = readFileSync(path.join(root, 'node_modules/electron/path.txt'), 'utf8').trim();
    const binary = path.join(root, 'node_modules/electron/dist', relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const reason = 'the Electron runtime is not installed (node_modules/electron/dist is missing; it downloads from the internet)';

describe.skipIf(binary === null)(`Electron door${binary === null ? ` (skipped: ${reason})` : ''}`, () => {
  it('answers calls through the preload and gives the renderer no Node access', async () => {
    const project = path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-electron-')), 'e.sourcebench');
    const app = await electron.launch({
      executablePath: binary ?? '',
      args: [root],
      env: { ...process.env, SOURCEBENCH_PROJECT: project },
    });
    try {
      const window = await app.firstWindow();
      const info = await window.evaluate(() => (window as unknown as { sourcebench: { call: (op: string, input: unknown) => Promise<unknown> } }).sourcebench.call('project.info', {}));
      expect(info).toMatchObject({ ok: true, value: { name: 'e', sourceCount: 0 } });
      const unknownOp = await window.evaluate(() => (window as unknown as { sourcebench: { call: (op: string, input: unknown) => Promise<unknown> } }).sourcebench.call('nope.nothing', {}));
      expect(unknownOp).toMatchObject({ ok: false, error: { code: 'not_found' } });
      const nodeVisible = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require !== 'undefined' || typeof (globalThis as { process?: unknown }).process !== 'undefined');
      expect(nodeVisible).toBe(false);
    } finally {
      await app.close();
    }
  });
});
