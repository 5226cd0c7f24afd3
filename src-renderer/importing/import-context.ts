// What the rest of the workbench may ask of importing: files (from the
// picker, a folder, a drop, the welcome panel) and the "Paste text" dialog.

import { createContext, useContext } from 'react';

export interface Importer {
  /** Opens the system file picker; the chosen files are imported. */
  chooseFiles(): void;
  /** Opens the system folder picker; the folder's text, Markdown and HTML files are imported. */
  chooseFolder(): void;
  importFiles(files: readonly File[]): void;
  openPasteDialog(): void;
  /** True while a batch of files is being imported. */
  busy: boolean;
}

export const ImportContext = createContext<Importer | null>(null);

export function useImporter(): Importer {
  const importer = useContext(ImportContext);
  if (importer === null) throw new Error('useImporter must be used inside <ImportProvider>.');
  return importer;
}
