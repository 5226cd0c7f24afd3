// Owns every import the user starts: the hidden file and folder pickers, drops on the
// window, the paste dialog, and the one batch that runs at a time.

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { queryKeys } from '../api/query-keys.ts';
import { useMenuAction } from '../app/menu/menu-registry.ts';
import { useToaster } from '../app/toast-context.ts';
import { acceptedFileTypes, isImportableInFolder, isInHiddenFolder } from './accepted-files.ts';
import { ImportContext, type Importer } from './import-context.ts';
import { importFiles, type ImportProgress, type ImportSummary } from './import-files.ts';
import { ImportTray } from './ImportTray.tsx';
import { PasteTextDialog } from './PasteTextDialog.tsx';
import { useFileDrop } from './use-file-drop.ts';
import './importing.css';

// Refreshing the library after every file of a large batch would refetch it hundreds of times.
const refreshEveryMs = 750;

export function ImportProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const toaster = useToaster();
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const cancelRequested = useRef(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const busy = progress !== null;

  const refreshLibrary = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.sources });
    void queryClient.invalidateQueries({ queryKey: queryKeys.project });
  }, [queryClient]);

  const startImport = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      if (busy) {
        toaster.show('An import is already running; wait for it to finish or cancel it first.', 'info');
        return;
      }
      cancelRequested.current = false;
      setCancelling(false);
      setSummary(null);
      setProgress({ done: 0, total: files.length, currentFileName: files[0]?.name ?? '' });
      let lastRefresh = 0;
      void importFiles(files, {
        onProgress: setProgress,
        isCancelled: () => cancelRequested.current,
        onFileDone: () => {
          if (Date.now() - lastRefresh < refreshEveryMs) return;
          lastRefresh = Date.now();
          refreshLibrary();
        },
      }).then((finished) => {
        setProgress(null);
        setSummary(finished);
        refreshLibrary();
      });
    },
    [busy, refreshLibrary, toaster],
  );

  // A folder (chosen or dropped) may hold nothing we read: say so rather than do nothing.
  const importFound = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) toaster.show('No text, Markdown or HTML files were found there.', 'info');
      else startImport(files);
    },
    [startImport, toaster],
  );

  const dragging = useFileDrop(importFound);

  const importer = useMemo<Importer>(
    () => ({
      busy,
      chooseFiles: () => fileInput.current?.click(),
      chooseFolder: () => folderInput.current?.click(),
      importFiles: startImport,
      openPasteDialog: () => setPasteOpen(true),
    }),
    [busy, startImport],
  );
  useMenuAction('file.import', importer.chooseFiles);
  useMenuAction('file.importFolder', importer.chooseFolder);
  useMenuAction('file.pasteText', importer.openPasteDialog);

  return (
    <ImportContext.Provider value={importer}>
      {children}
      <input
        ref={fileInput}
        className="visually-hidden"
        type="file"
        multiple
        accept={acceptedFileTypes}
        tabIndex={-1}
        aria-label="Files to import"
        data-testid="import-file-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Clear the input so choosing the same file again still fires a change.
          event.currentTarget.value = '';
          startImport(files);
        }}
      />
      <input
        ref={(element) => {
          folderInput.current = element;
          // Not a React prop: the attribute that makes the picker choose a folder.
          element?.setAttribute('webkitdirectory', '');
        }}
        className="visually-hidden"
        type="file"
        tabIndex={-1}
        aria-label="Folder to import"
        data-testid="import-folder-input"
        onChange={(event) => {
          const files = filesInChosenFolder([...(event.currentTarget.files ?? [])]);
          event.currentTarget.value = '';
          importFound(files);
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay__card">
            <p className="drop-overlay__title">Drop files or folders to import</p>
            <p className="drop-overlay__hint">Text, Markdown and HTML files</p>
          </div>
        </div>
      )}
      {/* A live region that is always there, so progress and the summary are read out as they appear. */}
      <div aria-live="polite" className="import-live">
        <ImportTray
          progress={progress}
          summary={summary}
          cancelling={cancelling}
          onCancel={() => {
            cancelRequested.current = true;
            setCancelling(true);
          }}
          onDismiss={() => setSummary(null)}
        />
      </div>
      <PasteTextDialog open={pasteOpen} onClose={() => setPasteOpen(false)} onImported={refreshLibrary} />
    </ImportContext.Provider>
  );
}

/** A chosen folder's files that we read, skipping hidden ones, in path order. */
function filesInChosenFolder(files: readonly File[]): File[] {
  return files
    .filter((file) => isImportableInFolder(file.name) && !isInHiddenFolder(file.webkitRelativePath))
    .sort((a, b) => a.webkitRelativePath.localeCompare(b.webkitRelativePath));
}
