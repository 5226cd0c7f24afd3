// File > Open Recent: newest first, ten at most, no duplicates, missing files
// dropped, and a damaged settings file costs only the list.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetProject, maxRecentProjects, parseRecentProjects, rememberProject, withoutMissing } from '../../../src-main/hosts/electron/recent-projects.ts';
import { readSettingsFile, writeSettingsFile } from '../../../src-main/hosts/electron/settings-file.ts';

const p = (name: string) => path.resolve('/projects', `${name}.sourcebench`);

describe('recent projects', () => {
  it('puts the latest project first and moves one opened again to the top', () => {
    let list: string[] = [];
    list = rememberProject(list, p('a'));
    list = rememberProject(list, p('b'));
    list = rememberProject(list, p('c'));
    expect(list).toEqual([p('c'), p('b'), p('a')]);
    expect(rememberProject(list, p('a'))).toEqual([p('a'), p('c'), p('b')]);
  });

  it('keeps ten at most, dropping the oldest', () => {
    let list: string[] = [];
    for (let i = 0; i < 14; i++) list = rememberProject(list, p(`n${i}`));
    expect(maxRecentProjects).toBe(10);
    expect(list).toHaveLength(10);
    expect(list[0]).toBe(p('n13'));
    expect(list.at(-1)).toBe(p('n4'));
  });

  it('stores absolute paths, so a relative one given at launch still means the same file later', () => {
    expect(rememberProject([], 'rel/x.sourcebench')).toEqual([path.resolve('rel/x.sourcebench')]);
  });

  it('forgets one project and prunes files that are gone', () => {
    const list = [p('a'), p('b'), p('c')];
    expect(forgetProject(list, p('b'))).toEqual([p('a'), p('c')]);
    expect(withoutMissing(list, (file) => file !== p('a'))).toEqual([p('b'), p('c')]);
  });

  it('reads only well-formed entries from what was stored', () => {
    expect(parseRecentProjects(null)).toEqual([]);
    expect(parseRecentProjects({ not: 'a list' })).toEqual([]);
    expect(parseRecentProjects([p('a'), 42, 'relative.sourcebench', p('a'), p('b')])).toEqual([p('a'), p('b')]);
    const many = Array.from({ length: 25 }, (_, i) => p(`m${i}`));
    expect(parseRecentProjects(many)).toEqual(many.slice(0, 10));
  });
});

describe('settings files', () => {
  it('round-trips JSON, creating the folder, and leaves no partial file', () => {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-settings-')), 'nested');
    const file = path.join(folder, 'recent-projects.json');
    writeSettingsFile(file, [p('a')]);
    expect(readSettingsFile(file)).toEqual([p('a')]);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([p('a')]);
  });

  it('reads a missing or damaged file as null', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'sb-settings-'));
    expect(readSettingsFile(path.join(folder, 'absent.json'))).toBeNull();
    writeFileSync(path.join(folder, 'bad.json'), '{"half": ');
    expect(readSettingsFile(path.join(folder, 'bad.json'))).toBeNull();
    expect(parseRecentProjects(readSettingsFile(path.join(folder, 'bad.json')))).toEqual([]);
  });
});
