// Help ▸ About Sourcebench: what the program is and which project file is open.

import { Dialog } from '../app/Dialog.tsx';
import { useProjectInfo } from '../app/use-project-info.ts';

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const project = useProjectInfo();
  return (
    <Dialog
      open={open}
      title="About Sourcebench"
      onClose={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <p>Sourcebench is an offline workbench for comparing accounts: import sources, highlight passages, tie them to events, compare and share.</p>
      <p>Everything stays on this computer, in one project file.</p>
      {project.data && (
        <p className="about__project">
          Open project: <span className="about__path">{project.data.path}</span>
        </p>
      )}
    </Dialog>
  );
}
