/**
 * The models this package ships, and the defaults of a sweep, registered with the generic Monte Carlo
 * (`montecarlo/`), which names no model of its own. The only built-in model is the ISSG one; a model
 * module of one's own is given by path (`model: './my-model.ts'`, exporting `createModel`).
 */
import type { ModelFactory } from './engine/prepared.js';
import { ISSG_SWEEP_DEFAULTS } from './issg/defaults.js';
import type { JobRunner } from './montecarlo/jobs.js';
import type { NegotiationModel } from './negotiation/types.js';

/** Built-in models by name, loaded when a sweep first needs them. */
export const BUILT_IN_MODELS: ReadonlyMap<string, () => Promise<ModelFactory>> = new Map([
  [ISSG_SWEEP_DEFAULTS.model, async () => (await import('./issg/prepare.js')).prepareIssgModel],
]);

/** The model and fork date of a sweep whose options give none. */
export const SWEEP_DEFAULTS: { readonly model: string; readonly from: string } = ISSG_SWEEP_DEFAULTS;

/**
 * Built-in jobs of the worker pool by name (`runJobs`), loaded when a worker first runs one: the
 * negotiation Monte Carlo's chunks of runs.
 */
export const BUILT_IN_JOBS: ReadonlyMap<string, () => Promise<JobRunner>> = new Map([
  ['negotiation', async () => (await import('./negotiation/runChunk.js')).runNegotiationChunk as JobRunner],
]);

/**
 * The negotiation model of a built-in agenda (the ISSG's: `munich-2016-02-11`, `vienna-2016-05-17`,
 * `geneva-2016-09-09`), loaded when a sweep first needs it.
 *
 * @example
 * ```ts
 * (await builtInNegotiation('vienna-2016-05-17')).agenda.parties.length; // 9
 * ```
 */
export async function builtInNegotiation(agendaId: string): Promise<NegotiationModel> {
  return (await import('./issg/negotiation.js')).issgNegotiationModel(agendaId);
}
