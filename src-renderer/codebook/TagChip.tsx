// A tag as a small colored pill; with `onRemove`, it carries its own remove button.

import { tagColorClass } from './tag-types.ts';
import './tag-colors.css';

interface TagChipProps {
  name: string;
  color: string;
  title?: string;
  onRemove?: () => void;
  disabled?: boolean;
}

export function TagChip({ name, color, title, onRemove, disabled }: TagChipProps) {
  return (
    <span className={`tag-chip ${tagColorClass(color)}`} title={title ?? name}>
      <span className="tag-dot" aria-hidden="true" />
      <span className="tag-chip__name">{name}</span>
      {onRemove && (
        <button type="button" className="tag-chip__remove" aria-label={`Remove tag ${name}`} disabled={disabled} onClick={onRemove}>
          ×
        </button>
      )}
    </span>
  );
}
