import type { Figures, Sizes } from '../lib/args.js';
import { foldData } from '../lib/datasets.js';
import { checkEqual, compareIsolated, withCases, writeDataset } from '../lib/isolated.js';
import type { Workload } from '../lib/workload.js';

/**
 * `replay()` against the hand-written mutable fold and against `scan` + per-event `produce`, on one
 * synthetic log of realistic ISSG events, each in a process of its own (no shared inline caches or heap),
 * rounds interleaved, CPU time of each process. The three folds are checked equal first. The naive fold
 * runs over the first `z.naive` events (100 k in a full run; its throughput does not depend on the log
 * length, the state being bounded — see the chart).
 */
export async function run(w: Workload, z: Sizes): Promise<Figures> {
  const data = writeDataset(foldData(w, z.replay, 1));
  try {
    return await withCases(
      [
        { case: 'replay', data: data.file },
        { case: 'mutable', data: data.file },
        { case: 'naive', data: data.file, params: { naive: z.naive } },
      ],
      async ([replay, mutable, naive]) => {
        await checkEqual(replay!, [mutable!, naive!]);
        const r = await compareIsolated([replay!, mutable!, naive!], { rounds: z.rounds, warmup: z.warmup });
        const p = r.replay!;
        const m = r.mutable!;
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
          'replay.events': p.events,
          'replay.naiveEvents': n.events,
        };
      },
    );
  } finally {
    data.remove();
  }
}
