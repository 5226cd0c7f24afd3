// The built-in sample project: loading it through the core's `project.loadSample` imports four
// accounts with their metadata read correctly and their noise removed, and loading it again is harmless.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/core.ts';
import { sampleDocuments } from '../../../src-main/core/sample/documents.ts';
import type { SourceDetail, SourceSummary } from '../../../src-main/core/sources/source-types.ts';

const expected: Record<string, Pick<SourceSummary, 'title' | 'author' | 'publisher' | 'publishedAt' | 'format' | 'kind'>> = {
  'ostra-valley-herald-three-dead.txt': {
    title: 'Three dead after blast at Velmora harbour fuel depot',
    author: 'Mirela Dask',
    publisher: 'Ostra Valley Herald',
    kind: 'news',
    publishedAt: '2025-09-11',
    format: 'text',
  },
  'riverline-news-velmora-explosion.html': {
    title: 'At least five killed in Velmora depot explosion as police examine sabotage claim',
    author: 'Tomas Berglund',
    publisher: 'Riverline News',
    kind: 'news',
    publishedAt: '2025-09-10',
    format: 'html',
  },
  'ostra-policy-forum-after-quay-seven.md': {
    title: 'After Quay Seven: deferred maintenance and the Velmora depot fire',
    author: 'Anneke Rusu',
    publisher: 'Ostra Policy Forum',
    kind: 'analysis',
    publishedAt: '2025-09-24',
    format: 'markdown',
  },
  'lower-quay-dispatch-what-i-saw.txt': {
    title: 'What I saw on Quay Seven',
    author: 'Hanne Mirow',
    publisher: 'The Lower Quay Dispatch',
    kind: null,
    publishedAt: '2025-09-14',
    format: 'text',
  },
};

let dir: string;
let core: Core;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sourcebench-sample-'));
  core = openCore(path.join(dir, 'fresh.sourcebench'));
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

function ok<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function detailOf(fileName: string): SourceDetail {
  const row = ok(core.call('sources.list', {})).rows.find((r) => r.fileName === fileName);
  if (!row) throw new Error(`${fileName} is not in the project`);
  return ok(core.call('sources.get', { id: row.id }));
}

describe('the sample documents', () => {
  it('are four original accounts of a sensible length', () => {
    expect(sampleDocuments.map((d) => d.fileName).sort()).toEqual(Object.keys(expected).sort());
    for (const document of sampleDocuments) {
      const prose = document.content.replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
      const words = prose.split(/\s+/).filter(Boolean).length;
      expect(words, document.fileName).toBeGreaterThanOrEqual(300);
      expect(words, document.fileName).toBeLessThanOrEqual(700);
    }
  });
});

describe('project.loadSample', () => {
  it('imports four sources with their titles, authors, publishers, dates and kinds (a witness’s blog post is none of the kinds, so it stays empty)', () => {
    expect(ok(core.call('project.info', {})).createdNow).toBe(true);
    expect(ok(core.call('project.loadSample', {}))).toEqual({ imported: 4, duplicates: 0 });
    const page = ok(core.call('sources.list', {}));
    expect(page.total).toBe(4);
    for (const [fileName, metadata] of Object.entries(expected)) {
      const row = page.rows.find((r) => r.fileName === fileName);
      expect(row, fileName).toMatchObject(metadata);
    }
  });

  it('never lets the HTML page run: no script or handler text in the reading text', () => {
    ok(core.call('project.loadSample', {}));
    const page = detailOf('riverline-news-velmora-explosion.html');
    for (const forbidden of ['SAMPLE_SCRIPT_MUST_NOT_RUN', 'SAMPLE_HANDLER_MUST_NOT_RUN', 'riverlineAnalytics', 'onerror', 'addEventListener', '<script', '<img']) {
      expect(page.text, forbidden).not.toContain(forbidden);
    }
    expect(page.text).toContain('At least five people died and more than twenty were injured');
    // The page chrome around the article is not part of the account.
    for (const chrome of ['We use cookies', 'Accept all', 'Related stories', 'Ostra bridge repairs delayed', 'All rights reserved']) {
      expect(page.text, chrome).not.toContain(chrome);
    }
  });

  it('removes the clipper noise from the plain-text report and says why', () => {
    ok(core.call('project.loadSample', {}));
    const report = detailOf('ostra-valley-herald-three-dead.txt');
    const noise = [
      'This browser is no longer supported.',
      'Image: Smoke drifts over the fuel tanks',
      'Katrin Solvay / Ostra Valley Herald',
      "Sign up for the Herald's morning newsletter",
    ];
    for (const line of noise) {
      expect(report.text, line).not.toContain(line);
      const removed = report.removedLines.find((r) => r.text.startsWith(line));
      expect(removed?.reason, line).toBeTruthy();
    }
    expect(report.text).toContain('Three people were killed and eleven injured');
    expect(report.text).toContain('"We will not rest until every family has the answers it is owed," she said.');
  });

  it('keeps the Markdown front matter out of the analysis text', () => {
    ok(core.call('project.loadSample', {}));
    const brief = detailOf('ostra-policy-forum-after-quay-seven.md');
    expect(brief.text).not.toMatch(/^---$/m);
    expect(brief.text).not.toContain('publisher: Ostra Policy Forum');
    expect(brief.text).toContain('The coroner\'s office has confirmed four deaths');
  });

  it('loading again reports four duplicates and creates nothing', () => {
    ok(core.call('project.loadSample', {}));
    const count = (table: string) => (core.project.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    const before = { sources: count('sources'), revisions: count('source_revisions') };
    expect(ok(core.call('project.loadSample', {}))).toEqual({ imported: 0, duplicates: 4 });
    expect({ sources: count('sources'), revisions: count('source_revisions') }).toEqual(before);
    expect(ok(core.call('sources.list', {})).total).toBe(4);
  });
});
