// Entry point of the workbench page: mounts the app shell into #root.

// The design tokens and base styles load first, so each view's own stylesheet can refine them.
import './app/theme.css';
import { followReadingPrefs } from './appearance/reading-prefs.ts';
import { followTheme } from './appearance/theme.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';

// Before the first render, so the page never flashes the wrong theme or text size.
followTheme();
followReadingPrefs();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
