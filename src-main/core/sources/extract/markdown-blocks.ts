// Parsing Markdown (CommonMark + GFM + front matter) into text blocks without its syntax:
// headings without #, links as their text, no emphasis markers, raw HTML reduced to its text.

import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYaml } from 'yaml';
import { htmlBlocks } from './html-blocks.ts';
import { parseInertFragment } from './html-document.ts';
import { normalizeBlockText, normalizeLine } from './normalize-text.ts';
import type { BlockRole, TextBlock } from './text-blocks.ts';

export interface MarkdownContent {
  blocks: TextBlock[];
  /** The YAML front matter as data, or null when there is none or it does not parse. */
  frontMatter: Record<string, unknown> | null;
  firstHeading: string | null;
}

export function parseMarkdown(markdown: string): MarkdownContent {
  const tree: Root = fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml', 'toml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
  });
  const content: MarkdownContent = { blocks: [], frontMatter: null, firstHeading: null };
  for (const node of tree.children) addNode(node, 'paragraph', content);
  return content;
}

function addNode(node: RootContent, role: BlockRole, content: MarkdownContent): void {
  switch (node.type) {
    case 'yaml':
      content.frontMatter ??= readYaml(node.value);
      return;
    case 'heading': {
      const lines = inlineLines(node.children);
      if (node.depth === 1 && content.firstHeading === null && lines.length > 0) content.firstHeading = lines.join(' ');
      push(content, 'heading', lines);
      return;
    }
    case 'paragraph':
      push(content, role, inlineLines(node.children));
      return;
    case 'list':
      for (const item of node.children) addChildren(item.children, 'item', content);
      return;
    case 'blockquote':
      addChildren(node.children, 'quote', content);
      return;
    case 'footnoteDefinition':
      addChildren(node.children, role, content);
      return;
    case 'code':
      push(content, 'code', node.value.split('\n').map(normalizeLine));
      return;
    case 'table':
      for (const row of node.children) {
        push(content, 'row', [row.children.map((cell) => inlineLines(cell.children).join(' ')).join(' | ')]);
      }
      return;
    case 'html':
      for (const block of htmlBlocks(parseInertFragment(node.value))) push(content, block.role === 'paragraph' ? role : block.role, block.lines);
      return;
    default:
      // Definitions, thematic breaks and TOML front matter carry no reading text.
      return;
  }
}

function addChildren(children: readonly RootContent[], role: BlockRole, content: MarkdownContent): void {
  for (const child of children) addNode(child, role, content);
}

function push(content: MarkdownContent, role: BlockRole, lines: readonly string[]): void {
  const kept = role === 'code' ? trimBlankEnds(lines) : lines.filter((line) => line !== '');
  if (kept.length > 0) content.blocks.push({ role, lines: [...kept] });
}

function trimBlankEnds(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start += 1;
  while (end > start && lines[end - 1]?.trim() === '') end -= 1;
  return lines.slice(start, end);
}

/** Phrasing content as lines: soft breaks are spaces, hard breaks start a new line. */
function inlineLines(nodes: readonly PhrasingContent[]): string[] {
  const lines: string[] = [''];
  const append = (text: string): void => {
    lines[lines.length - 1] += text;
  };
  // Inside an inline <script> (or style, template…) nothing is reading text until its end tag.
  let insideHidden: string | null = null;
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        if (insideHidden === null) append(node.value);
        return;
      case 'break':
        lines.push('');
        return;
      case 'html': {
        // Inline tags arrive one by one ("<sup>", "1", "</sup>"); only their text counts.
        const html = inlineHtmlText(node.value, insideHidden);
        insideHidden = html.insideHidden;
        append(html.text);
        return;
      }
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        return;
      default:
        if ('children' in node) for (const child of node.children) visit(child);
    }
  };
  for (const node of nodes) visit(node);
  return lines.map(normalizeBlockText).filter((line) => line !== '');
}

// Raw-text and hidden elements whose content a browser never shows as text.
const HIDDEN_INLINE = 'script|style|noscript|template|textarea|title|iframe|object|svg|math|select';
const HIDDEN_END = new RegExp(`</(${HIDDEN_INLINE})\\s*>`, 'iu');
const HIDDEN_START = new RegExp(`<(${HIDDEN_INLINE})\\b[^>]*>`, 'iu');

/** The text an inline HTML node adds, and whether it leaves us inside a hidden element. */
function inlineHtmlText(value: string, insideHidden: string | null): { text: string; insideHidden: string | null } {
  let rest = value.replace(/<!--[\s\S]*?-->/gu, '');
  let text = '';
  let hidden = insideHidden;
  for (;;) {
    if (hidden !== null) {
      const end = new RegExp(`</${hidden}\\s*>`, 'iu').exec(rest);
      if (end === null) return { text, insideHidden: hidden };
      rest = rest.slice(end.index + end[0].length);
      hidden = null;
      continue;
    }
    const start = HIDDEN_START.exec(rest);
    if (start === null) break;
    text += rest.slice(0, start.index).replace(/<[^>]*>/gu, '');
    rest = rest.slice(start.index + start[0].length);
    hidden = (start[1] ?? 'script').toLowerCase();
  }
  return { text: text + rest.replace(HIDDEN_END, '').replace(/<[^>]*>/gu, ''), insideHidden: null };
}

function readYaml(source: string): Record<string, unknown> | null {
  try {
    const data: unknown = parseYaml(source);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    // Broken front matter is not worth failing an import over; it simply states nothing.
    return null;
  }
}
