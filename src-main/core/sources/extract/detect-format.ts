// Deciding how to read a decoded file: by its extension when we know it, by sniffing the
// content otherwise, and refusing document formats that only look like text to a computer.

import type { SourceFormat } from './document-types.ts';

export type FormatDecision = { ok: true; format: SourceFormat } | { ok: false; description: string };

const KNOWN_EXTENSIONS: Readonly<Record<string, SourceFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  htm: 'html',
  html: 'html',
  xhtml: 'html',
};

// Formats people often try to import. Even when such a file decodes as text (RTF, some
// exports), its text is markup we cannot read, so naming the format is the honest answer.
const REFUSED_EXTENSIONS: Readonly<Record<string, string>> = {
  pdf: 'a PDF document',
  doc: 'a Word document',
  docx: 'a Word document',
  odt: 'an OpenDocument text file',
  rtf: 'a Rich Text file',
  epub: 'an e-book',
  mobi: 'an e-book',
  pages: 'a Pages document',
  xls: 'a spreadsheet',
  xlsx: 'a spreadsheet',
  ods: 'a spreadsheet',
  ppt: 'a presentation',
  pptx: 'a presentation',
  odp: 'a presentation',
  key: 'a presentation',
  zip: 'an archive',
  gz: 'an archive',
  png: 'an image',
  jpg: 'an image',
  jpeg: 'an image',
  gif: 'an image',
  webp: 'an image',
  heic: 'an image',
  svg: 'an image',
  mp3: 'an audio file',
  wav: 'an audio file',
  mp4: 'a video',
  mov: 'a video',
};

export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function detectFormat(fileName: string, text: string): FormatDecision {
  if (/^\s*\{\\rtf/.test(text)) return { ok: false, description: 'a Rich Text file' };
  const extension = fileExtension(fileName);
  const known = KNOWN_EXTENSIONS[extension];
  if (known !== undefined) return { ok: true, format: known };
  const refused = REFUSED_EXTENSIONS[extension];
  if (refused !== undefined) return { ok: false, description: refused };
  if (looksLikeHtml(text)) return { ok: true, format: 'html' };
  if (looksLikeMarkdown(text)) return { ok: true, format: 'markdown' };
  return { ok: true, format: 'text' };
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(text);
}

// Plain text often has a dash list or a "1." line, so Markdown needs a heading or front
// matter plus more than one other Markdown construct before we parse it as Markdown.
export function looksLikeMarkdown(text: string): boolean {
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(text)) return true;
  const lines = text.split(/\r?\n/);
  let headings = 0;
  let other = 0;
  for (const line of lines) {
    if (/^#{1,6} \S/.test(line)) headings += 1;
    else if (/^```/.test(line) || /\[[^\]]+\]\([^)\s]+\)/.test(line) || /^> /.test(line) || /\*\*[^*]+\*\*/.test(line)) other += 1;
  }
  return headings >= 1 && headings + other >= 3;
}
