// `sourcebench report`: the whole sample project or one event written to an HTML file the user names,
// printed with -o -, and the mistakes in how it is typed refused as usage errors.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../src-main/core/core.ts';
import { cli, tempFolder } from './cli-harness.ts';
import { unwrap } from '../core-harness.ts';

let temp: ReturnType<typeof tempFolder>;
let eventId: string;
let herald: string;
let riverline: string;

beforeEach(() => {
  temp = tempFolder();
  const core = openCore(temp.project);
  try {
    unwrap(core.call('project.loadSample', {}));
    const rows = unwrap(core.call('sources.list', {})).rows;
    herald = rows.find((r) => r.publisher === 'Ostra Valley Herald')?.id ?? '';
    riverline = rows.find((r) => r.publisher === 'Riverline News')?.id ?? '';
    const text = unwrap(core.call('sources.get', { id: herald })).text;
    const start = text.indexOf('Three people were killed');
    const highlight = unwrap(core.call('annotations.create', { sourceId: herald, target: { start, end: start + 'Three people were killed'.length }, note: 'lowest toll' }));
    eventId = unwrap(core.call('events.createFromHighlight', { highlightId: highlight.id, title: 'Quay Seven explosion' })).event.id;
  } finally {
    core.close();
  }
});
afterEach(() => temp.cleanup());

describe('sourcebench report', () => {
  it('writes the whole project to the file named with -o', async () => {
    const out = path.join(temp.dir, 'report.html');
    const run = await cli(['--project', temp.project, 'report', '-o', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Wrote .*report\.html \([\d,]+ bytes\)\.\n$/u);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<article class="source"/gu)).toHaveLength(4);
    expect(html).toContain('lowest toll');
    expect(html).toContain('Quay Seven explosion');
  });

  it('covers one event, or some sources, and prints with -o -', async () => {
    const event = await cli(['--project', temp.project, 'report', '--event', eventId, '-o', '-']);
    expect(event.code).toBe(0);
    expect(event.stdout.match(/<article class="source"/gu)).toHaveLength(1);
    expect(event.stdout).toContain('The event “Quay Seven explosion”');
    const out = path.join(temp.dir, 'two.html');
    const two = await cli(['--project', temp.project, '--json', 'report', '--sources', `${herald},${riverline}`, '--out', out]);
    expect(two.code).toBe(0);
    expect(JSON.parse(two.stdout)).toMatchObject({ path: out, suggestedName: 'test-report.html' });
    expect(readFileSync(out, 'utf8').match(/<article class="source"/gu)).toHaveLength(2);
  });

  it('refuses a missing -o, two choices at once, and an unknown event', async () => {
    expect(await cli(['--project', temp.project, 'report'])).toMatchObject({ code: 2, stderr: expect.stringContaining('report needs -o FILE.html') });
    expect(await cli(['--project', temp.project, 'report', '--event', eventId, '--sources', herald, '-o', '-'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('one choice'),
    });
    const out = path.join(temp.dir, 'none.html');
    expect(await cli(['--project', temp.project, 'report', '--event', 'nope', '-o', out])).toMatchObject({ code: 1, stderr: expect.stringContaining('not in this project') });
    expect(existsSync(out)).toBe(false);
  });
});
