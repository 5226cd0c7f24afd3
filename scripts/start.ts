// `npm start`: the desktop app when the Electron runtime is installed (trying
// its own installer first when it is missing), else the same workbench in
// browser mode on loopback, saying why.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src-main/cli/run-cli.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = path.join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);
const browserOnly = args.includes('--browser');
const passThrough = args.filter((a) => a !== '--browser');

function electronBinary(): string | null {
  try {
    const relative = readFileSync(path.join(electronPackage, 'path.txt'), 'utf8').trim();
    const binary = path.join(electronPackage, 'dist', relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function run(command: string, commandArgs: string[], timeoutMs?: number): boolean {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...(timeoutMs === undefined ? {} : { timeout: timeoutMs }),
  });
  return result.status === 0;
}

function tryInstallingElectron(): string | null {
  console.log('The Electron runtime is not installed; trying its installer (this needs the internet once)…');
  const install = spawnSync(process.execPath, [path.join(electronPackage, 'install.js')], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  if (install.status === 0) return electronBinary();
  // The installer's stack trace helps nobody; its first line says what failed.
  const reason = `${install.stderr ?? ''}`.split('\n').find((line) => line.trim() !== '') ?? 'no answer';
  console.log(`The installer could not fetch it (${reason.trim()}).`);
  return null;
}

async function main(): Promise<void> {
  if (!run('electron-vite', ['build'])) {
    console.error('sourcebench: the build failed; see the messages above.');
    process.exitCode = 1;
    return;
  }
  const binary = browserOnly ? null : (electronBinary() ?? tryInstallingElectron());
  if (binary !== null) {
    process.exitCode = spawnSync(binary, [root, ...passThrough], { stdio: 'inherit' }).status ?? 1;
    return;
  }
  console.log(
    browserOnly
      ? 'Starting browser mode, as asked.'
      : 'The Electron runtime could not be installed here (no connection to its download site), so Sourcebench starts in browser mode: the same workbench, on this machine only.',
  );
  process.exitCode = await runCli(['serve', ...passThrough], {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
  });
}

await main();
