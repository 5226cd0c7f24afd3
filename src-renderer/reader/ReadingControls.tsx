// The reader bar's comfort controls: the reading text's size (the same commands
// as View ▸ Larger/Smaller Reading Text), the line width, and the side panel.

import { displayAccelerator } from '../app/menu/accelerator.ts';
import { canGrowReadingText, growReadingText, lineWidth, lineWidthLabels, lineWidths, readingSize, type LineWidth } from '../appearance/reading-prefs.ts';
import { sidePanelHidden } from './reader-layout.ts';

export function ReadingControls() {
  const size = readingSize.use();
  const width = lineWidth.use();
  const hidden = sidePanelHidden.use();

  return (
    <div className="reading-controls" role="group" aria-label="Reading comfort">
      <button
        type="button"
        className="button button--ghost button--small"
        title={`Smaller reading text (${displayAccelerator('CmdOrCtrl+-')})`}
        disabled={!canGrowReadingText(-1)}
        onClick={() => growReadingText(-1)}
      >
        <span aria-hidden="true">A−</span>
        <span className="visually-hidden">Smaller text</span>
      </button>
      <span className="reading-controls__size" role="status" aria-label={`Text size ${size} pixels`}>
        {size}px
      </span>
      <button
        type="button"
        className="button button--ghost button--small"
        title={`Larger reading text (${displayAccelerator('CmdOrCtrl+=')})`}
        disabled={!canGrowReadingText(1)}
        onClick={() => growReadingText(1)}
      >
        <span aria-hidden="true">A+</span>
        <span className="visually-hidden">Larger text</span>
      </button>
      <label className="reading-controls__width">
        <span className="visually-hidden">Line width</span>
        <select className="field-control reading-controls__select" value={width} title="Line width" onChange={(event) => lineWidth.set(event.target.value as LineWidth)}>
          {(Object.keys(lineWidths) as LineWidth[]).map((choice) => (
            <option key={choice} value={choice}>
              {lineWidthLabels[choice]} lines
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--ghost button--small" aria-pressed={!hidden} onClick={() => sidePanelHidden.set(!hidden)}>
        Side panel
      </button>
    </div>
  );
}
