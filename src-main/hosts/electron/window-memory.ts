// Remembering the window's size and place between runs (Electron glue over
// window-placement.ts), in window-state.json in the user-data folder.

import path from 'node:path';
import { app, screen, type BrowserWindow } from 'electron';
import { readSettingsFile, writeSettingsFile } from './settings-file.ts';
import { parseWindowState, placeWindow, type Placement, type WindowState } from './window-placement.ts';

function stateFile(): string {
  return path.join(app.getPath('userData'), 'window-state.json');
}

export function rememberedPlacement(): Placement {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return placeWindow(parseWindowState(readSettingsFile(stateFile())), [primary, ...others].map((d) => d.workArea));
}

/** Saves the window's normal (not maximized) bounds when it closes. */
export function rememberPlacementOf(window: BrowserWindow): void {
  window.on('close', () => {
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeSettingsFile(stateFile(), state);
    } catch (error) {
      console.error('Sourcebench could not remember the window placement:', error);
    }
  });
}
