// Where the window reopens: the size and place it had, as long as enough of
// it (its title bar) lands on a display that is still connected; otherwise
// the same size, fitted and centred on the primary display. Pure.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export interface Placement {
  bounds: Rect;
  maximized: boolean;
}

export const defaultWindowSize = { width: 1280, height: 860 };
export const minimumWindowSize = { width: 640, height: 420 };
// How much of the top edge must be on a display for the user to grab and move the window.
const grabbableWidth = 120;
const titleBarHeight = 32;

/** The stored state, or null when anything about it is not a plain, finite rectangle. */
export function parseWindowState(stored: unknown): WindowState | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { bounds, maximized } = stored as { bounds?: unknown; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  const numbers = [x, y, width, height];
  if (!numbers.every((n): n is number => typeof n === 'number' && Number.isFinite(n))) return null;
  const [bx, by, bw, bh] = numbers.map(Math.round) as [number, number, number, number];
  if (bw <= 0 || bh <= 0) return null;
  return { bounds: { x: bx, y: by, width: bw, height: bh }, maximized: maximized === true };
}

/**
 * `workAreas`: each display's work area (without task bar or dock), the
 * primary first, as Electron's screen module gives them.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): Placement {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...defaultWindowSize };
  if (saved === null) return { bounds: centred(fitted(defaultWindowSize, primary), primary), maximized: false };
  const home = workAreas.find((area) => titleBarReachable(saved.bounds, area));
  if (home === undefined) return { bounds: centred(fitted(saved.bounds, primary), primary), maximized: saved.maximized };
  const size = fitted(saved.bounds, home);
  // A window that shrank to fit is moved back inside the display it was on.
  const x = clamp(saved.bounds.x, home.x - size.width + grabbableWidth, home.x + home.width - grabbableWidth);
  const y = clamp(saved.bounds.y, home.y, home.y + home.height - titleBarHeight);
  const bounds = size.width === saved.bounds.width && size.height === saved.bounds.height ? { ...size, x, y } : insideOf({ ...size, x, y }, home);
  return { bounds, maximized: saved.maximized };
}

function titleBarReachable(bounds: Rect, area: Rect): boolean {
  const left = Math.max(bounds.x, area.x);
  const right = Math.min(bounds.x + bounds.width, area.x + area.width);
  const topInside = bounds.y >= area.y && bounds.y + titleBarHeight <= area.y + area.height;
  return topInside && right - left >= grabbableWidth;
}

function fitted(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return {
    width: clamp(size.width, Math.min(minimumWindowSize.width, area.width), area.width),
    height: clamp(size.height, Math.min(minimumWindowSize.height, area.height), area.height),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  return { ...size, x: area.x + Math.round((area.width - size.width) / 2), y: area.y + Math.round((area.height - size.height) / 2) };
}

function insideOf(bounds: Rect, area: Rect): Rect {
  return {
    ...bounds,
    x: clamp(bounds.x, area.x, area.x + area.width - bounds.width),
    y: clamp(bounds.y, area.y, area.y + area.height - bounds.height),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
