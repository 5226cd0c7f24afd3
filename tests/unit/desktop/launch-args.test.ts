// Double-clicking a project or bundle: which files the app finds in its
// arguments, as the packaged app, in development, and as a second instance.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentFromOpenFile, documentKind, documentsFromArgv, inOpeningOrder } from '../../../src-main/hosts/electron/launch-args.ts';

const cwd = path.resolve('/home/ana/work');

describe('documentsFromArgv', () => {
  it('finds a project given to the packaged app, resolving a relative path against the working folder', () => {
    expect(documentsFromArgv(['/opt/Sourcebench/sourcebench', 'notes/Embassy.sourcebench'], { cwd, defaultApp: false })).toEqual([
      { kind: 'project', path: path.join(cwd, 'notes/Embassy.sourcebench') },
    ]);
  });

  it('skips the app folder when started through electron in development', () => {
    expect(documentsFromArgv(['/x/electron', '/repo/sourcebench.sourcebench'], { cwd, defaultApp: true })).toEqual([]);
    expect(documentsFromArgv(['/x/electron', '.', 'b.sbundle'], { cwd, defaultApp: true })).toEqual([{ kind: 'bundle', path: path.join(cwd, 'b.sbundle') }]);
  });

  it('ignores switches Chromium adds to a second instance and files of other kinds', () => {
    const argv = ['C:\\Program Files\\Sourcebench\\Sourcebench.exe', '--allow-file-access-from-files', '--original-process-start-time=1337', 'report.pdf', '/data/Shared.SBUNDLE', '/data/A.sourcebench'];
    expect(documentsFromArgv(argv, { cwd, defaultApp: false })).toEqual([
      { kind: 'bundle', path: path.resolve('/data/Shared.SBUNDLE') },
      { kind: 'project', path: path.resolve('/data/A.sourcebench') },
    ]);
  });

  it('accepts file URLs and refuses other URLs', () => {
    const file = path.resolve('/data/with space.sourcebench');
    expect(documentsFromArgv(['app', pathToFileURL(file).href, 'https://evil.example/x.sourcebench'], { cwd, defaultApp: false })).toEqual([{ kind: 'project', path: file }]);
  });

  it('finds nothing in a plain launch', () => {
    expect(documentsFromArgv(['/opt/Sourcebench/sourcebench'], { cwd, defaultApp: false })).toEqual([]);
    expect(documentsFromArgv([], { cwd, defaultApp: false })).toEqual([]);
  });
});

describe('documentKind and open-file', () => {
  it('knows projects and bundles by extension, in any case', () => {
    expect(documentKind('a.sourcebench')).toBe('project');
    expect(documentKind('a.SourceBench')).toBe('project');
    expect(documentKind('a.sbundle')).toBe('bundle');
    expect(documentKind('a.sourcebench.bak')).toBeNull();
    expect(documentKind('sourcebench')).toBeNull();
  });

  it('takes macOS open-file paths as they come, refusing other kinds', () => {
    expect(documentFromOpenFile('/Users/ana/B.sbundle')).toEqual({ kind: 'bundle', path: path.resolve('/Users/ana/B.sbundle') });
    expect(documentFromOpenFile('/Users/ana/notes.txt')).toBeNull();
  });
});

describe('inOpeningOrder', () => {
  it('opens projects before bundles, so a bundle lands in the project opened with it', () => {
    const bundle = { kind: 'bundle' as const, path: '/b.sbundle' };
    const project = { kind: 'project' as const, path: '/p.sourcebench' };
    expect(inOpeningOrder([bundle, project])).toEqual([project, bundle]);
  });
});
