// The command line's own manners: help, version, and the difference between a mistyped
// command (exit 2, with a hint) and one that failed (exit 1).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-harness.ts';

describe('help and version', () => {
  it('--help lists every command and the global options', async () => {
    const run = await cli(['--help'], { SOURCEBENCH_HOME: '/tmp/sourcebench-help-home' });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const expected of [
      'import PATH...',
      'sources',
      'show ID',
      'revise SOURCE FILE',
      'annotate SOURCE',
      'annotations [SOURCE]',
      'tags',
      'undo',
      'redo',
      'serve',
      'save-copy PATH',
      '--project FILE',
      '--json',
      '--version',
    ]) {
      expect(run.stdout).toContain(expected);
    }
    expect(run.stdout).toContain('/tmp/sourcebench-help-home/Default.sourcebench');
  });

  it('a command with --help shows its own options', async () => {
    const run = await cli(['sources', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: sourcebench sources/);
    expect(run.stdout).toContain('--sort FIELD');
    expect(run.stdout).toContain('publishedAt');
  });

  it('every command has its own help, naming its options', async () => {
    const expected: Record<string, string[]> = {
      annotate: ['--start N --end N', '--quote TEXT', '--prefix TEXT', '--suffix TEXT', '--note TEXT', '--tag NAME', '--color COLOR', 'yellow'],
      annotations: ['[SOURCE]', '--status STATUS', 'orphaned', '--tag NAME', '"rows"'],
      revise: ['SOURCE FILE', '--text-file FILE', 'anchored', 'moved', 'fuzzy', 'orphaned'],
      tags: ['tree', '--json'],
      undo: ['sourcebench redo'],
      redo: ['sourcebench undo'],
    };
    for (const [command, options] of Object.entries(expected)) {
      const run = await cli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: sourcebench ${command}`));
      for (const option of options) expect(run.stdout, `${command} --help`).toContain(option);
    }
  });

  it('--version prints the package version', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    const run = await cli(['--version']);
    expect(run).toEqual({ code: 0, stdout: `sourcebench ${manifest.version}\n`, stderr: '' });
  });

  it('no command prints the usage on stderr (exit 2)', async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Commands:');
  });
});

describe('mistyped commands', () => {
  const cases: { args: string[]; message: string }[] = [
    {
      args: ['frobnicate'],
      message: 'unknown command "frobnicate"; the commands are import, sources, show, revise, annotate, annotations, tags, search, events, event, link, compare, align, undo, redo, serve, export, merge, open-bundle, export-format, import-format, report, save-copy, backups, restore',
    },
    { args: ['sources', '--colour'], message: 'unknown option --colour' },
    { args: ['--project'], message: '--project needs a value' },
    { args: ['show', 'abc', '--sort', 'title'], message: 'unknown option --sort' },
    { args: ['serve', '--port', 'eighty'], message: '--port needs a number from 0 to 65535 (got "eighty")' },
    { args: ['sources', '--limit', '-3'], message: '--limit needs a value; one starting with a dash is written --limit=VALUE' },
    { args: ['tags', '--quote', 'x'], message: 'unknown option --quote' },
    { args: ['annotations', '--text-file', 'x'], message: 'unknown option --text-file' },
  ];
  for (const { args, message } of cases) {
    it(`sourcebench ${args.join(' ')}`, async () => {
      const run = await cli(args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`sourcebench: ${message}\nRun "sourcebench --help" for usage.\n`);
    });
  }

  it('serve refuses to listen beyond this machine', async () => {
    const run = await cli(['serve', '--host', '0.0.0.0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sourcebench: browser mode only listens on 127\.0\.0\.1/);
  });
});
