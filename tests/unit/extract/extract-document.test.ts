// The front door: encodings and normalization end to end, and the errors a user sees.

import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/core/api/errors.ts';
import { extractDocument, MAX_IMPORT_BYTES } from '../../../src-main/core/sources/extract/extract-document.ts';
import { formatSize } from '../../../src-main/core/sources/extract/import-errors.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function failure(fileName: string, bytes: Uint8Array): AppError {
  try {
    extractDocument(fileName, bytes);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected extractDocument to fail');
}

describe('extractDocument normalization', () => {
  it('handles a UTF-8 BOM, CRLF line ends and decomposed accents', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...encode('Cafe\u0301 notes  \r\n\r\nLe de\u0301but du texte.\r\n')]);
    const doc = extractDocument('notes.txt', bytes);
    expect(doc.format).toBe('text');
    expect(doc.lines).toEqual(['Café notes', '', 'Le début du texte.', '']);
    expect(doc.lines.join('\n')).not.toMatch(/[\r\ufeff\u0301]/u);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const text = 'Über den Fluss\r\nZweite Zeile';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index += 1) {
      bytes[2 + index * 2] = text.charCodeAt(index) & 0xff;
      bytes[3 + index * 2] = text.charCodeAt(index) >> 8;
    }
    expect(extractDocument('de.txt', bytes).lines).toEqual(['Über den Fluss', 'Zweite Zeile']);
  });

  it('reads windows-1252 text that is not valid UTF-8', () => {
    // "Résumé – “draft”" in windows-1252.
    const bytes = Uint8Array.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x64, 0x72, 0x61, 0x66, 0x74, 0x94]);
    expect(extractDocument('old.txt', bytes).lines).toEqual(['Résumé – “draft”']);
  });

  it('treats an unknown extension with text content as text, and sniffs HTML', () => {
    expect(extractDocument('notes.log', encode('Just a few words.')).format).toBe('text');
    expect(extractDocument('pasted text.txt', encode('Just a few words.')).lines).toEqual(['Just a few words.']);
    expect(extractDocument('saved-page', encode('<!doctype html><html><body><p>Hello there</p></body></html>')).format).toBe('html');
  });
});

describe('extractDocument errors', () => {
  it('refuses an empty file', () => {
    const error = failure('empty.txt', new Uint8Array());
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('empty.txt is empty; there is no text to import.');
  });

  it('refuses a file of only whitespace', () => {
    const error = failure('/home/me/blank.md', encode(' \r\n\t\n  '));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('blank.md contains only blank space; there is no text to import.');
  });

  it('refuses binary files', () => {
    const error = failure('notes.pdf', encode('%PDF-1.4\n%âãÏÓ\n1 0 obj'));
    expect(error.code).toBe('unsupported');
    expect(error.message).toBe('notes.pdf looks like a binary file, not text; Sourcebench imports plain text, Markdown and HTML.');
    expect(failure('photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])).code).toBe('unsupported');
  });

  it('refuses formats it cannot read even when they decode as text', () => {
    const error = failure('letter.rtf', encode('{\\rtf1\\ansi Dear reader}'));
    expect(error.code).toBe('unsupported');
    expect(error.message).toBe('letter.rtf is a Rich Text file; Sourcebench imports plain text, Markdown and HTML.');
    expect(failure('sheet.xlsx', encode('a,b,c')).message).toContain('is a spreadsheet');
  });

  it('refuses files over the size limit, stating both sizes', () => {
    const error = failure('huge.txt', new Uint8Array(MAX_IMPORT_BYTES + 512 * 1024));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('huge.txt is 10.5 MB, over the 10 MB import limit.');
    const atLimit = new Uint8Array(MAX_IMPORT_BYTES).fill(0x20);
    atLimit.set(encode('Exactly at the limit.'));
    expect(extractDocument('limit.txt', atLimit).lines).toEqual(['Exactly at the limit.']);
  });

  it('refuses HTML with no readable text', () => {
    const error = failure('empty.html', encode('<html><body><script>x()</script><img src="a.png"></body></html>'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('empty.html has no readable text to import.');
  });

  it('formats sizes as people read them', () => {
    expect(formatSize(812)).toBe('812 bytes');
    expect(formatSize(48 * 1024)).toBe('48 KB');
    expect(formatSize(MAX_IMPORT_BYTES)).toBe('10 MB');
  });
});
