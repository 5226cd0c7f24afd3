// What the report tests look for in the HTML: a DOM to query (jsdom, no script run), the balance of
// tags in a fragment, and which highlight colours cover each character of a reading text.

import { JSDOM } from 'jsdom';
import { paragraphSpans } from '../../../../src-main/core/sources/paragraph-spans.ts';

export function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

const voidElements = new Set(['br', 'meta', 'img', 'hr', 'input', 'link', 'wbr']);

/** Throws unless every opened tag in the fragment is closed in order: the parser had nothing to repair. */
export function assertBalanced(fragment: string): void {
  const stack: string[] = [];
  for (const match of fragment.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/gu)) {
    const [, closing, name = ''] = match;
    const tag = name.toLowerCase();
    if (voidElements.has(tag)) continue;
    if (closing === '') stack.push(tag);
    else if (stack.pop() !== tag) throw new Error(`</${tag}> closes the wrong element at ${match.index}`);
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(', ')}`);
}

/**
 * For a reading text drawn in `container`, the sorted colour classes of the marks around each
 * character (footnote numbers skipped), as offsets into the text.
 */
export function coloursPerCharacter(container: Element, text: string): Map<number, string> {
  const out = new Map<number, string>();
  const paragraphs = paragraphSpans(text);
  const drawn = Array.from(container.querySelectorAll(':scope > p'));
  if (drawn.length !== paragraphs.length) throw new Error(`${drawn.length} paragraphs drawn, ${paragraphs.length} in the text`);
  drawn.forEach((p, index) => {
    let offset = paragraphs[index]?.start ?? 0;
    const walker = p.ownerDocument.createTreeWalker(p, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      if (node.parentElement?.closest('a.hl-ref')) continue;
      const colours: string[] = [];
      for (let el = node.parentElement; el !== null && el !== p; el = el.parentElement) {
        const colour = Array.from(el.classList).find((c) => c.startsWith('hl-') && c !== 'hl-fuzzy');
        if (el.tagName === 'MARK' && colour !== undefined) colours.push(colour.slice(3));
      }
      const key = colours.sort().join('+');
      for (let i = 0; i < (node.textContent ?? '').length; i += 1) {
        if (key !== '') out.set(offset + i, key);
      }
      offset += (node.textContent ?? '').length;
    }
    if (offset !== paragraphs[index]?.end) throw new Error(`paragraph ${index} drew ${offset - (paragraphs[index]?.start ?? 0)} characters`);
  });
  return out;
}
