// The shell: header on top, and below it the library, the reader or the
// codebook, chosen by the URL hash. The library's sort and filters live here
// so they survive a visit to the reader.

import { useCallback, useState } from 'react';
import { CodebookView } from '../codebook/CodebookView.tsx';
import { defaultLibraryQuery, type LibraryQuery } from '../library/library-query.ts';
import { LibraryView } from '../library/LibraryView.tsx';
import { ReaderView } from '../reader/ReaderView.tsx';
import { AppHeader } from './AppHeader.tsx';
import { useRoute } from './route.ts';
import './shell.css';

export function Workbench() {
  const route = useRoute();
  const [libraryQuery, setLibraryQuery] = useState<LibraryQuery>(defaultLibraryQuery);
  const updateLibraryQuery = useCallback((update: Partial<LibraryQuery>) => setLibraryQuery((current) => ({ ...current, ...update })), []);

  return (
    <div className="workbench">
      <AppHeader route={route} />
      <main className="workbench__main">
        {route.view === 'reader' ? (
          <ReaderView key={route.sourceId} sourceId={route.sourceId} />
        ) : route.view === 'codebook' ? (
          <CodebookView />
        ) : (
          <LibraryView query={libraryQuery} onQueryChange={updateLibraryQuery} />
        )}
      </main>
    </div>
  );
}
