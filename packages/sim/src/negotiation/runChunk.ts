import { builtInNegotiation } from '../builtins.js';
import { negotiationRun } from './run.js';
import type { NegotiationRunResult, NegotiationSweepSpec } from './types.js';

/** A task of the negotiation job: runs `[start, end)` of a sweep. */
export interface NegotiationChunk {
  readonly spec: NegotiationSweepSpec;
  readonly start: number;
  readonly end: number;
}

/**
 * Run the runs `[start, end)` of a negotiation sweep, in order: what a worker thread does with a task of
 * the `negotiation` job, and the in-process path.
 *
 * @example
 * ```ts
 * const runs = await runNegotiationChunk({ spec, start: 0, end: 25 });
 * ```
 */
export async function runNegotiationChunk(input: unknown): Promise<NegotiationRunResult[]> {
  const { spec, start, end } = input as NegotiationChunk;
  const model = await builtInNegotiation(spec.agenda);
  const out: NegotiationRunResult[] = [];
  for (let run = start; run < end; run++) out.push(negotiationRun(model, spec, run));
  return out;
}
