// Export as another format: what to export (the same choice as a bundle) and
// the format; the operation writes a staged file that downloads under its suggested name.

import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { call } from '../api/call.ts';
import { describeError } from '../api/call-error.ts';
import { downloadStaged } from '../api/files.ts';
import { Dialog } from '../app/Dialog.tsx';
import { useToaster } from '../app/toast-context.ts';
import { SelectionPicker, selectionOf, wholeProject, type Selection } from '../bundles/SelectionPicker.tsx';
import { exportFormatDescriptions, exportFormatOrder } from './export-formats.ts';
import type { ExportFormat } from './interchange-dialogs.ts';
import './interchange.css';

interface ExportAsDialogProps {
  open: boolean;
  /** The format chosen when the dialog opens (Export Report… opens it on the report). */
  initialFormat: ExportFormat;
  onClose: () => void;
}

function exportIn(format: ExportFormat, selection: Selection) {
  return format === 'report' ? call('report.export', { selection }) : call('interchange.export', { format, selection });
}

export function ExportAsDialog({ open, initialFormat, onClose }: ExportAsDialogProps) {
  const [choice, setChoice] = useState(wholeProject);
  const [format, setFormat] = useState<ExportFormat>(initialFormat);
  const toaster = useToaster();
  useEffect(() => {
    if (open) setFormat(initialFormat);
  }, [open, initialFormat]);
  const exporting = useMutation({
    mutationFn: async ({ format, selection }: { format: ExportFormat; selection: Selection }) => {
      const result = await exportIn(format, selection);
      await downloadStaged(result.file, result.suggestedName);
      return result;
    },
    onSuccess: (result) => {
      toaster.show(`Exported ${result.suggestedName}.`, 'success');
      // Still pending while this runs, so not close(), which waits for an export to end.
      onClose();
    },
  });
  const selection = selectionOf(choice);
  const close = () => {
    if (exporting.isPending) return;
    exporting.reset();
    onClose();
  };

  return (
    <Dialog
      open={open}
      title="Export as"
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close} disabled={exporting.isPending}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={selection === null || exporting.isPending}
            onClick={() => selection && exporting.mutate({ format, selection })}
          >
            {exporting.isPending ? 'Exporting…' : 'Export'}
          </button>
        </>
      }
    >
      <SelectionPicker legend="What to export" choice={choice} onChange={setChoice} />
      <fieldset className="export-formats">
        <legend>Format</legend>
        {exportFormatOrder.map((id) => (
          <label key={id} className="export-formats__choice">
            <input type="radio" name="export-format" value={id} checked={format === id} onChange={() => setFormat(id)} />
            <span>
              <span className="export-formats__label">{exportFormatDescriptions[id].label}</span>
              <span className="export-formats__purpose">{exportFormatDescriptions[id].purpose}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {exporting.isError && (
        <p className="dialog__error" role="alert">
          {describeError(exporting.error)}
        </p>
      )}
    </Dialog>
  );
}
