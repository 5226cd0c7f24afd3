// The baseline: a static page, no app and no framework, with a grid of the
// same size, place, row height and column count as ours, every row already in
// the DOM, and a few lines of script so ArrowDown moves the focus like ours.

import { createPrng } from '../lib/prng.ts';
import type { GridGeometry } from './in-page.ts';

const words = ['embassy', 'militia', 'convoy', 'minister', 'statement', 'officials', 'reported', 'ceasefire', 'border', 'council', 'province', 'witness'];

export function plainPage(label: string, geometry: GridGeometry, rows: number): string {
  const prng = createPrng(7);
  const cell = () => Array.from({ length: 2 + prng.int(5) }, () => prng.pick(words)).join(' ');
  const body: string[] = [];
  for (let i = 0; i < rows; i += 1) {
    const cells = Array.from({ length: geometry.columns }, () => `<div role="gridcell">${cell()}</div>`).join('');
    body.push(`<div role="row" data-index="${i}" tabindex="${i === 0 ? 0 : -1}"${i % 2 === 1 ? ' class="odd"' : ''}>${cells}</div>`);
  }
  const header = Array.from({ length: geometry.columns }, (_, c) => `<div role="columnheader">Column ${c + 1}</div>`).join('');
  return `<!doctype html>
<meta charset="utf-8">
<title>Plain grid</title>
<style>
  body { margin: 0; font: 13px system-ui, sans-serif; }
  [role=grid] { position: absolute; left: ${geometry.left}px; top: ${geometry.top}px; width: ${geometry.width}px; height: ${geometry.height}px; overflow: auto; }
  [role=row] { display: grid; grid-template-columns: repeat(${geometry.columns}, minmax(0, 1fr)); height: ${geometry.rowHeight}px; align-items: center; border-bottom: 1px solid #e5e5e5; box-sizing: border-box; }
  [role=row].head { position: sticky; top: 0; height: ${geometry.headHeight}px; background: #f4f4f4; font-weight: 600; }
  [role=row].odd { background: #fafafa; }
  [role=row]:focus { outline: 2px solid #36c; }
  [role=gridcell], [role=columnheader] { padding: 0 8px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
</style>
<div role="grid" aria-label="${label}">
  <div role="row" class="head">${header}</div>
  ${body.join('\n  ')}
</div>
<script>
  document.querySelector('[role=grid]').addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const next = event.target.nextElementSibling;
    if (next) { event.preventDefault(); next.tabIndex = 0; next.focus(); }
  });
</script>
`;
}
