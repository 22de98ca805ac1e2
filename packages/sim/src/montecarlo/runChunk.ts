import { simulateRun } from '../engine/simulateRun.js';
import type { RunResult } from '../engine/types.js';
import { prepareModel } from './prepare.js';
import type { SweepSpec } from './spec.js';

/** A unit of work for a worker: runs `[start, end)` of a sweep. */
export interface ChunkTask {
  readonly spec: SweepSpec;
  readonly start: number;
  readonly end: number;
}

/**
 * Run the runs `[start, end)` of a sweep, in order. What each worker thread does; also the in-process path.
 *
 * @example
 * ```ts
 * const results = await runChunk({ spec, start: 0, end: 10 });
 * ```
 */
export async function runChunk(task: ChunkTask): Promise<RunResult[]> {
  const { spec, start, end } = task;
  const p = await prepareModel(spec);
  const out: RunResult[] = [];
  for (let run = start; run < end; run++)
    out.push(
      simulateRun(p.model, {
        base: p.base,
        stream: p.stream,
        start: p.start,
        days: spec.days,
        seed: spec.seed,
        run,
        inject: p.inject,
      }),
    );
  return out;
}
