// A drop with folders in it: every file dropped on its own is kept, while a
// folder gives only the files we import, recursively, in name order, skipping
// hidden files and folders; a large folder's entries arrive in chunks.

import { describe, expect, it } from 'vitest';
import { filesFromEntries, type DroppedDirectoryEntry, type DroppedEntry, type DroppedFileEntry } from '../../../src-renderer/importing/dropped-files.ts';
import { isImportableInFolder, isInHiddenFolder } from '../../../src-renderer/importing/accepted-files.ts';

function file(name: string): DroppedFileEntry {
  return { name, isFile: true, isDirectory: false, file: (onFile) => onFile(new File([name], name)) };
}

/** A folder whose reader hands out its entries two at a time, as a browser does in chunks. */
function folder(name: string, children: DroppedEntry[]): DroppedDirectoryEntry {
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let next = 0;
      return {
        readEntries: (onEntries) => {
          const chunk = children.slice(next, next + 2);
          next += chunk.length;
          setTimeout(() => onEntries(chunk), 0);
        },
      };
    },
  };
}

describe('files from a drop', () => {
  it('walks folders for the files we import, and keeps files dropped on their own', async () => {
    const notes = folder('notes', [
      file('b.md'),
      file('scan.pdf'),
      folder('deep', [file('c.TXT'), file('d.html'), file('.draft.md')]),
      file('a.text'),
      folder('.git', [file('x.md')]),
      file('e.markdown'),
      file('f.htm'),
    ]);
    const files = await filesFromEntries([file('report.pdf'), notes, file('loose.md')]);
    expect(files.map((f) => f.name)).toEqual(['report.pdf', 'a.text', 'b.md', 'c.TXT', 'd.html', 'e.markdown', 'f.htm', 'loose.md']);
  });

  it('gives nothing for a folder with nothing to import', async () => {
    expect(await filesFromEntries([folder('images', [file('a.png'), folder('more', [file('b.jpg')])])])).toEqual([]);
  });
});

describe('files in a chosen folder', () => {
  it('takes our extensions in any case and skips hidden files and folders', () => {
    expect(['a.md', 'B.HTML', 'c.txt', 'd.text', 'e.htm', 'f.markdown'].every(isImportableInFolder)).toBe(true);
    expect(['a.pdf', '.a.md', 'md', 'a.md.zip'].some(isImportableInFolder)).toBe(false);
    expect(isInHiddenFolder('notes/.git/a.md')).toBe(true);
    expect(isInHiddenFolder('notes/deep/a.md')).toBe(false);
    expect(isInHiddenFolder('.config/a.md')).toBe(true);
  });
});
