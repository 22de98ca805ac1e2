// Regenerates samples/mc-sample.json with the real simulator: a small sweep of the ISSG model from the
// start of the cessation of hostilities, saved as `{ spec, summary }` (the statistics `parley mc --json`
// gives). Deterministic: the same seed gives the same bytes.
//   node --conditions=source --import tsx packages/viewer/scripts/make-sample.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSweep } from '@parley/sim/node';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples', 'mc-sample.json');
const { spec, summary } = await runSweep({
  scenario: 'issg-2015-2016',
  runs: 200,
  seed: 1,
  days: 120,
  from: '2016-02-27',
  workers: 0,
});
writeFileSync(out, `${JSON.stringify({ spec, summary })}\n`);
console.log(
  `wrote ${out}: ${summary.runs} runs, median survival ${summary.survival.median ?? `> ${summary.days}`} days`,
);
