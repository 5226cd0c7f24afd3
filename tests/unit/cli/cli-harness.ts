// Running the CLI in-process against throwaway project files, and looking inside a project
// to prove a failed command left it exactly as it was.

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from '../../../src-main/core/core.ts';
import { runCli } from '../../../src-main/cli/run-cli.ts';

export const corpusDir = fileURLToPath(new URL('../../../../shared/corpus/baghdad-embassy/', import.meta.url));

export const corpusTitles: Readonly<Record<string, string>> = {
  'analysis-embassy-attacks-motives.txt': 'The attacks on the US embassy in Iraq, motives and prospects',
  'news-us-warns-embassy-shutdown.txt': 'US Warns Iraq of Embassy Shutdown in Response to Attacks on Personnel',
  'news-administration-warns-iraq-embassy.txt': 'Trump administration warns Iraq it plans to shut U.S. Embassy in Baghdad after rocket attacks',
};

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env,
  });
  return { code, stdout, stderr };
}

/** A fresh folder in the system's temp dir; call `cleanup` in afterEach. */
export function tempFolder(): { dir: string; project: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcebench-cli-'));
  return { dir, project: path.join(dir, 'test.sourcebench'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ProjectSnapshot {
  fileSha256: string | null;
  sources: number;
  revisions: number;
  listTotal: number;
  highlights: number;
  tags: number;
  highlightTags: number;
  undoEntries: number;
}

/** Hash of the file first (before opening it ourselves), then the row counts through the core. */
export function snapshot(projectPath: string): ProjectSnapshot {
  if (!existsSync(projectPath)) {
    return { fileSha256: null, sources: 0, revisions: 0, listTotal: 0, highlights: 0, tags: 0, highlightTags: 0, undoEntries: 0 };
  }
  const fileSha256 = createHash('sha256').update(readFileSync(projectPath)).digest('hex');
  const core = openCore(projectPath);
  try {
    const count = (table: string) => (core.project.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const list = core.call('sources.list', {});
    if (!list.ok) throw new Error(list.error.message);
    return {
      fileSha256,
      sources: count('sources'),
      revisions: count('source_revisions'),
      listTotal: list.value.total ?? Number.NaN,
      highlights: count('highlights'),
      tags: count('tags'),
      highlightTags: count('highlight_tags'),
      undoEntries: count('undo_log'),
    };
  } finally {
    core.close();
  }
}

/** Runs a command that must succeed and parses its JSON. */
export async function cliJson<T>(args: string[]): Promise<T> {
  const run = await cli([...args, '--json']);
  if (run.code !== 0 || run.stderr !== '') throw new Error(`sourcebench ${args.join(' ')} failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/** Imports one corpus file into the project and returns the new source's id. */
export async function importCorpusFile(project: string, fileName: string): Promise<string> {
  const report = await cliJson<{ results: { source?: { id: string } }[] }>(['--project', project, 'import', path.join(corpusDir, fileName)]);
  const id = report.results[0]?.source?.id;
  if (id === undefined) throw new Error(`${fileName} was not imported`);
  return id;
}

/** The source's current reading text, as `show --json` prints it. */
export async function readingText(project: string, sourceId: string): Promise<string> {
  return (await cliJson<{ text: string }>(['--project', project, 'show', sourceId])).text;
}

/**
 * A phrase of at least `minLength` characters starting at a word at or after `from`, on one
 * line and found only once in the text, so it can be quoted without context.
 */
export function uniquePhrase(text: string, from: number, minLength = 30): { start: number; end: number; exact: string } {
  const wordStarts = /(?<!\S)\S/g;
  wordStarts.lastIndex = from;
  for (let word = wordStarts.exec(text); word !== null; word = wordStarts.exec(text)) {
    const start = word.index;
    const gap = text.slice(start + minLength).search(/\s/);
    if (gap === -1) break;
    const end = start + minLength + gap;
    const exact = text.slice(start, end);
    if (!exact.includes('\n') && text.indexOf(exact) === start && text.lastIndexOf(exact) === start) return { start, end, exact };
  }
  throw new Error(`no unique phrase after offset ${from}`);
}

export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}
