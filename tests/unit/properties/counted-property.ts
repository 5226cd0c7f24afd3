// Runs a fast-check property and prints one line saying how many generated
// cases ran, so the figures can be quoted; a failure still fails the test.

import fc from 'fast-check';

export function assertCounted<Ts extends [unknown, ...unknown[]]>(
  label: string,
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => void,
  numRuns: number,
): void {
  let ran = 0;
  const property = fc.property<Ts>(...arbitraries, (...args: Ts) => {
    ran += 1;
    predicate(...args);
  });
  try {
    fc.assert(property, { numRuns });
  } finally {
    console.log(`[property] ${label}: ${ran} generated cases run (numRuns ${numRuns})`);
  }
}
