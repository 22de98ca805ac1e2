import type { MonteCarloOptions } from '../montecarlo/runMonteCarlo.js';
import type { InjectionSpec, ParamOverrides, SweepSpec } from '../montecarlo/spec.js';
import { runSweep } from '../montecarlo/sweep.js';
import type { SweepSummary } from '../stats/summary.js';
import { type Outcomes, outcomes } from './outcomes.js';

/** One side of a what-if: a label and what differs from the record's model. */
export interface Branch {
  readonly label: string;
  /** Fork date (default: the sweep's `from`). */
  readonly from?: string;
  readonly params?: ParamOverrides;
  readonly inject?: readonly InjectionSpec[];
}

/** Both sides of a what-if, run with the same seeds. */
export interface Comparison {
  readonly a: {
    readonly label: string;
    readonly spec: SweepSpec;
    readonly summary: SweepSummary;
    readonly outcomes: Outcomes;
  };
  readonly b: {
    readonly label: string;
    readonly spec: SweepSpec;
    readonly summary: SweepSummary;
    readonly outcomes: Outcomes;
  };
}

/**
 * Run two branches of a what-if with the same sweep seed (so run i of both sides draws from the same
 * streams and the difference is the change, not the luck) and return both summaries and headline numbers.
 *
 * @example
 * ```ts
 * const cmp = await compareBranches({ scenario: 'issg-2015-2016', runs: 1000, seed: 1, workers: 2 },
 *   { label: 'as modelled' }, { label: 'no monitoring', params: { monitoring: { enabled: false } } });
 * console.log(formatComparison(cmp.a.label, cmp.a.outcomes, cmp.b.label, cmp.b.outcomes));
 * ```
 */
export async function compareBranches(
  base: Omit<MonteCarloOptions, 'shard' | 'params' | 'inject'>,
  a: Branch,
  b: Branch,
): Promise<Comparison> {
  const side = async (br: Branch) => {
    const { spec, summary } = await runSweep({
      ...base,
      ...(br.from ? { from: br.from } : {}),
      ...(br.params ? { params: br.params } : {}),
      ...(br.inject ? { inject: br.inject } : {}),
    });
    return { label: br.label, spec, summary, outcomes: outcomes(summary) };
  };
  const ra = await side(a);
  const rb = await side(b);
  return { a: ra, b: rb };
}
