import { createTimeline } from '@parley/core';
import type { Figures, Sizes } from '../lib/args.js';
import { collect, median, sink } from '../lib/measure.js';
import { benchRng } from '../lib/rng.js';
import { synthLog } from '../lib/synth.js';
import type { Workload } from '../lib/workload.js';

/** Snapshot distance used for the headline figure (core's default is 1000). */
export const EVERY = 1000;

/**
 * `stateAt` at seeded random positions of a long log, through core's timeline (snapshots every `EVERY`
 * events, built lazily with one immer `produce` per snapshot). A first query at the end builds every
 * snapshot (reported as `indexMs`, a one-off); the median is over the random queries that follow. Also
 * reports other spacings.
 */
export async function run(w: Workload, z: Sizes): Promise<Figures> {
  const log = synthLog(z.stateAt, { decider: w.decider, seed: 3, mix: w.mix }) as any[];
  const out: Figures = {};
  for (const every of [EVERY, 250, 4000]) {
    const timeline = createTimeline(w.decider, log, { every });
    const rng = benchRng(42);
    const positions = Array.from({ length: z.stateAtQueries }, () => 1 + rng.int(log.length));
    collect();
    const t0 = performance.now();
    sink.value = timeline.stateAt(log.length);
    const indexMs = performance.now() - t0;
    const times: number[] = [];
    for (const p of positions) {
      const t = performance.now();
      sink.value = timeline.stateAt(p);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const key = every === EVERY ? 'stateAt' : `stateAt.every${every}`;
    out[`${key}.medianMs`] = median(times);
    out[`${key}.p95Ms`] = times[Math.floor(times.length * 0.95)]!;
    out[`${key}.indexMs`] = indexMs;
  }
  out['stateAt.every'] = EVERY;
  out['stateAt.events'] = log.length;
  out['stateAt.queries'] = z.stateAtQueries;
  return out;
}
