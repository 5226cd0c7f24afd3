// The file types the importer reads: the file picker's `accept` list, and the
// test for files found inside a chosen or dropped folder (the same kinds the
// CLI's `import DIR` looks for).

const extensions = ['.txt', '.text', '.md', '.markdown', '.html', '.htm'];

export const acceptedFileTypes = extensions.join(',');

/** A file inside a folder is imported when it has one of our extensions and is not hidden. */
export function isImportableInFolder(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('.') && extensions.some((extension) => lower.endsWith(extension));
}

/** A folder's path from the picker ("notes/.git/x.md"): skip anything under a hidden folder. */
export function isInHiddenFolder(relativePath: string): boolean {
  return relativePath.split('/').slice(0, -1).some((part) => part.startsWith('.'));
}
