// A fresh project on disk per test, opened through the in-process door, with
// helpers that unwrap results so tests read as what the user does.

import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../../src-main/core/api/errors.ts';
import { openCore, type Core } from '../../src-main/core/core.ts';

export const corpusFolder = new URL('../../../shared/corpus/baghdad-embassy/', import.meta.url);

export function freshCore(): Core {
  return openCore(path.join(mkdtempSync(path.join(os.tmpdir(), 'sb-core-')), 'p.sourcebench'));
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`call failed (${result.error.code}): ${result.error.message}`);
  return result.value;
}

export function importCorpusFile(core: Core, name: string): string {
  const data = readFileSync(new URL(name, corpusFolder)).toString('base64');
  return unwrap(core.call('sources.import', { fileName: name, dataBase64: data })).source.id;
}

export function importText(core: Core, text: string, title = 'Test source'): string {
  return unwrap(core.call('sources.importText', { text, title })).source.id;
}

export function readingText(core: Core, sourceId: string): string {
  return unwrap(core.call('sources.get', { id: sourceId })).text;
}
