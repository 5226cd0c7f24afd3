// Import annotations another tool wrote (W3C Web Annotations / Hypothesis JSON,
// or a REFI-QDA .qdpx): pick the file, and see what came in and what was left out, with why.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OperationOutput } from '../../src-main/core/api/operations.ts';
import { call } from '../api/call.ts';
import { CallError, describeError } from '../api/call-error.ts';
import { uploadFile } from '../api/files.ts';
import { markProjectChanged } from '../api/mark-stale.ts';
import { Dialog } from '../app/Dialog.tsx';
import { useToaster } from '../app/toast-context.ts';
import './interchange.css';

type Summary = OperationOutput<'interchange.import'>;

function formatOf(fileName: string): 'w3c' | 'qdpx' {
  if (/\.qdpx$/i.test(fileName)) return 'qdpx';
  if (/\.(json|jsonld)$/i.test(fileName)) return 'w3c';
  throw new CallError('interchange.import', 'invalid_input', `“${fileName}” is not an annotation file Sourcebench reads: choose a .json, .jsonld or .qdpx file.`);
}

export function ImportAnnotationsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const toaster = useToaster();
  const importing = useMutation({
    mutationFn: async (picked: File) => {
      const format = formatOf(picked.name);
      return call('interchange.import', { file: await uploadFile(picked), format });
    },
    onSuccess: (summary) => {
      markProjectChanged(queryClient);
      toaster.show(`Imported ${count(summary.imported.highlights, 'highlight')}.`, 'success');
    },
  });
  const close = () => {
    if (importing.isPending) return;
    importing.reset();
    onClose();
  };

  return (
    <Dialog
      open={open}
      title="Import annotations"
      width="wide"
      onClose={close}
      actions={
        <button type="button" className="button" onClick={close} disabled={importing.isPending}>
          {importing.isSuccess ? 'Done' : 'Cancel'}
        </button>
      }
    >
      {!importing.isSuccess && (
        <>
          <label className="import-annotations__pick">
            Choose a W3C Web Annotation or Hypothesis file (.json, .jsonld) or a REFI-QDA project (.qdpx)
            <input
              type="file"
              accept=".json,.jsonld,.qdpx,application/json,application/ld+json"
              disabled={importing.isPending}
              onChange={(event) => {
                const picked = event.target.files?.[0];
                event.target.value = '';
                if (picked) importing.mutate(picked);
              }}
            />
          </label>
          <p className="dialog__note">Annotations are matched to this project’s sources by address (URL or id). A REFI-QDA project brings its sources with it.</p>
        </>
      )}
      {importing.isPending && <p role="status">Importing…</p>}
      {importing.isSuccess && <ImportSummaryView summary={importing.data} />}
      {importing.isError && (
        <p className="dialog__error" role="alert">
          {describeError(importing.error)}
        </p>
      )}
    </Dialog>
  );
}

function ImportSummaryView({ summary }: { summary: Summary }) {
  const { imported, alreadyPresent, skipped } = summary;
  const came = [
    count(imported.highlights, 'highlight') + (imported.fuzzy > 0 ? ` (${imported.fuzzy} placed by a near match: check them)` : ''),
    imported.sources > 0 ? count(imported.sources, 'source') : null,
    imported.tags > 0 ? count(imported.tags, 'new tag') : null,
    imported.notes > 0 ? count(imported.notes, 'note') : null,
    imported.links > 0 ? count(imported.links, 'event link') : null,
  ].filter((part) => part !== null);
  const present = alreadyPresent.highlights + alreadyPresent.sources;
  const unlisted = skipped.total - skipped.items.length;
  return (
    <section className="import-summary" aria-label="Import summary" role="status">
      <p>Imported {came.join(', ')}.</p>
      {present > 0 && (
        <p>
          Already in the project, left as they were: {count(alreadyPresent.highlights, 'highlight')}
          {alreadyPresent.sources > 0 ? `, ${count(alreadyPresent.sources, 'source')}` : ''}.
        </p>
      )}
      {skipped.total === 0 ? (
        <p>Nothing was skipped.</p>
      ) : (
        <>
          <h3 className="import-summary__heading">Skipped: {skipped.total}</h3>
          <ul className="import-summary__skipped">
            {skipped.items.map((item, index) => (
              <li key={index}>
                <span className="import-summary__item">{item.item}</span>: {item.reason}
              </li>
            ))}
          </ul>
          {unlisted > 0 && <p className="dialog__note">and {unlisted.toLocaleString()} more, not listed here.</p>}
        </>
      )}
    </section>
  );
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString()} ${noun}${n === 1 ? '' : 's'}`;
}
