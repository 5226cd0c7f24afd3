// The installers' configuration (electron-builder.yml), and the app as
// electron-builder packs it: `--dir` with a stand-in Electron runtime, so the
// layout (app.asar, the unpacked SQLite binary) is checked with no download.
// The stand-in cannot run; running the packed app needs a machine with the runtime.

import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);

interface FileAssociation {
  ext: string;
  name: string;
  mimeType?: string;
  role?: string;
}

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  fileAssociations: FileAssociation[];
  directories: { output: string; buildResources: string };
  linux: { target: string[]; executableName: string; icon: string; category: string; desktop?: { entry?: Record<string, string> } };
  mac: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
}

const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  homepage?: string;
  author?: { email?: string };
  scripts: Record<string, string>;
};

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it('names the app and is what npm run dist builds', () => {
    expect(config.appId).toBe('app.sourcebench.workbench');
    expect(config.productName).toBe('Sourcebench');
    expect(packageJson.scripts['dist']).toBe('electron-vite build && electron-builder');
    // A deb needs a homepage and a maintainer's e-mail.
    expect(packageJson.homepage).toMatch(/^https:\/\//);
    expect(packageJson.author?.email).toContain('@');
  });

  it('packs only the built app, the migrations and package.json', () => {
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included).toEqual(['out/**', 'db/migrations/**', 'package.json']);
    expect(packageJson.main.startsWith('out/main/')).toBe(true);
    expect(config.asar).toBe(true);
  });

  it('unpacks SQLite’s native module and never rebuilds dependencies (a rebuild would download Electron’s headers)', () => {
    expect(config.asarUnpack.some((pattern) => pattern.includes('better-sqlite3') && pattern.endsWith('*.node'))).toBe(true);
    expect(config.npmRebuild).toBe(false);
  });

  it('opens .sourcebench projects and .sbundle bundles from the file manager, with MIME types for Linux', () => {
    expect(config.fileAssociations.map((a) => [a.ext, a.mimeType, a.role])).toEqual([
      ['sourcebench', 'application/x-sourcebench-project', 'Editor'],
      ['sbundle', 'application/x-sourcebench-bundle', 'Viewer'],
    ]);
  });

  it('builds an AppImage and a deb, a dmg and an NSIS installer', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.executableName).toBe('sourcebench');
    expect(config.linux.category).toBe('Office');
    expect(config.linux.desktop?.entry?.['Keywords']).toContain('research');
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('has the icons it names: 1024×1024 for macOS and Windows, 512 and 1024 for Linux', () => {
    expect(pngSize(path.join(root, config.mac.icon))).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(path.join(root, config.win.icon))).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(path.join(root, config.linux.icon, '512x512.png'))).toEqual({ width: 512, height: 512 });
    expect(pngSize(path.join(root, config.linux.icon, '1024x1024.png'))).toEqual({ width: 1024, height: 1024 });
    expect(readFileSync(path.join(root, 'build/icon.svg'), 'utf8')).toContain('<svg');
  });
});

interface Packed {
  appOut: string;
  entries: string[];
  unpacked: string;
}

let work = '';
let packed: Packed | null = null;
let packFailure = '';

// The app's folder as electron-builder sees it, in a temp folder: the real config and build output.
function stageProject(): string {
  const stage = path.join(work, 'project');
  mkdirSync(path.join(stage, 'db'), { recursive: true });
  for (const item of ['package.json', 'electron-builder.yml', 'build', 'out']) cpSync(path.join(root, item), path.join(stage, item), { recursive: true });
  cpSync(path.join(root, 'db/migrations'), path.join(stage, 'db/migrations'), { recursive: true });
  symlinkSync(realpathSync(path.join(root, 'node_modules')), path.join(stage, 'node_modules'), 'dir');
  return stage;
}

// Stands in for Electron's unpacked runtime: the executable electron-builder renames, and a licence.
function standInRuntime(): string {
  const dist = path.join(work, 'electron-stand-in');
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(dist, 'electron'), '#!/bin/sh\necho "stand-in for the Electron runtime"\nexit 1\n');
  chmodSync(path.join(dist, 'electron'), 0o755);
  writeFileSync(path.join(dist, 'LICENSE'), 'stand-in');
  return dist;
}

const canPack = process.platform === 'linux';

beforeAll(() => {
  if (!canPack) return;
  if (!existsSync(path.join(root, 'out/main/main.js'))) {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, encoding: 'utf8', timeout: 180_000 });
    if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stderr}`);
  }
  work = mkdtempSync(path.join(os.tmpdir(), 'sb-pack-'));
  const stage = stageProject();
  const output = path.join(work, 'dist');
  const run = spawnSync(
    path.join(root, 'node_modules/.bin/electron-builder'),
    ['--linux', '--dir', '--projectDir', stage, `-c.electronDist=${standInRuntime()}`, `-c.directories.output=${output}`],
    {
      cwd: stage,
      encoding: 'utf8',
      timeout: 280_000,
      // No lockfile in the stage, and this user agent: electron-builder then reads node_modules the way
      // Node resolves it. Its default (`npm ls`) cannot follow a node_modules that is a symlink, as in
      // our git worktrees, and would drop most transitive dependencies with only a warning.
      env: { ...process.env, npm_config_user_agent: 'traversal', npm_execpath: '', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
    },
  );
  if (run.status !== 0) {
    packFailure = `electron-builder exited with ${run.status}${run.error ? ` (${run.error.message})` : ''}:\n${run.stdout}\n${run.stderr}`;
    return;
  }
  const appOut = path.join(output, 'linux-unpacked');
  const asar = require('@electron/asar') as { listPackage(archive: string): string[] };
  packed = { appOut, entries: asar.listPackage(path.join(appOut, 'resources/app.asar')).map((e) => e.replace(/\\/g, '/')), unpacked: path.join(appOut, 'resources/app.asar.unpacked') };
}, 300_000);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

function app(): Packed {
  if (packed === null) throw new Error(packFailure || 'the app was not packed');
  return packed;
}

describe.skipIf(!canPack)(`the packed app (electron-builder --dir, stand-in runtime)${canPack ? '' : ' (skipped: packs for Linux only)'}`, () => {
  it('holds the three bundles, the migrations and package.json in app.asar', () => {
    const { entries } = app();
    for (const entry of ['/out/main/main.js', '/out/preload/preload.cjs', '/out/renderer/index.html', '/package.json']) expect(entries).toContain(entry);
    expect(entries.some((e) => /^\/db\/migrations\/\d{4}_.+\.sql$/.test(e))).toBe(true);
  });

  it('leaves out sources, tests, scripts, benchmarks and source maps', () => {
    const { entries } = app();
    const offenders = entries.filter((e) => /^\/(src-main|src-renderer|tests|scripts|bench|build)(\/|$)/.test(e) || (e.endsWith('.map') && !e.startsWith('/node_modules/')));
    expect(offenders).toEqual([]);
    expect(entries.some((e) => e.startsWith('/out/'))).toBe(true);
  });

  it('unpacks this platform’s better-sqlite3 binary beside the archive, and only it', () => {
    const { unpacked } = app();
    const binary = path.join(unpacked, 'node_modules/better-sqlite3/prebuilds', `linux-${process.arch}.node`);
    const compiled = path.join(unpacked, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(existsSync(binary) || existsSync(compiled)).toBe(true);
    // An ELF shared object, not a placeholder.
    expect(readFileSync(existsSync(binary) ? binary : compiled).subarray(0, 4).toString('latin1')).toBe('\u007fELF');
    expect(existsSync(path.join(unpacked, 'node_modules/better-sqlite3/prebuilds/win32-x64.node'))).toBe(false);
    expect(existsSync(path.join(unpacked, 'node_modules/better-sqlite3/deps'))).toBe(false);
  });

  it('brings the production dependencies the main process loads, with their own dependencies, and no dev tools', () => {
    const { entries } = app();
    const modules = new Set(entries.filter((e) => e.startsWith('/node_modules/')).map((e) => e.split('/').slice(2, e.split('/')[2]?.startsWith('@') ? 4 : 3).join('/')));
    for (const name of ['better-sqlite3', 'jsdom', 'parse5', 'whatwg-url', '@mozilla/readability', 'zod', 'micromark', 'fflate']) expect(modules, name).toContain(name);
    for (const name of ['electron', 'electron-builder', 'vitest', 'typescript', 'react', 'playwright-core']) expect(modules, name).not.toContain(name);
  });

  it('names the executable for the desktop entry and writes package.json for the app', () => {
    const { appOut } = app();
    expect(existsSync(path.join(appOut, 'sourcebench'))).toBe(true);
    const asar = require('@electron/asar') as { extractFile(archive: string, file: string): Buffer };
    const packedJson = JSON.parse(asar.extractFile(path.join(appOut, 'resources/app.asar'), 'package.json').toString('utf8')) as Record<string, unknown>;
    expect(packedJson['main']).toBe('out/main/main.js');
    expect(packedJson['desktopName']).toBe('sourcebench.desktop');
    expect(packedJson['devDependencies']).toBeUndefined();
  });
});
