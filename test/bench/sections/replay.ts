import { isDeepStrictEqual } from 'node:util';
import { replay } from '@parley/core';
import type { Figures, Sizes } from '../lib/args.js';
import { compare, foldCase } from '../lib/measure.js';
import { mutableIssgFold } from '../lib/mutable.js';
import { naiveFold } from '../lib/naive.js';
import { synthLog } from '../lib/synth.js';
import type { Workload } from '../lib/workload.js';

/**
 * `replay()` against the hand-written mutable fold and against `scan` + per-event `produce`, on one
 * synthetic log of realistic ISSG events, side by side in this process. The naive fold runs over the
 * first `z.naive` events of the same log (100 k in a full run: at ~10 k events/s a 1 M round would take
 * minutes; its throughput does not depend on the log length, the state being bounded — see the chart).
 */
export async function run(w: Workload, z: Sizes): Promise<Figures> {
  const log = synthLog(z.replay, { decider: w.decider, seed: 1, mix: w.mix }) as any[];
  const naiveLog = z.naive === log.length ? log : log.slice(0, z.naive);
  // The three folds must agree, or the comparison means nothing.
  const probe = log.slice(0, Math.min(log.length, 20_000));
  const expected = replay(w.decider, probe);
  if (!isDeepStrictEqual(mutableIssgFold(w.decider.initial(), probe), expected))
    throw new Error(
      'bench replay: the hand-written fold disagrees with replay(); fix test/bench/lib/mutable.ts',
    );
  if (!isDeepStrictEqual(naiveFold(w.decider, probe), expected))
    throw new Error('bench replay: scan + produce disagrees with replay()');
  const r = compare(
    [
      foldCase('mutable', log.length, () => mutableIssgFold(w.decider.initial(), log)),
      foldCase('replay', log.length, () => replay(w.decider, log)),
      foldCase('naive', naiveLog.length, () => naiveFold(w.decider, naiveLog)),
    ],
    { rounds: z.rounds, warmup: z.warmup, roundsOf: { naive: Math.min(z.rounds, 3) } },
  );
  const m = r.mutable!;
  const p = r.replay!;
  const n = r.naive!;
  return {
    'replay.vsMutable': p.eventsPerSec / m.eventsPerSec,
    'replay.vsNaive': p.eventsPerSec / n.eventsPerSec,
    'replay.vsMutableWall': p.eventsPerWallSec / m.eventsPerWallSec,
    'replay.vsNaiveWall': p.eventsPerWallSec / n.eventsPerWallSec,
    'replay.eventsPerWallSec': p.eventsPerWallSec,
    'replay.eventsPerSec': p.eventsPerSec,
    'replay.mutableEventsPerSec': m.eventsPerSec,
    'replay.naiveEventsPerSec': n.eventsPerSec,
    'replay.events': log.length,
    'replay.naiveEvents': naiveLog.length,
  };
}
