/**
 * `node --conditions=@parley/source --import tsx test/bench/proposals/replay.ab.ts` — core's `replay` before the
 * benchmarks (`replayBefore.ts`: a `Folder` per replay, `structuredClone` of a starting state) against
 * the current one, side by side, CPU time: a whole log from the initial state, and 1,000 short tails
 * from snapshots (what `stateAt` does).
 */

import { isDeepStrictEqual } from 'node:util';
import { replay } from '@parley/core';
import { compare, foldCase } from '../lib/measure.js';
import { benchRng } from '../lib/rng.js';
import { synthLog } from '../lib/synth.js';
import { loadWorkload } from '../lib/workload.js';
import { replay as replayBefore } from './replayBefore.js';

const w = await loadWorkload();
const n = Number(process.argv[2] ?? 200_000);
const log = synthLog(n, { decider: w.decider, seed: 1, mix: w.mix }) as any[];
const every = 1000;
const snaps: { seq: number; state: unknown }[] = [];
for (let s = 0; s + every <= n; s += every)
  snaps.push({ seq: s + every, state: replay(w.decider, log.slice(0, s + every)) });
const rng = benchRng(42);
const tails = Array.from({ length: 1000 }, () => {
  const k = rng.int(snaps.length - 1);
  return { from: snaps[k]!, events: log.slice(snaps[k]!.seq, snaps[k]!.seq + rng.int(every)) };
});
const tailCount = tails.reduce((a, t) => a + t.events.length, 0);
if (!isDeepStrictEqual(replay(w.decider, log), replayBefore(w.decider, log)))
  throw new Error('replay changed its result');
const r = compare(
  [
    foldCase('whole before', n, () => replayBefore(w.decider, log)),
    foldCase('whole now', n, () => replay(w.decider, log)),
    foldCase('tails before', tailCount, () =>
      tails.map((t) => replayBefore(w.decider, t.events, { from: t.from as any })),
    ),
    foldCase('tails now', tailCount, () =>
      tails.map((t) => replay(w.decider, t.events, { from: t.from as any })),
    ),
  ],
  { rounds: 5, warmup: 1 },
);
const line = (a: string, b: string) =>
  `${a.split(' ')[0]!.padEnd(6)} before ${r[a]!.medianMs.toFixed(0)} ms  now ${r[b]!.medianMs.toFixed(0)} ms  ×${(r[a]!.medianMs / r[b]!.medianMs).toFixed(2)}`;
console.log(line('whole before', 'whole now'));
console.log(
  `${line('tails before', 'tails now')}  (1,000 tails, ${(tailCount / 1000).toFixed(0)} events each on average)`,
);
