// What the renderer may assume about its window: the Electron preload's one
// door (absent in browser mode) and Vite's client types (CSS imports).

/// <reference types="vite/client" />

import type { Result } from '../src-main/core/api/errors.ts';

declare global {
  interface SourcebenchBridge {
    call(op: string, input: unknown): Promise<Result<unknown>>;
  }

  interface Window {
    /** Exposed by the Electron preload through contextBridge; undefined in a plain browser. */
    readonly sourcebench?: SourcebenchBridge;
  }
}

export {};
