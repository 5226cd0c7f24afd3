// Builds the three bundles of the desktop app. The folders are ours
// (src-main, src-renderer), so every entry is named explicitly.

import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(__dirname, 'src-main/hosts/electron/main.ts') },
      rollupOptions: { external: ['better-sqlite3', 'jsdom', '@mozilla/readability'] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(__dirname, 'src-main/hosts/electron/preload.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      // One bundle read from disk, never the network: splitting the views off
      // measured no faster in bench/reader.bench.ts, so no warning for its size.
      chunkSizeWarningLimit: 800,
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});
