// `sourcebench import`: real documents come in with their titles, a re-import is a duplicate,
// and every kind of bad input is one clear line that leaves the project untouched.

import { mkdirSync, writeFileSync, truncateSync, existsSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../src-main/core/sources/extract/extract-document.ts';
import { MAX_IMPORT_BATCH_FILES } from '../../../src-main/core/limits.ts';
import { cli, corpusDir, corpusTitles, lines, snapshot, tempFolder } from './cli-harness.ts';

interface ImportJson {
  results: { path: string; status: string; source?: { id: string; title: string; fileName: string | null }; error?: { code: string; message: string } }[];
  imported: number;
  duplicates: number;
  failed: number;
}

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
});
afterEach(() => temp.cleanup());

const corpusFiles = Object.keys(corpusTitles).map((name) => path.join(corpusDir, name));

describe('importing the corpus', () => {
  it('imports each file and reads its title off the text', async () => {
    const run = await cli(['--project', temp.project, 'import', ...corpusFiles, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ImportJson;
    expect(report).toMatchObject({ imported: 3, duplicates: 0, failed: 0 });
    for (const result of report.results) {
      expect(result.status).toBe('imported');
      expect(result.source?.title).toBe(corpusTitles[path.basename(result.path)]);
      expect(result.source?.fileName).toBe(path.basename(result.path));
    }
  });

  it('walks a folder and prints one line per file and a summary', async () => {
    const run = await cli(['--project', temp.project, 'import', corpusDir]);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out).toHaveLength(4);
    for (const title of Object.values(corpusTitles)) {
      expect(out.some((line) => /^imported  [0-9a-f-]{36}  /.test(line) && line.endsWith(title))).toBe(true);
    }
    expect(out.at(-1)).toBe('3 imported, 0 duplicates, 0 failed');
  });

  it('recognises a re-import, even under another name, and creates nothing', async () => {
    await cli(['--project', temp.project, 'import', corpusDir]);
    const before = snapshot(temp.project);
    const renamed = path.join(temp.dir, 'copy-of-brief.txt');
    copyFileSync(corpusFiles[1] ?? '', renamed);

    const run = await cli(['--project', temp.project, 'import', corpusDir, renamed, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ImportJson;
    expect(report).toMatchObject({ imported: 0, duplicates: 4, failed: 0 });
    expect(report.results.every((r) => r.status === 'duplicate' && r.source?.id)).toBe(true);
    expect(snapshot(temp.project)).toEqual(before);

    const text = await cli(['--project', temp.project, 'import', corpusFiles[0] ?? '']);
    expect(lines(text.stdout)[0]).toMatch(/^duplicate [0-9a-f-]{36}  The attacks on the US embassy/);
  });
});

describe('bad input', () => {
  const badInputs: { name: string; make: (dir: string) => string; message: RegExp }[] = [
    { name: 'a missing path', make: (dir) => path.join(dir, 'no-such-file.txt'), message: /no such file or folder/ },
    {
      name: 'a binary file',
      make: (dir) => write(dir, 'notes.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x41, 0x00, 0x7f, 0x00, 0x00, 0x03])),
      message: /notes\.txt looks like a binary file/,
    },
    {
      name: 'an unknown document format',
      make: (dir) => write(dir, 'x.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0x01])])),
      // The core sniffs the bytes before it looks at the name, so a real PDF is called binary.
      message: /x\.pdf (?:is a PDF document|looks like a binary file, not text); Sourcebench imports plain text, Markdown and HTML/,
    },
    { name: 'an empty file', make: (dir) => write(dir, 'empty.md', Buffer.alloc(0)), message: /empty\.md is empty/ },
    {
      name: 'a 50 MB file',
      make: (dir) => {
        const file = write(dir, 'huge.txt', Buffer.from('a'));
        // Sparse: 50 MB on paper, a few bytes on disk; the CLI must refuse it from its size alone.
        truncateSync(file, 50 * 1024 * 1024);
        return file;
      },
      message: /huge\.txt is 50 MB, over the \d+ MB import limit/,
    },
  ];

  for (const bad of badInputs) {
    it(`refuses ${bad.name} with one line, exit 1, and an unchanged project`, async () => {
      await cli(['--project', temp.project, 'import', corpusFiles[0] ?? '']);
      const before = snapshot(temp.project);
      const target = bad.make(temp.dir);

      const run = await cli(['--project', temp.project, 'import', target]);
      expect(run.code).toBe(1);
      const errors = lines(run.stderr);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(new RegExp(`^failed    ${escape(target)}: `));
      expect(errors[0]).toMatch(bad.message);
      expect(lines(run.stdout)).toEqual(['0 imported, 0 duplicates, 1 failed']);
      expect(snapshot(temp.project)).toEqual(before);

      const json = await cli(['--project', temp.project, 'import', target, '--json']);
      expect(json.code).toBe(1);
      const report = JSON.parse(json.stdout) as ImportJson;
      expect(report).toMatchObject({ imported: 0, duplicates: 0, failed: 1 });
      expect(report.results[0]).toMatchObject({ path: target, status: 'failed' });
      expect(report.results[0]?.error?.message).toMatch(bad.message);
      expect(report.results[0]?.error?.code).toMatch(/^(invalid_input|not_found|unsupported)$/);
      expect(snapshot(temp.project)).toEqual(before);
    });
  }

  it('keeps the good files of a mixed batch and still exits 1', async () => {
    const empty = write(temp.dir, 'empty.txt', Buffer.alloc(0));
    const run = await cli(['--project', temp.project, 'import', corpusFiles[0] ?? '', empty, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ imported: 1, duplicates: 0, failed: 1 });
    expect(snapshot(temp.project).sources).toBe(1);
  });

  it('imports a folder larger than one batch, in order, a bad file failing alone wherever it falls', async () => {
    const folder = path.join(temp.dir, 'notes');
    mkdirSync(folder);
    const count = MAX_IMPORT_BATCH_FILES + 5;
    const names = Array.from({ length: count }, (_, i) => `note-${String(i).padStart(3, '0')}.txt`);
    const bad = new Set([names[3], names[MAX_IMPORT_BATCH_FILES], names[count - 1]]);
    for (const name of names) write(folder, name, bad.has(name) ? Buffer.alloc(0) : Buffer.from(`Field note ${name}: the convoy passed the bridge.`));
    const run = await cli(['--project', temp.project, 'import', folder, '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as ImportJson;
    expect(report).toMatchObject({ imported: count - 3, duplicates: 0, failed: 3 });
    expect(report.results.map((r) => [path.basename(r.path), r.status])).toEqual(names.map((name) => [name, bad.has(name) ? 'failed' : 'imported']));
    expect(report.results.filter((r) => r.status === 'imported').every((r) => r.source?.fileName === path.basename(r.path))).toBe(true);
    expect(snapshot(temp.project).sources).toBe(count - 3);
  });

  it('does not create a project file when nothing could be read', async () => {
    const run = await cli(['--project', temp.project, 'import', path.join(temp.dir, 'missing.txt')]);
    expect(run.code).toBe(1);
    expect(existsSync(temp.project)).toBe(false);
  });

  it('leaves no new project file behind when every file it read was refused', async () => {
    const binary = write(temp.dir, 'scan.txt', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x7f]));
    const empty = write(temp.dir, 'empty.md', Buffer.alloc(0));
    const run = await cli(['--project', temp.project, 'import', binary, empty]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual(['0 imported, 0 duplicates, 2 failed']);
    expect(existsSync(temp.project)).toBe(false);
    expect(existsSync(`${temp.project}-wal`)).toBe(false);

    // An existing project stays, even when nothing new went into it.
    await cli(['--project', temp.project, 'import', corpusFiles[0] ?? '']);
    expect((await cli(['--project', temp.project, 'import', binary])).code).toBe(1);
    expect(snapshot(temp.project).sources).toBe(1);
  });

  it('says so when a folder holds nothing to import', async () => {
    const folder = path.join(temp.dir, 'pictures');
    mkdirSync(folder);
    write(folder, 'photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0x00]));
    const run = await cli(['--project', temp.project, 'import', folder]);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([`failed    ${folder}: no .txt, .text, .md, .markdown, .htm, .html files in this folder`]);
  });

  it('needs at least one path (a usage error, exit 2)', async () => {
    const run = await cli(['--project', temp.project, 'import']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sourcebench: import needs at least one file or folder\n/);
  });

  it('agrees with the core on the size limit', () => {
    // The 50 MB test above only proves something while the limit is below 50 MB.
    expect(MAX_IMPORT_BYTES).toBeLessThan(50 * 1024 * 1024);
  });
});

function write(dir: string, name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
