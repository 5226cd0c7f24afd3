// "New version…": pick a corrected file and re-import it over the source
// (`sources.reimport`); the highlights are re-anchored to its text.

import { useRef } from 'react';
import { describeError } from '../api/call-error.ts';
import { useToaster } from '../app/toast-context.ts';
import { acceptedFileTypes } from '../importing/accepted-files.ts';
import { useReimport, type RevisionOutcome } from './use-revisions.ts';

interface ReimportButtonProps {
  sourceId: string;
  disabled: boolean;
  onReimported: (outcome: RevisionOutcome) => void;
}

export function ReimportButton({ sourceId, disabled, onReimported }: ReimportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const reimport = useReimport(sourceId, onReimported);
  const toaster = useToaster();

  return (
    <>
      <button
        type="button"
        className="button button--ghost"
        disabled={disabled || reimport.isPending}
        title="Re-import a corrected or updated file as a new revision of this source"
        onClick={() => input.current?.click()}
      >
        {reimport.isPending ? 'Re-importing…' : 'New version…'}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={acceptedFileTypes}
        aria-label="Choose a new version of this source"
        data-testid="reimport-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file === undefined) return;
          reimport.mutate(file, {
            onError: (error) => toaster.show(`${file.name} could not be re-imported: ${describeError(error)}`, 'error'),
          });
        }}
      />
    </>
  );
}
