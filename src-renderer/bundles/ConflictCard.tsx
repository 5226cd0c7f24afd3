// One conflict: the record as it is here and as the bundle has it, the fields
// that differ side by side, and the three ways to settle it.

import type { OperationOutput } from '../../src-main/core/api/operations.ts';
import type { Choice } from './OpenBundleDialog.tsx';

type Conflict = OperationOutput<'bundles.preview'>['conflicts'][number];

const choiceLabels: Record<Choice, string> = { ours: 'Keep ours', theirs: 'Take theirs', both: 'Keep both' };
const hidden = new Set(['id', 'created_at', 'base_sha256']);

export function ConflictCard({ conflict, choice, onChoose }: { conflict: Conflict; choice: Choice; onChoose: (choice: Choice) => void }) {
  const fields = Object.keys(conflict.theirs).filter((key) => !hidden.has(key) && String(conflict.ours[key] ?? '') !== String(conflict.theirs[key] ?? ''));
  return (
    <article className="bundle-conflict" aria-label={`Conflict: ${conflict.label}`}>
      <h4>
        {conflict.table.replaceAll('_', ' ').replace(/s$/, '')}: {conflict.label}
      </h4>
      <table className="bundle-conflict__versions">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Ours</th>
            <th scope="col">Theirs</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row">{field.replaceAll('_', ' ')}</th>
              <td>{show(conflict.ours[field])}</td>
              <td>{show(conflict.theirs[field])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="bundle-conflict__choices" role="radiogroup" aria-label={`Settle ${conflict.label}`}>
        {(['ours', 'theirs', 'both'] as const).map((option) => (
          <label key={option} className={conflict.allowed.includes(option) ? '' : 'bundle-conflict__choice--off'}>
            <input
              type="radio"
              name={conflict.id}
              value={option}
              checked={choice === option}
              disabled={!conflict.allowed.includes(option)}
              onChange={() => onChoose(option)}
            />
            {choiceLabels[option]}
          </label>
        ))}
      </div>
      {choice === 'both' && <p className="dialog__note">Theirs is added as a separate copy, marked “copy from bundle”.</p>}
    </article>
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = String(value);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
