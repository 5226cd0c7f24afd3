// Walking a DOM into text blocks: one block per paragraph, heading, list item, caption or
// table row, code kept line for line, and nothing from scripts, styles, forms or hidden parts.

import { normalizeBlockText, normalizeLine } from './normalize-text.ts';
import type { BlockRole, TextBlock } from './text-blocks.ts';

// Elements whose content is never reading text (or is never shown).
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'PARAM',
  'SVG', 'CANVAS', 'AUDIO', 'VIDEO', 'SOURCE', 'TRACK', 'MAP', 'AREA', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD',
  'TITLE', 'META', 'LINK', 'BASE', 'IMG', 'PICTURE',
]);

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD',
  'TR', 'UL', 'OPTION',
]);

const ROLES: Readonly<Record<string, BlockRole>> = {
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  LI: 'item', DT: 'item', DD: 'item', BLOCKQUOTE: 'quote', FIGCAPTION: 'caption', CAPTION: 'caption', TR: 'row',
};

export function isHiddenElement(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (element.tagName === 'DIALOG' && !element.hasAttribute('open')) return true;
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu.test(element.getAttribute('style') ?? '');
}

/** An element's text as a browser shows it: textContent without scripts, styles or hidden parts. */
function shownText(element: Element): string {
  let text = '';
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const inner = child as Element;
      if (inner.tagName.toUpperCase() === 'BR') text += '\n';
      else if (!SKIPPED.has(inner.tagName.toUpperCase()) && !isHiddenElement(inner)) text += shownText(inner);
    }
  }
  return text;
}

class BlockCollector {
  readonly blocks: TextBlock[] = [];
  private lines: string[] = [];
  private current = '';

  append(text: string): void {
    this.current += text;
  }

  lineBreak(): void {
    this.lines.push(this.current);
    this.current = '';
  }

  /** Closes the block being gathered, giving it the role of the element it belonged to. */
  flush(role: BlockRole): void {
    this.lineBreak();
    const lines = this.lines.map(normalizeBlockText).filter((line) => line !== '');
    if (lines.length > 0) this.blocks.push({ role, lines });
    this.lines = [];
  }

  code(text: string): void {
    const lines = text.split(/\r\n|\r|\n/u).map(normalizeLine);
    while (lines.length > 0 && lines[0]?.trim() === '') lines.shift();
    while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
    if (lines.length > 0) this.blocks.push({ role: 'code', lines });
  }
}

/** The text blocks of everything under `root`, in document order. */
export function htmlBlocks(root: Node): TextBlock[] {
  const collector = new BlockCollector();
  walk(root, 'paragraph', collector);
  collector.flush('paragraph');
  return collector.blocks;
}

function walk(node: Node, role: BlockRole, collector: BlockCollector): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      collector.append(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue; // comments and processing instructions carry no text
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED.has(tag) || isHiddenElement(element)) continue;
    if (tag === 'BR') {
      collector.lineBreak();
    } else if (tag === 'PRE') {
      collector.flush(role);
      collector.code(shownText(element));
    } else if (tag === 'TD' || tag === 'TH') {
      if (element.previousElementSibling !== null) collector.append(' | ');
      walk(element, role, collector);
    } else if (BLOCKS.has(tag)) {
      // Text before a nested block belongs to the enclosing block, so close that first.
      collector.flush(role);
      const own = ROLES[tag] ?? role;
      walk(element, own, collector);
      collector.flush(own);
    } else {
      walk(element, role, collector);
    }
  }
}
