// The three real documents in shared/corpus, checked against what the corpus README says a
// good import extracts and removes. Their text is read from disk, never copied here.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src-main/core/sources/extract/extract-document.ts';
import type { ExtractedDocument } from '../../../src-main/core/sources/extract/extract-document.ts';
import { assembleReadingText } from '../../../src-main/core/sources/extract/reading-text.ts';

const corpus = new URL('../../../../shared/corpus/baghdad-embassy/', import.meta.url);

function load(name: string): { doc: ExtractedDocument; text: string } {
  const doc = extractDocument(name, readFileSync(new URL(name, corpus)));
  return { doc, text: assembleReadingText(doc.lines, new Set(doc.removed.map((removed) => removed.line))) };
}

function reasonFor(doc: ExtractedDocument, matches: (line: string) => boolean): string[] {
  return doc.lines.flatMap((line, index) => (matches(line) ? [doc.removed.find((removed) => removed.line === index)?.reason ?? 'KEPT'] : []));
}

function nonBlankCount(doc: ExtractedDocument): number {
  return doc.lines.filter((line) => line.trim() !== '').length;
}

describe('analysis-embassy-attacks-motives.txt', () => {
  const { doc, text } = load('analysis-embassy-attacks-motives.txt');

  it('reads the metadata a careful reader would', () => {
    expect(doc.format).toBe('text');
    expect(doc.metadata.title).toBe('The attacks on the US embassy in Iraq, motives and prospects');
    expect(doc.metadata.author).toBe('Muhammad Shaban Abdulaziz');
    expect(doc.metadata.publisher).toBe('Arab Democratic Center');
    expect(doc.metadata.publishedAt).toBeNull(); // it only cites dated sources
    expect(doc.metadata.kind).toBe('analysis');
    expect(doc.metadata.language).toBe('en');
  });

  it('removes the publisher bullet, the author box and the comment form', () => {
    expect(reasonFor(doc, (line) => line.trim() === '• Arab Democratic Center')).toEqual(['site name']);
    expect(reasonFor(doc, (line) => line === 'SAKHRI Mohamed')).toEqual(['author bio', 'author bio']);
    expect(reasonFor(doc, (line) => line.startsWith("I hold a Bachelor's degree"))).toEqual(['author bio']);
    expect(reasonFor(doc, (line) => /^Articles:\s*\d+$/.test(line))).toEqual(['author bio']);
    expect(reasonFor(doc, (line) => line === 'Leave a Reply')).toEqual(['comment form']);
    expect(reasonFor(doc, (line) => line.startsWith('Your email address will not be published'))).toEqual(['comment form']);
  });

  it('keeps the article', () => {
    expect(text.startsWith('The attacks on the US embassy in Iraq, motives and prospects')).toBe(true);
    expect(text).toContain('Prepared by the researcher: Muhammad Shaban Abdulaziz');
    expect(text).toContain('Armed attacks with explosive devices on American and foreign convoys and trucks also increased from 24 attacks');
    expect(text).toContain('“By May, President Trump hopes that all of them will be safely home,” O’Brien said.');
    expect(text).toContain('The possibility of an American-Iranian war on Iraqi soil');
    expect(text).toContain('4- Trump and the reduction of US forces in Iraq and Afghanistan');
    expect(doc.removed.length).toBeLessThanOrEqual(8);
    expect(doc.removed.length / nonBlankCount(doc)).toBeLessThan(0.15);
  });
});

describe('news-us-warns-embassy-shutdown.txt', () => {
  const { doc, text } = load('news-us-warns-embassy-shutdown.txt');
  const title = 'US Warns Iraq of Embassy Shutdown in Response to Attacks on Personnel';

  it('reads the metadata a careful reader would', () => {
    expect(doc.metadata.title).toBe(title);
    expect(doc.metadata.author).toBeNull();
    expect(doc.metadata.publisher).toBe('NBC News/Reuters');
    expect(doc.metadata.publishedAt).toBe('2020-09-29');
    expect(doc.metadata.kind).toBe('news');
    expect(doc.metadata.language).toBe('en');
  });

  it('removes the leaked tag comment and the repeated title, nothing else', () => {
    expect(reasonFor(doc, (line) => line.includes('Google tag'))).toEqual(['leaked markup']);
    expect(reasonFor(doc, (line) => line === title)).toEqual(['KEPT', 'repeated title']);
    expect(doc.removed).toHaveLength(2);
  });

  it('keeps the standfirst, date, credit line and article', () => {
    expect(text.split('\n')[0]).toBe(title);
    expect(text).toContain('Pompeo delivered the message via phone to PM Al-Kadhimi and President Barham Salih');
    expect(text).toContain('September 29, 2020');
    expect(text).toContain('SOURCE: NBC NEWS/REUTERS');
    expect(text).toContain('closing the embassy is expected to take 90 days');
    expect(text).toContain('Iranian President Hassan Rouhani met with Iraq’s Foreign Minister over the weekend');
  });
});

describe('news-administration-warns-iraq-embassy.txt', () => {
  const { doc, text } = load('news-administration-warns-iraq-embassy.txt');

  it('reads the metadata a careful reader would', () => {
    expect(doc.metadata.title).toBe('Trump administration warns Iraq it plans to shut U.S. Embassy in Baghdad after rocket attacks');
    expect(doc.metadata.author).toBeNull();
    expect(doc.metadata.publisher).toBe('NBC News');
    expect(doc.metadata.publishedAt).toBeNull(); // no date is stated; "Sept. 21" is a caption's
    expect(doc.metadata.kind).toBe('news');
    expect(doc.metadata.language).toBe('en');
  });

  it('removes the browser warning, image captions and photo credits', () => {
    expect(reasonFor(doc, (line) => line.startsWith('IE 11 is not supported'))).toEqual(['browser warning']);
    expect(reasonFor(doc, (line) => line.startsWith('Image: '))).toEqual(['image caption', 'image caption']);
    expect(reasonFor(doc, (line) => line.endsWith('Lucas Jackson / Reuters file'))).toEqual(['photo credit']);
    expect(reasonFor(doc, (line) => line.endsWith('/ AFP - Getty Images'))).toEqual(['photo credit']);
    expect(doc.removed).toHaveLength(5);
  });

  it('keeps the standfirst, dateline and article', () => {
    expect(text).toContain('In an interview with NBC News, a top U.S. general recently praised the work of Iraqi security forces');
    expect(text).toContain('WASHINGTON — Secretary of State Mike Pompeo has warned Iraq');
    expect(text).toContain("'A collective duty'");
    expect(text).toContain('Iran retaliated five days later by firing more than a dozen ballistic missiles at two Iraqi air bases');
    expect(text).toContain('Since then, the U.S. has reduced its numbers back down to around 5,200.');
    expect(text).not.toContain('Getty Images');
  });
});
