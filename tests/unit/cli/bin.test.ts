// The real executable, run as a child process the way `npx sourcebench` runs it: Node 22 strips
// the types from bin.ts and everything it imports, with no build step.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { corpusDir, corpusTitles, tempFolder } from './cli-harness.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const bin = path.join(repoRoot, 'src-main', 'cli', 'bin.ts');
const rendererBuilt = existsSync(path.join(repoRoot, 'out', 'renderer', 'index.html'));

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.cleanup());

// Each child process loads the whole core (about two seconds), hence the long test timeouts.
function runBin(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, SOURCEBENCH_HOME: temp.dir } });
}

describe('the sourcebench executable', () => {
  it('runs on Node 22 or later (type stripping needs it)', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
  });

  it('imports and lists through the real binary, with exit codes', () => {
    const imported = runBin(['--project', temp.project, 'import', corpusDir]);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);

    const listed = runBin(['--project', temp.project, 'sources', '--json']);
    expect(listed.status).toBe(0);
    const page = JSON.parse(listed.stdout) as { rows: { title: string }[]; total: number };
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.title).sort()).toEqual(Object.values(corpusTitles).sort());

    const failed = runBin(['--project', temp.project, 'show', 'missing-id']);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toBe('sourcebench: No source with id missing-id.\n');

    expect(runBin(['--nonsense']).status).toBe(2);
  }, 60_000);

  it.skipIf(rendererBuilt)('serve asks for a build when the renderer is missing', () => {
    const run = runBin(['--project', temp.project, 'serve']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/run "npm run build" first/);
  }, 60_000);

  it.runIf(rendererBuilt)('serve prints its address, answers, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [bin, '--project', temp.project, 'serve'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /running in browser mode at (\S+)/.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`serve exited early (${code}): ${stderr}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(303);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  }, 60_000);
});
