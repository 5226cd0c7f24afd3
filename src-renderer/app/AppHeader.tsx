// The bar across the top: the product and the menu bar (browser mode), the open
// project, the places, search, Undo/Redo, and the two ways to bring sources in (files, pasted text).
// Bundles, exports and backups live in the File menu (the in-page one here, the native one on the desktop).

import type { MouseEvent } from 'react';
import { UndoRedoButtons } from '../history/UndoRedoButtons.tsx';
import { useImporter } from '../importing/import-context.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { openCompare } from '../compare/compare-route.ts';
import { openAnnotations, openCodebook, openEvents, openLibrary, type Route } from './route.ts';
import { MenuBar } from './menu/MenuBar.tsx';
import { hasNativeMenu } from './menu/use-menu-keys.ts';
import { useProjectInfo } from './use-project-info.ts';

export function AppHeader({ route }: { route: Route }) {
  const importer = useImporter();
  const project = useProjectInfo();

  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__logo" aria-hidden="true">
          S
        </span>
        <span className="app-header__product">Sourcebench</span>
      </div>
      {!hasNativeMenu() && <MenuBar />}
      {project.data && (
        <div className="app-header__project" title={project.data.path}>
          <span className="app-header__project-name">{project.data.name}</span>
          <span className="app-header__project-count">
            {project.data.sourceCount.toLocaleString()} {project.data.sourceCount === 1 ? 'source' : 'sources'}
          </span>
        </div>
      )}
      {project.isError && (
        <span className="app-header__project app-header__project--error" role="alert">
          Project unavailable
        </span>
      )}
      <nav className="app-header__nav" aria-label="Places">
        <a href="#/" className="app-header__place" aria-current={route.view === 'library' || route.view === 'reader' ? 'page' : undefined} onClick={placeLink(openLibrary)}>
          Library
        </a>
        <a
          href="#/codebook"
          className="app-header__place"
          aria-current={route.view === 'codebook' ? 'page' : undefined}
          onClick={placeLink(openCodebook)}
        >
          Codebook
        </a>
        <a href="#/annotations" className="app-header__place" aria-current={route.view === 'annotations' ? 'page' : undefined} onClick={placeLink(openAnnotations)}>
          Annotations
        </a>
        <a href="#/events" className="app-header__place" aria-current={route.view === 'events' ? 'page' : undefined} onClick={placeLink(openEvents)}>
          Events
        </a>
        <a href="#/compare" className="app-header__place" aria-current={route.view.startsWith('compare') ? 'page' : undefined} onClick={placeLink(() => openCompare())}>
          Compare
        </a>
      </nav>
      <SearchBox />
      <div className="app-header__actions">
        <UndoRedoButtons />
        <span className="app-header__divider" aria-hidden="true" />
        <button type="button" className="button app-header__paste" onClick={importer.openPasteDialog}>
          Paste text
        </button>
        <button type="button" className="button button--primary" onClick={importer.chooseFiles} disabled={importer.busy}>
          Import files…
        </button>
      </div>
    </header>
  );
}

/** A plain click goes through the router; modified clicks keep the browser's own behaviour. */
function placeLink(go: () => void) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go();
  };
}
