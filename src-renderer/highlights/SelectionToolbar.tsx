// The small floating bar over a selection in the text: one swatch per color
// (a click highlights the selection in that color), and "find elsewhere". It
// never takes focus or the selection away (mousedown is cancelled), so the
// text stays selected.

import { highlightColorLabels, highlightColors, type HighlightColor } from './highlight-types.ts';
import type { TextSelection } from './use-text-selection.ts';

interface SelectionToolbarProps {
  selection: TextSelection;
  lastColor: HighlightColor;
  busy: boolean;
  onHighlight: (color: HighlightColor) => void;
  onFindElsewhere: () => void;
}

const toolbarWidth = 330;
const toolbarGap = 10;

export function SelectionToolbar({ selection, lastColor, busy, onHighlight, onFindElsewhere }: SelectionToolbarProps) {
  const { box } = selection;
  // Centered above the selection; the frame clips nothing, so only keep it from leaving on the left.
  const left = Math.max(8, box.left + box.width / 2 - toolbarWidth / 2);
  const top = Math.max(0, box.top - toolbarGap);

  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Highlight the selection"
      style={{ top, left }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <span className="selection-toolbar__label" aria-hidden="true">
        Highlight
      </span>
      {highlightColors.map((color) => (
        <button
          key={color}
          type="button"
          className={`swatch swatch--${color}${color === lastColor ? ' swatch--last' : ''}`}
          aria-label={`Highlight ${highlightColorLabels[color].toLowerCase()}`}
          title={color === lastColor ? `${highlightColorLabels[color]} (H)` : highlightColorLabels[color]}
          disabled={busy}
          onClick={() => onHighlight(color)}
        />
      ))}
      <span className="selection-toolbar__divider" aria-hidden="true" />
      <button type="button" className="selection-toolbar__action" title="Find this passage in the other sources (F)" onClick={onFindElsewhere}>
        Find elsewhere
      </button>
    </div>
  );
}
