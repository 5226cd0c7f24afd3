// Generated tests replay the same cases on every run, so a CI run judges the
// change and not the dice. FC_SEED=random explores new cases (a failure prints
// its seed; FC_SEED=<that seed> replays it).

import fc from 'fast-check';

const chosen = process.env['FC_SEED'];
if (chosen !== 'random') fc.configureGlobal({ seed: chosen === undefined ? 20_261_122 : Number(chosen) });
