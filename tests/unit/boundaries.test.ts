// The shape of the house, checked: the core imports no door (Electron, HTTP,
// React), and the renderer takes only types from the main side.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Pure modules the renderer runs too: the menu table both menus are built from,
// and the paragraph rule the reader and the exported report share (see each file).
const sharedWithRenderer = ['hosts/menu-actions.ts', 'core/sources/paragraph-spans.ts'];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(dir, f));
}

function importsOf(file: string): { statement: string; from: string }[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/^(import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gms)].map((m) => ({ statement: m[0], from: m[2] ?? '' }));
}

describe('module boundaries', () => {
  it('keeps the core free of Electron, React and HTTP', () => {
    const offenders = sourceFiles('src-main/core').flatMap((file) =>
      importsOf(file)
        .filter(({ from }) => /^(electron|react|react-dom|node:http|node:https|node:net)$/.test(from))
        .map(({ from }) => `${file} imports ${from}`),
    );
    expect(offenders).toEqual([]);
  });

  it('lets the renderer import only types from src-main, but for the shared pure modules', () => {
    const offenders = sourceFiles('src-renderer').flatMap((file) =>
      importsOf(file)
        .filter(({ statement, from }) => from.includes('src-main') && !sharedWithRenderer.some((shared) => from.endsWith(shared)) && !/^(import|export)\s+type\s/.test(statement))
        .map(({ from }) => `${file} imports a value from ${from}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the modules the renderer may run free of imports', () => {
    for (const shared of sharedWithRenderer) expect(importsOf(`src-main/${shared}`)).toEqual([]);
  });

  it('finds the imports it checks (the scan itself works)', () => {
    expect(importsOf('src-main/core/core.ts').map((i) => i.from)).toContain('./api/operations.ts');
  });
});
