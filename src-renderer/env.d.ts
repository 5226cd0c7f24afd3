// What the renderer may assume about its window: the Electron preload's one
// door (absent in browser mode) and Vite's client types (CSS imports).

/// <reference types="vite/client" />

declare global {
  interface SourcebenchBridge {
    /** Resolves to the core's Result; typed loosely because it crosses a process boundary and is checked on arrival. */
    call(op: string, input: unknown): Promise<unknown>;
    /** Desktop only: stages a picked file's bytes; resolves to `{ ok, value: { file } }` or `{ ok: false, error }`. */
    stageUpload?(data: ArrayBuffer, extension: string): Promise<unknown>;
    /** Desktop only: asks where to save a staged file and moves it there; resolves to `{ ok, value: { saved } }`. */
    saveStaged?(file: string, suggestedName: string): Promise<unknown>;
    /** Menu commands from the native menu; returns a function that stops listening. */
    onMenuAction?(listener: (action: string) => void): () => void;
    /** Files the user opened from outside the app (a double-clicked .sbundle, staged); see src-main/hosts/electron/channel.ts. */
    onOpenRequest?(listener: (request: { kind: 'openBundle'; file: string }) => void): () => void;
  }

  interface Window {
    /** Exposed by the Electron preload through contextBridge; undefined in a plain browser. */
    readonly sourcebench?: SourcebenchBridge;
  }
}

export {};
