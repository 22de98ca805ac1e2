import { replay } from '@parley/core';
import type { Figures, Sizes } from '../lib/args.js';
import { compare, foldCase } from '../lib/measure.js';
import { mutableIssgFold } from '../lib/mutable.js';
import { naiveFold } from '../lib/naive.js';
import { synthLog } from '../lib/synth.js';
import type { Workload } from '../lib/workload.js';

/**
 * Replay time for 4 M events ÷ for 1 M (the 1 M log is the first quarter of the 4 M one), and the
 * throughput of each fold against log size for the chart.
 */
export async function run(w: Workload, z: Sizes): Promise<Figures> {
  const big = synthLog(z.scaling * 4, { decider: w.decider, seed: 4, mix: w.mix }) as any[];
  const small = big.slice(0, z.scaling);
  const r = compare(
    [
      foldCase('1x', small.length, () => replay(w.decider, small)),
      foldCase('4x', big.length, () => replay(w.decider, big)),
    ],
    { rounds: z.rounds, warmup: z.warmup },
  );
  const out: Figures = {
    'scaling.ratio4x': r['4x']!.medianMs / r['1x']!.medianMs,
    'scaling.ms1M': r['1x']!.medianMs,
    'scaling.ms4M': r['4x']!.medianMs,
    'scaling.ratio4xWall': r['4x']!.medianWallMs / r['1x']!.medianWallMs,
  };
  // Throughput against log size (prefixes of the same log), for docs/performance.md. A round folds a small
  // log several times over, so every round is long enough to time (≥ 1 M events; ≥ 100 k for naive).
  const repeat = (times: number, fn: () => unknown) => () => {
    let x: unknown;
    for (let i = 0; i < times; i++) x = fn();
    return x;
  };
  for (const size of z.chartSizes) {
    if (size === big.length) {
      out[`chart.replay.${size}`] = r['4x']!.eventsPerSec;
      continue;
    }
    const log = big.slice(0, size);
    const k = Math.max(1, Math.round(z.scaling / size));
    const kn = Math.max(1, Math.round(z.scaling / 10 / size));
    const cases = [
      foldCase(
        'mutable',
        size * k,
        repeat(k, () => mutableIssgFold(w.decider.initial(), log)),
      ),
      foldCase(
        'replay',
        size * k,
        repeat(k, () => replay(w.decider, log)),
      ),
    ];
    if (size <= 100_000)
      cases.push(
        foldCase(
          'naive',
          size * kn,
          repeat(kn, () => naiveFold(w.decider, log)),
        ),
      );
    const c = compare(cases, { rounds: z.rounds, warmup: z.warmup });
    for (const name of Object.keys(c)) out[`chart.${name}.${size}`] = c[name]!.eventsPerSec;
  }
  // The mutable fold of the whole 4x log, once (the chart's last point).
  const m4 = compare([foldCase('mutable', big.length, () => mutableIssgFold(w.decider.initial(), big))], {
    rounds: 1,
    warmup: 0,
  });
  out[`chart.mutable.${big.length}`] = m4.mutable!.eventsPerSec;
  return out;
}
