// Prints the anchoring engine's accuracy per scripted revision kind on the shared corpus.
// Run: npx node bench/reanchor-accuracy.ts [seed]   (the figures quoted in scoring.ts come from here)

import { formatTable, runAccuracy } from '../tests/unit/anchoring/accuracy.ts';

const seed = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
const started = performance.now();
const reports = runAccuracy(seed);
console.log(formatTable(reports));
console.log(`\n${reports.reduce((n, r) => n + r.cases, 0)} cases in ${Math.round(performance.now() - started)} ms`);
for (const r of reports) {
  for (const example of r.examples) console.log(`wrong ${r.kind}: ${example}`);
}
