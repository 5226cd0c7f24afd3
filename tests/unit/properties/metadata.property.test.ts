// The metadata reader on generated documents: it never throws anything but a
// plain refusal, every date it returns is a real calendar date no later than
// next year, and every text field it fills is words the document contains
// (in its lines: the text as read, so Markdown's escapes and markers are gone).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/core/api/errors.ts';
import { extractDocument, type ExtractedDocument } from '../../../src-main/core/sources/extract/extract-document.ts';
import { assertCounted } from './counted-property.ts';

const latestYear = new Date().getUTCFullYear() + 1;

const day = fc.integer({ min: 0, max: 35 });
const month = fc.integer({ min: 0, max: 14 });
const year = fc.oneof(fc.integer({ min: 1400, max: 2300 }), fc.integer({ min: 0, max: 99_999 }));
const monthName = fc.constantFrom('January', 'Feb', 'February', 'March', 'Sept', 'September', 'Dec.', 'Smarch');
const date = fc.oneof(
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.tuple(day, monthName, year).map(([d, m, y]) => `${d} ${m} ${y}`),
  fc.tuple(monthName, day, year).map(([m, d, y]) => `${m} ${d}, ${y}`),
  fc.tuple(monthName, year).map(([m, y]) => `${m} ${y}`),
  fc.tuple(day, month, year).map(([d, m, y]) => `${d}/${m}/${y}`),
  year.map(String),
  fc.constantFrom('yesterday', 'last Tuesday', 'Tue 29 Sep 2020 10.31 BST', '2020-02-30', '2021-02-29', '2024-02-29', '0000-00-00'),
);
const name = fc.constantFrom('Jane Doe', 'Ahmed al-Rashid', 'José Ñúñez', 'Staff', 'REUTERS', 'Smith, J.', '李明');
const metadataLine = fc.oneof(
  date.map((d) => `Published: ${d}`),
  date.map((d) => `Updated ${d}`),
  date,
  fc.tuple(name, date).map(([n, d]) => `By ${n} | ${d}`),
  fc.tuple(name, date).map(([n, d]) => `Posted by ${n} on ${d}`),
  name.map((n) => `By ${n}`),
  fc.constantFrom('Reuters', 'The Guardian', 'Associated Press', '© 2021 Example News', 'https://example.org/news/1', 'Source: www.example.com/a?b=c', 'Home | World | Politics'),
);
const prose = fc.constantFrom(
  'The embassy was attacked on Tuesday.',
  'Officials said 3 people were hurt.',
  'It happened on 5 May 2019, witnesses said.',
  '# A heading',
  '',
  '   ',
  'حدث ذلك في بغداد.',
);
const line = fc.oneof(metadataLine, prose, fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 }));
const document = fc.array(line, { minLength: 1, maxLength: 14 }).map((lines) => lines.join('\n'));

function extract(fileName: string, text: string): ExtractedDocument | null {
  try {
    return extractDocument(fileName, Buffer.from(text, 'utf8'));
  } catch (error) {
    if (error instanceof AppError && (error.code === 'invalid_input' || error.code === 'unsupported')) return null;
    throw error;
  }
}

/** Comparable form: the pipeline normalizes (NFC, spaces), so compare collapsed, case-folded text. */
function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

function expectRealDate(value: string): void {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  expect(match, `${value} is not ISO YYYY[-MM[-DD]]`).not.toBeNull();
  const [, y, m, d] = match ?? [];
  expect(Number(y)).toBeLessThanOrEqual(latestYear);
  if (m !== undefined) expect(Number(m)).toBeGreaterThanOrEqual(1);
  if (m !== undefined) expect(Number(m)).toBeLessThanOrEqual(12);
  if (d !== undefined) {
    const parsed = new Date(`${value}T00:00:00Z`);
    expect(parsed.toISOString().slice(0, 10), `${value} is not a calendar date`).toBe(value);
  }
}

function checkMetadata(fileName: string, text: string): void {
  const extracted = extract(fileName, text);
  if (extracted === null) return;
  const { metadata } = extracted;
  if (metadata.publishedAt !== null) expectRealDate(metadata.publishedAt);
  // The document's own lines (kept and set aside): for Markdown, the text as rendered, not the markup.
  const source = comparable(extracted.lines.join('\n'));
  for (const field of ['title', 'author', 'publisher', 'url'] as const) {
    const value = metadata[field];
    if (value === null) continue;
    expect(value.trim(), `${field} is blank`).not.toBe('');
    expect(source, `${field} "${value}" is not in the text`).toContain(comparable(value));
  }
}

describe('the metadata reader on generated documents', () => {
  it('never throws, returns real dates, and fills fields only with words of the text', () => {
    assertCounted('metadata of plain text', [document], (text) => checkMetadata('doc.txt', text), 300);
    assertCounted('metadata of Markdown', [document], (text) => checkMetadata('doc.md', text), 150);
  });

  it('refuses a publication date in the far future', () => {
    expect(extract('far.txt', 'A title\nPublished: 3 March 2150\n\nThe embassy was attacked.')?.metadata.publishedAt).toBeNull();
    expect(extract('near.txt', 'A title\nPublished: 3 March 2020\n\nThe embassy was attacked.')?.metadata.publishedAt).toBe('2020-03-03');
  });
});
