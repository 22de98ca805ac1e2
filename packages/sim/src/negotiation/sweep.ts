import { UsageError } from '@parley/core';
import { strategyByName } from '@parley/negotiation';
import { builtInNegotiation } from '../builtins.js';
import { runJobs } from '../montecarlo/runJobs.js';
import type { NegotiationChunk } from './runChunk.js';
import { type NegotiationSweepSummary, negotiationSummaryAccumulator } from './summary.js';
import type { NegotiationRunResult, NegotiationSweepSpec } from './types.js';

/** Options of {@link runNegotiationSweep}. */
export interface NegotiationSweepOptions {
  /** A built-in agenda id (`vienna-2016-05-17`). */
  readonly agenda: string;
  readonly runs: number;
  readonly seed: number;
  /** Worker threads; 0 runs in this thread. Default: 2. The output does not depend on it. */
  readonly workers?: number;
  /** Strategies assigned to parties, e.g. `{ ru: 'hardliner' }`; the others draw from the mix. */
  readonly strategies?: Readonly<Record<string, string>>;
  /** The strategies drawn from (default: the agenda's model's mix). */
  readonly mix?: readonly string[];
  /** Draw preferences inside the role cards' ranges (default true). */
  readonly uncertain?: boolean;
  /** Days of the model that follows each outcome (the ISSG ceasefire model). */
  readonly thenDays?: number;
  /** Runs per task sent to a worker (default: chosen from runs and workers). Does not change the output. */
  readonly chunkSize?: number;
  /** Called each time a chunk of runs finishes. */
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

/**
 * The spec that options describe, checked: a known agenda, known strategies for parties at its table,
 * whole numbers of runs and days.
 *
 * @example
 * ```ts
 * (await negotiationSweepSpec({ agenda: 'vienna-2016-05-17', runs: 100, seed: 1 })).uncertain; // true
 * ```
 */
export async function negotiationSweepSpec(options: NegotiationSweepOptions): Promise<NegotiationSweepSpec> {
  const { runs, seed } = options;
  if (!Number.isInteger(runs) || runs < 1)
    throw new UsageError(`negotiation sweep: runs must be an integer ≥ 1, got ${runs}`);
  if (!Number.isInteger(seed))
    throw new UsageError(`negotiation sweep: seed must be an integer, got ${seed}`);
  const thenDays = options.thenDays ?? null;
  if (thenDays !== null && (!Number.isInteger(thenDays) || thenDays < 1))
    throw new UsageError(`negotiation sweep: thenDays must be an integer ≥ 1, got ${thenDays}`);
  const model = await builtInNegotiation(options.agenda);
  const strategies = options.strategies ?? {};
  for (const [party, name] of Object.entries(strategies)) {
    if (!model.agenda.parties.includes(party))
      throw new UsageError(
        `negotiation sweep: "${party}" is not at the table of ${options.agenda} (${model.agenda.parties.join(', ')})`,
      );
    strategyByName(name);
  }
  for (const name of options.mix ?? []) strategyByName(name);
  // Alternating offers have no pen: runNegotiation refuses a mediator there; say so before any run.
  if (model.agenda.protocol === 'alternating-offers')
    for (const name of [...Object.values(strategies), ...(options.mix ?? [])])
      if (strategyByName(name).name === 'mediator')
        throw new UsageError(
          `negotiation sweep: agenda "${options.agenda}" is negotiated by alternating offers, where nobody holds the pen; mediator is a chair's strategy: use boulware, linear, conceder, tit-for-tat or hardliner`,
        );
  if (thenDays !== null && !model.consequences)
    throw new UsageError(`negotiation sweep: agenda "${options.agenda}" has no model of what follows`);
  return {
    agenda: options.agenda,
    runs,
    seed,
    strategies: { ...strategies },
    mix: options.mix ? [...options.mix] : null,
    uncertain: options.uncertain ?? true,
    thenDays,
  };
}

/**
 * The runs of a negotiation sweep, in run order, computed on the Monte Carlo's worker pool: the same
 * results, hence the same bytes, for any number of workers.
 *
 * @example
 * ```ts
 * for await (const r of negotiationRuns({ agenda: 'vienna-2016-05-17', runs: 100, seed: 1 })) console.log(r.status);
 * ```
 */
export async function* negotiationRuns(
  options: NegotiationSweepOptions,
  checked?: NegotiationSweepSpec,
): AsyncGenerator<NegotiationRunResult> {
  const spec = checked ?? (await negotiationSweepSpec(options));
  const workers = Math.max(0, Math.floor(options.workers ?? 2));
  const chunkSize = Math.max(
    1,
    options.chunkSize ?? Math.min(25, Math.ceil(spec.runs / Math.max(1, workers * 8))),
  );
  function* chunks(): Generator<NegotiationChunk> {
    for (let start = 0; start < spec.runs; start += chunkSize)
      yield { spec, start, end: Math.min(spec.runs, start + chunkSize) };
  }
  let done = 0;
  yield* runJobs<NegotiationRunResult>({
    job: 'negotiation',
    inputs: chunks(),
    workers,
    onTaskDone: (n) => {
      done += n;
      options.onProgress?.({ done, total: spec.runs });
    },
  });
}

/**
 * Run a negotiation Monte Carlo over preference uncertainty and strategy mixes and return its statistics:
 * the probability of agreement, each issue's adoption shares, rounds to agreement, agreement by strategy,
 * and with `thenDays` the survival of the arrangement after each kind of outcome. Runs are folded as they
 * come, never kept.
 *
 * @example
 * ```ts
 * const { summary } = await runNegotiationSweep({ agenda: 'vienna-2016-05-17', runs: 1000, seed: 1 });
 * summary.agreement; // P(a text is adopted)
 * ```
 */
export async function runNegotiationSweep(
  options: NegotiationSweepOptions,
): Promise<{ spec: NegotiationSweepSpec; summary: NegotiationSweepSummary }> {
  const spec = await negotiationSweepSpec(options);
  const model = await builtInNegotiation(spec.agenda);
  const acc = negotiationSummaryAccumulator(model.agenda, model.realOutcome, spec.thenDays);
  for await (const r of negotiationRuns(options, spec)) acc.add(r);
  return { spec, summary: acc.summary() };
}
