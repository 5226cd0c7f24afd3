// The first-run panel on an empty project: load the sample project, or bring
// in your own files (picker, paste, or a drop anywhere on the window).

import { ErrorAlert } from '../app/ErrorAlert.tsx';
import { useImporter } from '../importing/import-context.ts';
import { useLoadSample } from './use-load-sample.ts';
import './welcome.css';

export function WelcomePanel() {
  const importer = useImporter();
  const loadSample = useLoadSample();

  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <div className="welcome__card">
        <h1 id="welcome-heading" className="welcome__title">
          Your library is empty
        </h1>
        <p className="welcome__lead">
          Sourcebench keeps the articles and reports you compare. Import them once, read them in a clean reader, correct their
          details, and later highlight and compare what they say.
        </p>
        <div className="welcome__choices">
          <div className="welcome__choice">
            <h2 className="welcome__choice-title">Try it with sample documents</h2>
            <p>A handful of short accounts of the same events, written for Sourcebench, to explore the workbench.</p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => loadSample.mutate()}
              disabled={loadSample.isPending}
            >
              {loadSample.isPending ? 'Loading the sample…' : 'Load the sample project'}
            </button>
          </div>
          <div className="welcome__choice">
            <h2 className="welcome__choice-title">Start with your own sources</h2>
            <p>Text, Markdown and HTML files, many at once or a whole folder. You can also drop files and folders anywhere on this window.</p>
            <div className="welcome__actions">
              <button type="button" className="button button--primary" onClick={importer.chooseFiles} disabled={importer.busy}>
                Import files…
              </button>
              <button type="button" className="button" onClick={importer.chooseFolder} disabled={importer.busy}>
                Import a folder…
              </button>
              <button type="button" className="button" onClick={importer.openPasteDialog}>
                Paste text
              </button>
            </div>
          </div>
        </div>
        {loadSample.isError && <ErrorAlert title="The sample project could not be loaded." error={loadSample.error} />}
      </div>
    </section>
  );
}
