// The handle between the text and the side panel: drag it, or focus it and use
// ←/→ (Home/End for the narrowest and widest). An ARIA window splitter.

import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clampSidePanel, sidePanelBounds, sidePanelWidth } from './reader-layout.ts';

export function SidePanelSplitter() {
  const width = sidePanelWidth.use();
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next: Record<string, number> = {
      // The panel is on the right: moving the handle left widens it.
      ArrowLeft: width + sidePanelBounds.step,
      ArrowRight: width - sidePanelBounds.step,
      Home: sidePanelBounds.min,
      End: sidePanelBounds.max,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    sidePanelWidth.set(clampSidePanel(target));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current === null) return;
    sidePanelWidth.set(clampSidePanel(drag.current.startWidth - (event.clientX - drag.current.startX)));
  };

  return (
    <div
      className="reader__splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Source panel width"
      aria-valuemin={sidePanelBounds.min}
      aria-valuemax={sidePanelBounds.max}
      aria-valuenow={width}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
    />
  );
}
