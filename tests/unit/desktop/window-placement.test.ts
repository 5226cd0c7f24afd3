// The window reopens where it was, unless that place is gone (a monitor
// unplugged, a smaller screen): then it stays reachable and fits.

import { describe, expect, it } from 'vitest';
import { defaultWindowSize, parseWindowState, placeWindow, type Rect } from '../../../src-main/hosts/electron/window-placement.ts';

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const leftMonitor: Rect = { x: -2560, y: -200, width: 2560, height: 1400 };
const small: Rect = { x: 0, y: 0, width: 1366, height: 728 };

describe('placeWindow', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(placeWindow(null, [laptop, leftMonitor])).toEqual({ bounds: { x: 320, y: 90, ...defaultWindowSize }, maximized: false });
  });

  it('fits the default size to a small screen', () => {
    expect(placeWindow(null, [small]).bounds).toEqual({ x: 43, y: 0, width: 1280, height: 728 });
  });

  it('puts the window back exactly where it was, on any connected display', () => {
    const onLaptop = { x: 100, y: 50, width: 1000, height: 700 };
    const onLeft = { x: -2400, y: -100, width: 1500, height: 1000 };
    expect(placeWindow({ bounds: onLaptop, maximized: false }, [laptop, leftMonitor]).bounds).toEqual(onLaptop);
    expect(placeWindow({ bounds: onLeft, maximized: false }, [laptop, leftMonitor]).bounds).toEqual(onLeft);
  });

  it('keeps a window hanging off an edge while its title bar can still be grabbed', () => {
    const hanging = { x: 1700, y: 300, width: 1000, height: 600 };
    expect(placeWindow({ bounds: hanging, maximized: false }, [laptop]).bounds).toEqual(hanging);
  });

  it('brings a window from an unplugged monitor to the primary display, keeping its size', () => {
    const onGoneMonitor = { x: -2400, y: -100, width: 1500, height: 900 };
    expect(placeWindow({ bounds: onGoneMonitor, maximized: false }, [laptop]).bounds).toEqual({ x: 210, y: 70, width: 1500, height: 900 });
  });

  it('refuses a place where the title bar is above the screen or only a sliver is visible', () => {
    const titleAbove = { x: 100, y: -300, width: 1000, height: 700 };
    const sliver = { x: 1850, y: 100, width: 1000, height: 700 };
    expect(placeWindow({ bounds: titleAbove, maximized: false }, [laptop]).bounds).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
    expect(placeWindow({ bounds: sliver, maximized: false }, [laptop]).bounds).toEqual({ x: 460, y: 170, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its display and moves it inside', () => {
    const huge = { x: 200, y: 100, width: 2560, height: 1400 };
    expect(placeWindow({ bounds: huge, maximized: false }, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('raises a tiny saved size to the minimum', () => {
    const tiny = { x: 100, y: 100, width: 100, height: 50 };
    expect(placeWindow({ bounds: tiny, maximized: false }, [laptop]).bounds).toMatchObject({ width: 640, height: 420 });
  });

  it('remembers that the window was maximized', () => {
    expect(placeWindow({ bounds: { x: 10, y: 10, width: 800, height: 600 }, maximized: true }, [laptop]).maximized).toBe(true);
  });
});

describe('parseWindowState', () => {
  it('reads a stored state, rounding to whole pixels', () => {
    expect(parseWindowState({ bounds: { x: 10.4, y: -20, width: 800.6, height: 600 }, maximized: true })).toEqual({
      bounds: { x: 10, y: -20, width: 801, height: 600 },
      maximized: true,
    });
    expect(parseWindowState({ bounds: { x: 0, y: 0, width: 800, height: 600 } })?.maximized).toBe(false);
  });

  it('gives null for anything damaged, so the default placement is used', () => {
    for (const bad of [null, 'x', [], { bounds: null }, { bounds: { x: 0, y: 0, width: 800 } }, { bounds: { x: 0, y: 0, width: 0, height: 600 } }, { bounds: { x: 'a', y: 0, width: 800, height: 600 } }, { bounds: { x: Number.NaN, y: 0, width: 800, height: 600 } }]) {
      expect(parseWindowState(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
