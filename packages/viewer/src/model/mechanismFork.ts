import { dateOf } from '@parley/core';
import { type IssgState, LOCATIONS } from '@parley/issg';
import {
  createIssgModel,
  ISSG_INDICATORS,
  ISSG_MECHANISMS,
  type Outcomes,
  outcomes,
  resolveIssgParams,
  type SweepSummary,
  simulateRun,
  summaryAccumulator,
} from '@parley/sim';
import { fromSummary, type McResult } from './mc.js';

/** The mechanisms a class can switch off (all but the core dynamics). */
export const SWITCHABLE = ISSG_MECHANISMS.filter((m) => m.id !== 'baseline').map((m) => ({
  id: m.id,
  label: m.title,
}));

export interface MechanismComparison {
  readonly a: McResult;
  readonly b: McResult;
  readonly outcomesA: Outcomes;
  readonly outcomesB: Outcomes;
}

function sweep(
  state: IssgState,
  seq: number,
  start: string,
  overrides: Parameters<typeof resolveIssgParams>[0],
  runs: number,
  days: number,
  seed: number,
): SweepSummary {
  const besieged = LOCATIONS.filter((l) => l.besieged).map((l) => l.id);
  const model = createIssgModel({ besieged, params: resolveIssgParams(overrides) });
  const ranges = Object.fromEntries(ISSG_INDICATORS.map((n) => [n, [0, 1] as const]));
  const acc = summaryAccumulator(days, ranges);
  for (let run = 0; run < runs; run++)
    acc.add(
      simulateRun(model, {
        base: { state, seq },
        stream: 'viewer-sim',
        start,
        days,
        seed,
        run,
      }),
    );
  return acc.summary();
}

/**
 * A what-if on a mechanism of `@parley/sim`: from the state at an event, run the stochastic ISSG model
 * with every mechanism on (branch A) and with one switched off (branch B), on the same seeds, so the
 * difference is the change, not the luck.
 *
 * @example
 * ```ts
 * const c = compareMechanism(state, 51, '2016-02-27', 'monitoring', { runs: 60 });
 * c.outcomesA.survival90 - c.outcomesB.survival90;
 * ```
 */
export function compareMechanism(
  state: IssgState,
  seq: number,
  at: string,
  mechanism: string,
  options: { readonly runs?: number; readonly days?: number; readonly seed?: number } = {},
): MechanismComparison {
  const runs = options.runs ?? 60;
  const days = options.days ?? 90;
  const seed = options.seed ?? 1;
  const start = dateOf(at);
  const title = SWITCHABLE.find((m) => m.id === mechanism)?.label ?? mechanism;
  const sa = sweep(state, seq, start, {}, runs, days, seed);
  const sb = sweep(state, seq, start, { [mechanism]: { enabled: false } }, runs, days, seed);
  return {
    a: fromSummary({ ...sa }, 'All mechanisms on', start),
    b: fromSummary({ ...sb }, `Without: ${title}`, start),
    outcomesA: outcomes(sa),
    outcomesB: outcomes(sb),
  };
}
