// Selecting words the way a user does: drag the mouse from the first letter
// to the last, then check the browser selected exactly those words.

import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface PhrasePoints {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Scrolls `phrase` (in the first element matching `within` whose text holds it) into view; points just inside its first and last characters. */
export async function phrasePoints(page: Page, phrase: string, within = '[data-testid=reading-text]'): Promise<PhrasePoints> {
  const points = await page.evaluate(
    ({ wanted, scope }) => {
      for (const element of Array.from(document.querySelectorAll<HTMLElement>(scope))) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const text = node as Text;
          const at = text.data.indexOf(wanted);
          if (at === -1) continue;
          const range = document.createRange();
          // Into the middle of the view, clear of sticky headers and the toolbar that appears above.
          text.parentElement?.scrollIntoView({ block: 'center' });
          range.setStart(text, at);
          range.setEnd(text, at + 1);
          const first = range.getBoundingClientRect();
          range.setStart(text, at + wanted.length - 1);
          range.setEnd(text, at + wanted.length);
          const last = range.getBoundingClientRect();
          return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
        }
      }
      return null;
    },
    { wanted: phrase, scope: within },
  );
  if (points === null) throw new Error(`“${phrase}” is not in ${within}.`);
  return points;
}

/** Drags over `phrase` inside the first element matching `within` whose text holds it. */
export async function selectWithMouse(page: Page, phrase: string, within = '[data-testid=reading-text]'): Promise<void> {
  const points = await phrasePoints(page, phrase, within);
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 4 });
  await page.mouse.move(points.x2, points.y2, { steps: 4 });
  await page.mouse.up();
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(phrase);
}
