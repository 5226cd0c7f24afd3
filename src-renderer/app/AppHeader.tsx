// The bar across the top: the product, the open project, and the two ways to
// bring sources in (files, pasted text).

import { useImporter } from '../importing/import-context.ts';
import { useProjectInfo } from './use-project-info.ts';

export function AppHeader() {
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
      <div className="app-header__actions">
        <button type="button" className="button" onClick={importer.openPasteDialog}>
          Paste text
        </button>
        <button type="button" className="button button--primary" onClick={importer.chooseFiles} disabled={importer.busy}>
          Import files…
        </button>
      </div>
    </header>
  );
}
