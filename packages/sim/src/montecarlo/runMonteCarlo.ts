import { UsageError } from '@parley/core';
import { SWEEP_DEFAULTS } from '../builtins.js';
import type { RunResult } from '../engine/types.js';
import { startPool } from './pool.js';
import { type ChunkTask, runChunk } from './runChunk.js';
import {
  type InjectionSpec,
  type ParamOverrides,
  parseShard,
  type Shard,
  type SweepSpec,
  shardRange,
} from './spec.js';

/** Options of {@link runMonteCarlo}. */
export interface MonteCarloOptions {
  /** Built-in scenario id (`issg-2015-2016`) or path of a scenario module. */
  readonly scenario: string;
  readonly runs: number;
  readonly seed: number;
  /** Worker threads; 0 runs in this thread. Default: 2. The output does not depend on it. */
  readonly workers?: number;
  /** Days to simulate after `from` (default 150). */
  readonly days?: number;
  /** Fork date (default `SWEEP_DEFAULTS.from` of `builtins.ts`: 2016-02-27, the ISSG model's fork). */
  readonly from?: string;
  /** Run only shard K/N of the runs (`'2/4'` or `{ k: 2, n: 4 }`). */
  readonly shard?: Shard | string;
  /** A built-in model (default `SWEEP_DEFAULTS.model`: `issg`) or the path of a module exporting `createModel`. */
  readonly model?: string;
  /** Mechanism parameter overrides, e.g. `{ monitoring: { enabled: false } }`. */
  readonly params?: ParamOverrides;
  /** Commands injected on dates (a what-if's alternative events). */
  readonly inject?: readonly InjectionSpec[];
  /** Runs per task sent to a worker (default: chosen from runs and workers). Does not change the output. */
  readonly chunkSize?: number;
  /** Called each time a chunk of runs finishes. */
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

/** The run results of a sweep (or shard), in run-index order, as they finish. */
export interface MonteCarloStream extends AsyncIterable<RunResult> {
  readonly spec: SweepSpec;
  readonly shard: Shard | undefined;
  /** The run indices `[start, end)` this stream yields. */
  readonly range: { readonly start: number; readonly end: number };
}

/**
 * The sweep spec that options describe (defaults filled in), as recorded in an output's header.
 *
 * @example
 * ```ts
 * sweepSpec({ scenario: 'issg-2015-2016', runs: 1000, seed: 1 }).days; // 150
 * ```
 */
export function sweepSpec(options: MonteCarloOptions): SweepSpec {
  const { runs, seed } = options;
  if (!Number.isInteger(runs) || runs < 1)
    throw new UsageError(`runMonteCarlo: runs must be an integer ≥ 1, got ${runs}`);
  if (!Number.isInteger(seed)) throw new UsageError(`runMonteCarlo: seed must be an integer, got ${seed}`);
  const days = options.days ?? 150;
  if (!Number.isInteger(days) || days < 1)
    throw new UsageError(`runMonteCarlo: days must be an integer ≥ 1, got ${days}`);
  return {
    scenario: options.scenario,
    model: options.model ?? SWEEP_DEFAULTS.model,
    seed,
    runs,
    days,
    from: options.from ?? SWEEP_DEFAULTS.from,
    params: options.params ?? {},
    inject: options.inject ?? [],
  };
}

/**
 * Run a Monte Carlo sweep on worker threads (tinypool). Every run's random streams derive from
 * `(seed, run index)`, and results come out in run-index order, so the output is identical byte for byte
 * for any number of workers and for any shard split merged back. At most a few chunks per worker are in
 * flight, so memory does not grow with the number of runs.
 *
 * @example
 * ```ts
 * const acc = summaryAccumulator(150, ranges);
 * for await (const run of runMonteCarlo({ scenario: 'issg-2015-2016', runs: 1000, seed: 1, workers: 2 }))
 *   acc.add(run);
 * ```
 */
export function runMonteCarlo(options: MonteCarloOptions): MonteCarloStream {
  const spec = sweepSpec(options);
  const shard = typeof options.shard === 'string' ? parseShard(options.shard) : options.shard;
  const range = shardRange(spec.runs, shard);
  const workers = Math.max(0, Math.floor(options.workers ?? 2));
  const total = range.end - range.start;
  const chunkSize = Math.max(
    1,
    options.chunkSize ?? Math.min(25, Math.ceil(total / Math.max(1, workers * 8))),
  );
  const onProgress = options.onProgress;

  async function* generate(): AsyncGenerator<RunResult> {
    // tasks are made one at a time as they are needed, so a huge `runs` allocates nothing up front
    let nextStart = range.start;
    const nextTask = (): ChunkTask | undefined => {
      if (nextStart >= range.end) return undefined;
      const task = { spec, start: nextStart, end: Math.min(range.end, nextStart + chunkSize) };
      nextStart = task.end;
      return task;
    };
    let done = 0;
    const progress = (n: number) => {
      done += n;
      onProgress?.({ done, total });
    };
    if (workers === 0) {
      for (let t = nextTask(); t !== undefined; t = nextTask()) {
        const results = await runChunk(t);
        progress(results.length);
        yield* results;
      }
      return;
    }
    const pool = startPool(workers);
    try {
      const window: Promise<RunResult[]>[] = [];
      const submit = (t: ChunkTask) => {
        const p = pool.run(t).then((r) => {
          progress(r.length);
          return r;
        });
        p.catch(() => {});
        window.push(p);
      };
      while (window.length < workers * 3) {
        const t = nextTask();
        if (t === undefined) break;
        submit(t);
      }
      while (window.length > 0) {
        const results = await window.shift()!;
        const t = nextTask();
        if (t !== undefined) submit(t);
        yield* results;
      }
    } finally {
      await pool.destroy();
    }
  }

  return { spec, shard, range, [Symbol.asyncIterator]: () => generate() };
}
