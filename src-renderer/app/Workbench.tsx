// The shell: header on top, and below it the library, the reader or the
// codebook, chosen by the URL hash. The library's sort and filters live here
// so they survive a visit to the reader.

import { useCallback, useState } from 'react';
import { AnnotationsView } from '../annotations-table/AnnotationsView.tsx';
import { CodebookView } from '../codebook/CodebookView.tsx';
import { EventsView } from '../events/EventsView.tsx';
import { CompareViews } from '../compare/CompareViews.tsx';
import { defaultLibraryQuery, type LibraryQuery } from '../library/library-query.ts';
import { LibraryView } from '../library/LibraryView.tsx';
import { ReaderView } from '../reader/ReaderView.tsx';
import { LandOnMatch } from '../search/LandOnMatch.tsx';
import { HelpDialogs } from '../help/HelpDialogs.tsx';
import { BackupsDialogHost } from '../backups/BackupsDialog.tsx';
import { BundleDialogs } from '../bundles/BundleDialogs.tsx';
import { InterchangeDialogs } from '../interchange/InterchangeDialogs.tsx';
import { useAppearanceActions } from '../appearance/use-appearance-actions.ts';
import { AppHeader } from './AppHeader.tsx';
import { useMenuKeys, useNativeMenu } from './menu/use-menu-keys.ts';
import { usePlaceActions } from './use-place-actions.ts';
import { useRoute } from './route.ts';
import './shell.css';

export function Workbench() {
  const route = useRoute();
  const [libraryQuery, setLibraryQuery] = useState<LibraryQuery>(defaultLibraryQuery);
  const updateLibraryQuery = useCallback((update: Partial<LibraryQuery>) => setLibraryQuery((current) => ({ ...current, ...update })), []);
  useMenuKeys();
  useNativeMenu();
  usePlaceActions();
  useAppearanceActions();

  return (
    <div className="workbench">
      <AppHeader route={route} />
      <main id="workbench-main" className="workbench__main" tabIndex={-1}>
        {route.view === 'reader' ? (
          <>
            <ReaderView key={route.sourceId} sourceId={route.sourceId} restorePosition={route.at === undefined && route.highlightId === undefined} />
            <LandOnMatch sourceId={route.sourceId} {...(route.at === undefined ? {} : { at: route.at })} {...(route.highlightId === undefined ? {} : { highlightId: route.highlightId })} />
          </>
        ) : route.view === 'codebook' ? (
          <CodebookView />
        ) : route.view === 'annotations' ? (
          <AnnotationsView />
        ) : route.view === 'events' ? (
          <EventsView />
        ) : route.view === 'compare' || route.view === 'compareEvent' || route.view === 'compareSources' ? (
          <CompareViews route={route} />
        ) : (
          <LibraryView query={libraryQuery} onQueryChange={updateLibraryQuery} />
        )}
      </main>
      <HelpDialogs />
      <BundleDialogs />
      <InterchangeDialogs />
      <BackupsDialogHost />
    </div>
  );
}
