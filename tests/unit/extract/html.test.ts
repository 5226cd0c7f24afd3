// HTML imports: nothing in the page ever runs, page chrome is flagged as outside the article,
// and the page's own metadata is read.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src-main/core/sources/extract/extract-document.ts';
import type { ExtractedDocument } from '../../../src-main/core/sources/extract/extract-document.ts';
import { htmlBlocks } from '../../../src-main/core/sources/extract/html-blocks.ts';
import { parseInertHtml } from '../../../src-main/core/sources/extract/html-document.ts';
import { assembleReadingText } from '../../../src-main/core/sources/extract/reading-text.ts';
import { matchArticle } from '../../../src-main/core/sources/extract/article-match.ts';

const PARAGRAPHS = [
  'The harbour council voted on Tuesday to build a new sea wall along the eastern quay, ending two years of debate about how to protect the old fish market from winter storms.',
  "Councillors approved the plan by nine votes to four. The wall will be built from recycled granite and is expected to take eighteen months to complete, according to the council's engineering office.",
  'Residents had asked for a higher wall after flooding damaged twelve homes two winters ago. The approved design is one metre taller than the original proposal and includes a public walkway on top.',
  "Opponents said the cost would force cuts to other services. The council's finance chair said the money would come from a regional resilience fund rather than from local taxes.",
];

const HOSTILE = `<!doctype html><html><head><title>Hostile page</title>
<script>window.ranInline = true; document.title = 'changed';</script>
<script src="https://evil.example/x.js"></script>
</head><body>
<h1>Quiet harbour news</h1>
<p>${PARAGRAPHS[0]}</p>
<img src="missing.png" onerror="window.ranOnError = true">
<iframe src="https://evil.example/frame" srcdoc="<script>parent.ranFrame = true</script><p>framed text</p>"></iframe>
<p>${PARAGRAPHS[1]} <a href="javascript:window.ranLink = true">Read the plan</a>.</p>
<p onclick="window.ranClick = true">${PARAGRAPHS[2]}</p>
<object data="x.swf">object fallback text</object>
<noscript>noscript fallback text</noscript>
<template><p>template text</p></template>
<style>.x { color: red }</style>
</body></html>`;

function extract(html: string, name = 'page.html'): ExtractedDocument {
  return extractDocument(name, new TextEncoder().encode(html));
}

function readingText(doc: ExtractedDocument): string {
  return assembleReadingText(doc.lines, new Set(doc.removed.map((removed) => removed.line)));
}

describe('HTML never runs', () => {
  it('the parser runs no script, handler or frame (checked against a parser that does)', () => {
    const inert = parseInertHtml(HOSTILE);
    const window = inert.window as unknown as Record<string, unknown>;
    expect(window.ranInline).toBeUndefined();
    expect(window.ranOnError).toBeUndefined();
    expect(window.ranFrame).toBeUndefined();
    expect(inert.window.document.title).toBe('Hostile page');
    inert.window.close();

    // The same page in a scripting jsdom does run, so the checks above can fail.
    const live = new JSDOM(HOSTILE, { runScripts: 'dangerously' });
    expect((live.window as unknown as Record<string, unknown>).ranInline).toBe(true);
    live.window.close();
  });

  it('keeps scripts, handlers, frames and javascript: links out of the lines', () => {
    const doc = extract(HOSTILE);
    const all = doc.lines.join('\n');
    for (const text of ['ranInline', 'ranOnError', 'ranFrame', 'ranLink', 'ranClick', 'javascript:', 'evil.example', 'framed text', 'noscript fallback', 'template text', 'object fallback', 'color: red']) {
      expect(all).not.toContain(text);
    }
    expect(all).toContain('Read the plan');
    expect(all).toContain(PARAGRAPHS[2]);
    expect((globalThis as Record<string, unknown>).ranInline).toBeUndefined();
  });
});

describe('HTML article and page chrome', () => {
  const page = `<!doctype html><html lang="en-gb"><head>
<title>Harbour council approves new sea wall | The Coastal Example</title>
<meta property="og:site_name" content="The Coastal Example">
<meta name="author" content="Mira Okafor">
<meta property="article:published_time" content="2021-03-04T23:15:00-05:00">
<link rel="canonical" href="https://coastal.example/news/sea-wall">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Harbour council approves new sea wall"}]}</script>
</head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p><button>Accept all</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Harbour council approves new sea wall</h1>
${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('\n')}
<figure><img src="wall.jpg"><figcaption>The eastern quay after last winter's storm.</figcaption></figure>
<p>Work is due to begin in the spring, once the fishing season ends and the boats are out of the water.</p>
</article></main>
<aside class="newsletter"><h3>Sign up for our newsletter</h3><p>Get the Coastal Example in your inbox every morning.</p></aside>
<section class="related"><h2>Related stories</h2><ul><li><a href="/a">Fish market to reopen after repairs</a></li><li><a href="/b">Storm season: what to expect</a></li></ul></section>
<footer><p>© 2021 The Coastal Example. All rights reserved.</p></footer>
</body></html>`;
  const doc = extract(page);
  const reasonOf = (text: string): string | undefined => {
    const index = doc.lines.indexOf(text);
    expect(index).toBeGreaterThanOrEqual(0);
    return doc.removed.find((removed) => removed.line === index)?.reason;
  };

  it('keeps every block of the page as lines, one per paragraph, heading or item', () => {
    expect(doc.format).toBe('html');
    for (const text of ['Home', 'Sign up for our newsletter', 'Fish market to reopen after repairs', ...PARAGRAPHS]) expect(doc.lines).toContain(text);
  });

  it('flags nav, cookie banner, newsletter, related links and footer as outside the article', () => {
    for (const text of [
      'We use cookies to improve your experience. By continuing you accept our cookie policy.',
      'Accept all',
      'Home',
      'News',
      'Sign up for our newsletter',
      'Get the Coastal Example in your inbox every morning.',
      'Related stories',
      'Storm season: what to expect',
      '© 2021 The Coastal Example. All rights reserved.',
    ]) {
      expect(reasonOf(text)).toBe('outside the article');
    }
  });

  it('keeps the headline and article, and flags the figure caption', () => {
    expect(reasonOf('Harbour council approves new sea wall')).toBeUndefined();
    for (const text of PARAGRAPHS) expect(reasonOf(text)).toBeUndefined();
    expect(reasonOf("The eastern quay after last winter's storm.")).toBe('image caption');
    const text = readingText(doc);
    expect(text.startsWith('Harbour council approves new sea wall\n\n')).toBe(true);
    expect(text.endsWith('once the fishing season ends and the boats are out of the water.')).toBe(true);
  });

  it('reads the page metadata', () => {
    expect(doc.metadata).toEqual({
      title: 'Harbour council approves new sea wall',
      author: 'Mira Okafor',
      publisher: 'The Coastal Example',
      publishedAt: '2021-03-04',
      url: 'https://coastal.example/news/sea-wall',
      kind: 'news',
      language: 'en-GB',
    });
  });

  it('falls back to <title> without its site suffix and to citation_* tags', () => {
    const scholarly = extract(`<html><head><title>Dams and rivers - Example Journal</title>
<meta name="citation_author" content="Lima, Ana"><meta name="citation_author" content="Reyes, Tom">
<meta name="citation_journal_title" content="Example Journal"><meta name="citation_publication_date" content="2019/06">
</head><body><h1>Dams and rivers</h1>${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</body></html>`);
    expect(scholarly.metadata.title).toBe('Dams and rivers');
    expect(scholarly.metadata.author).toBe('Lima, Ana and Reyes, Tom');
    expect(scholarly.metadata.publisher).toBe('Example Journal');
    expect(scholarly.metadata.publishedAt).toBe('2019-06');
  });
});

describe('HTML without an article', () => {
  it('keeps every line of a small page and takes the title from its heading', () => {
    const doc = extract('<html><body><h1>Field notes</h1><p>One short paragraph.</p><ul><li>Item one</li><li>Item two</li></ul></body></html>');
    expect(doc.lines).toEqual(['Field notes', '', 'One short paragraph.', '', 'Item one', 'Item two']);
    expect(doc.removed).toEqual([]);
    expect(doc.metadata.title).toBe('Field notes');
  });

  it('reads a page that is not even wrapped in <html>', () => {
    expect(extract('<p>Hello there, reader.</p>', 'snippet.htm').lines).toEqual(['Hello there, reader.']);
  });
});

describe('htmlBlocks', () => {
  it('makes one block per paragraph, item and row, and splits on <br>', () => {
    const { document } = new JSDOM(`<body><div>Intro text<p>First <b>bold</b>
      paragraph</p></div><ul><li>One</li><li>Two</li></ul><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>
      <p>Line one<br>Line two</p><pre>  code  line\n\nnext</pre><p hidden>hidden</p><p style="display:none">gone</p></body>`).window;
    expect(htmlBlocks(document.body)).toEqual([
      { role: 'paragraph', lines: ['Intro text'] },
      { role: 'paragraph', lines: ['First bold paragraph'] },
      { role: 'item', lines: ['One'] },
      { role: 'item', lines: ['Two'] },
      { role: 'row', lines: ['A | B'] },
      { role: 'row', lines: ['1 | 2'] },
      { role: 'paragraph', lines: ['Line one', 'Line two'] },
      { role: 'code', lines: ['  code  line', '', 'next'] },
    ]);
  });
});

describe('matchArticle', () => {
  const long = 'a long paragraph of more than six words in it';

  it('matches blocks in order and accepts long blocks split differently', () => {
    expect(matchArticle(['Home', long, 'short', 'Footer'], [long, 'short'])).toEqual([false, true, true, false]);
    expect(matchArticle(['first part of a long paragraph here', 'second part'], ['first part of a long paragraph here second part'])).toEqual([true, false]);
  });
});
