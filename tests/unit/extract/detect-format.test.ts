import { describe, expect, it } from 'vitest';
import { detectFormat, fileExtension, looksLikeMarkdown } from '../../../src-main/core/sources/extract/detect-format.ts';

describe('detectFormat', () => {
  it('trusts the known extensions', () => {
    expect(detectFormat('a.txt', '# looks like markdown')).toEqual({ ok: true, format: 'text' });
    expect(detectFormat('a.TEXT', 'x')).toEqual({ ok: true, format: 'text' });
    expect(detectFormat('a.md', 'x')).toEqual({ ok: true, format: 'markdown' });
    expect(detectFormat('a.markdown', 'x')).toEqual({ ok: true, format: 'markdown' });
    expect(detectFormat('a.htm', 'x')).toEqual({ ok: true, format: 'html' });
    expect(detectFormat('a.html', 'x')).toEqual({ ok: true, format: 'html' });
    expect(detectFormat('a.xhtml', 'x')).toEqual({ ok: true, format: 'html' });
  });

  it('refuses document formats it cannot read, naming them', () => {
    expect(detectFormat('report.docx', 'whatever')).toEqual({ ok: false, description: 'a Word document' });
    expect(detectFormat('scan.pdf', 'whatever')).toEqual({ ok: false, description: 'a PDF document' });
    expect(detectFormat('notes.txt', '{\\rtf1\\ansi Hello}')).toEqual({ ok: false, description: 'a Rich Text file' });
  });

  it('sniffs unknown extensions and falls back to plain text', () => {
    expect(detectFormat('saved', '<!DOCTYPE html><html><body>x</body></html>')).toEqual({ ok: true, format: 'html' });
    expect(detectFormat('page.php', '<html lang="en"><p>x</p></html>')).toEqual({ ok: true, format: 'html' });
    expect(detectFormat('notes.mdown', '---\ntitle: x\n---\nBody')).toEqual({ ok: true, format: 'markdown' });
    expect(detectFormat('notes.log', 'Just some words.\n- a dash line\n1. a numbered line')).toEqual({ ok: true, format: 'text' });
  });

  it('needs a heading and other Markdown constructs before calling text Markdown', () => {
    expect(looksLikeMarkdown('# Title\n\nSee [the site](https://example.org).\n\n> quoted')).toBe(true);
    expect(looksLikeMarkdown('# just a hash line\nand text')).toBe(false);
  });

  it('reads the extension from the file name only', () => {
    expect(fileExtension('/home/me/my.notes/file')).toBe('');
    expect(fileExtension('C:\\docs\\Report.HTML')).toBe('html');
    expect(fileExtension('.bashrc')).toBe('');
  });
});
