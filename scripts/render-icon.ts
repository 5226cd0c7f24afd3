// `npx node scripts/render-icon.ts`: draws build/icon.svg into the PNGs the
// installers use (build/icon.png for macOS and Windows, build/icons/ for
// Linux), with the same Chromium the browser tests use. Run after editing the SVG.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/e2e/chromium.ts';

const build = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../build');
const svg = readFileSync(path.join(build, 'icon.svg'), 'utf8');
const targets = [
  { size: 1024, file: 'icon.png' },
  { size: 1024, file: 'icons/1024x1024.png' },
  { size: 512, file: 'icons/512x512.png' },
];

const browser = await launchChromium();
try {
  for (const { size, file } of targets) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="1024" height="1024"/, `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    writeFileSync(path.join(build, file), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    await page.close();
    console.log(`build/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
