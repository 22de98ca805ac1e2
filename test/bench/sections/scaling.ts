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
  // Throughput against log size (prefixes of the same log), for docs/performance.md.
  for (const size of z.chartSizes) {
    const log = size === big.length ? big : big.slice(0, size);
    const cases = [
      foldCase('mutable', log.length, () => mutableIssgFold(w.decider.initial(), log)),
      foldCase('replay', log.length, () => replay(w.decider, log)),
    ];
    if (size <= 100_000) cases.push(foldCase('naive', log.length, () => naiveFold(w.decider, log)));
    const rounds = Math.max(1, Math.min(z.rounds, Math.round(2_000_000 / size)));
    const c = compare(cases, { rounds, warmup: z.warmup });
    for (const k of Object.keys(c)) out[`chart.${k}.${size}`] = c[k]!.eventsPerSec;
  }
  return out;
}
