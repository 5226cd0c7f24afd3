// What runs inside the page. Each function is handed to Playwright, which
// sends its source text to Chromium: no imports, no closures, plain types only.
// The app's tables and the plain baseline page answer to the same selectors:
// a scroll container `[role=grid][aria-label=…]` with rows `[role=row][data-index]`.

export interface TtiMarks {
  /** From navigation start to the first frame painted after the grid's first rows appeared. */
  firstRowsMs: number;
  /** From navigation start until a keyboard move on the first row had moved the focus (painted). */
  interactiveMs: number;
}

declare global {
  interface Window {
    __tablesTti?: Promise<TtiMarks>;
  }
}

/**
 * Installed before the page's own scripts: watches every frame from navigation
 * start for the grid's first row, then presses ArrowDown on it and waits for
 * the focus to reach the second row.
 */
export function ttiProbe(grid: string): void {
  if (location.protocol === 'about:') return;
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  window.__tablesTti = (async () => {
    const selector = `[role=grid][aria-label="${grid}"] [role=row][data-index="0"]`;
    for (;;) {
      await frame();
      if (document.querySelector(selector) !== null) break;
      if (performance.now() > 120_000) throw new Error(`no rows in ${grid} after 2 minutes`);
    }
    // The frame after the rows were first there: they have been painted.
    const firstRowsMs = await frame();
    const row = document.querySelector<HTMLElement>(selector);
    if (row === null) throw new Error('the first row went away');
    row.focus();
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    for (;;) {
      await frame();
      if (document.activeElement?.getAttribute('data-index') === '1') break;
      if (performance.now() > 120_000) throw new Error(`ArrowDown in ${grid} never moved the focus`);
    }
    return { firstRowsMs, interactiveMs: await frame() };
  })();
}

export interface GridGeometry {
  left: number;
  top: number;
  width: number;
  height: number;
  headHeight: number;
  rowHeight: number;
  columns: number;
}

/** Where the grid sits and how its rows look, so the plain page can copy it. */
export function gridGeometry(grid: string): GridGeometry {
  const element = document.querySelector(`[role=grid][aria-label="${grid}"]`);
  const row = element?.querySelector('[role=row][data-index="0"]');
  const head = element?.querySelector('[role=row]');
  if (!element || !row || !head) throw new Error(`no rows in ${grid}`);
  const box = element.getBoundingClientRect();
  return {
    left: box.left,
    top: box.top,
    width: box.width,
    height: box.height,
    headHeight: head.getBoundingClientRect().height,
    rowHeight: row.getBoundingClientRect().height,
    columns: row.querySelectorAll('[role=gridcell]').length,
  };
}

export interface ScrollArgs {
  grid: string;
  frames: number;
  step: number;
  jumps: number;
  /** The plain page has every row already: it jumps this many pixels instead of to the end of the loaded rows. */
  fixedJump: number | null;
}

export interface JumpFigures {
  /** From the jump to the first frame with a row under the middle of the grid. */
  rowsShownMs: number;
  /** From the jump to the first frame with more rows below than before (a new page from SQLite), or null if none came. */
  newRowsMs: number | null;
}

export interface ScrollFigures {
  /** rAF-to-rAF intervals while scrolling `step` pixels per frame. */
  steady: number[];
  /** Frames of the steady scroll that could not move: the end of the loaded rows was reached. */
  stalledFrames: number;
  /** rAF-to-rAF intervals from each jump until its new rows were shown. */
  afterJumps: number[];
  jumps: JumpFigures[];
  longTasks: number[];
  rowsAtEnd: number;
}

/** Scrolls the grid from the top, one step per frame, then jumps to the end of the loaded rows a few times. */
export async function scrollGrid(args: ScrollArgs): Promise<ScrollFigures> {
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const element = document.querySelector<HTMLElement>(`[role=grid][aria-label="${args.grid}"]`);
  if (element === null) throw new Error(`no grid ${args.grid}`);
  const longTasks: number[] = [];
  let observer: PerformanceObserver | null = null;
  try {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
  } catch {
    observer = null;
  }
  const rowUnderMiddle = () => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit?.closest('[role=row][data-index]') ?? null;
  };

  element.scrollTop = 0;
  await frame();
  const steady: number[] = [];
  let stalledFrames = 0;
  let last = await frame();
  for (let i = 0; i < args.frames; i += 1) {
    if (element.scrollTop + element.clientHeight >= element.scrollHeight - 1) stalledFrames += 1;
    element.scrollTop += args.step;
    const now = await frame();
    steady.push(now - last);
    last = now;
  }

  const afterJumps: number[] = [];
  const jumps: JumpFigures[] = [];
  for (let j = 0; j < args.jumps; j += 1) {
    const heightBefore = element.scrollHeight;
    const started = performance.now();
    element.scrollTop = args.fixedJump === null ? heightBefore : element.scrollTop + args.fixedJump;
    let rowsShownMs: number | null = null;
    let newRowsMs: number | null = null;
    let previous = started;
    for (;;) {
      const now = await frame();
      afterJumps.push(now - previous);
      previous = now;
      if (rowsShownMs === null && rowUnderMiddle() !== null) rowsShownMs = now - started;
      if (newRowsMs === null && element.scrollHeight > heightBefore) newRowsMs = now - started;
      const waitingForPage = args.fixedJump === null && newRowsMs === null;
      if (rowsShownMs !== null && !waitingForPage) break;
      if (now - started > 30_000) break;
    }
    jumps.push({ rowsShownMs: rowsShownMs ?? Number.NaN, newRowsMs });
    // Let the new page settle before the next jump.
    await frame();
    await frame();
  }
  observer?.disconnect();
  return { steady, stalledFrames, afterJumps, jumps, longTasks, rowsAtEnd: element.querySelectorAll('[role=row][data-index]').length };
}

/** Clicks a column's sort button and times it until the grid shows rows in the new order and nothing is loading. */
export async function sortBy(args: { grid: string; column: string }): Promise<number> {
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const element = document.querySelector(`[role=grid][aria-label="${args.grid}"]`);
  const header = Array.from(element?.querySelectorAll('[role=columnheader]') ?? []).find((h) => h.textContent?.includes(args.column));
  const button = header?.querySelector('button');
  if (!element || !header || !button) throw new Error(`no sort button for ${args.column}`);
  const firstId = () => element.querySelector('[role=row][data-index="0"]')?.getAttribute('data-source-id') ?? null;
  const before = firstId();
  const started = performance.now();
  button.click();
  for (;;) {
    const now = await frame();
    const sorted = header.getAttribute('aria-sort') !== 'none';
    const busy = document.querySelector('.library__status-busy') !== null;
    if (sorted && !busy && firstId() !== before) return now - started;
    if (now - started > 60_000) throw new Error(`sorting by ${args.column} never finished`);
  }
}
