/**
 * The models this package ships, and the defaults of a sweep, registered with the generic Monte Carlo
 * (`montecarlo/`), which names no model of its own. The only built-in model is the ISSG one; a model
 * module of one's own is given by path (`model: './my-model.ts'`, exporting `createModel`).
 */
import type { ModelFactory } from './engine/prepared.js';
import { ISSG_SWEEP_DEFAULTS } from './issg/defaults.js';

/** Built-in models by name, loaded when a sweep first needs them. */
export const BUILT_IN_MODELS: ReadonlyMap<string, () => Promise<ModelFactory>> = new Map([
  [ISSG_SWEEP_DEFAULTS.model, async () => (await import('./issg/prepare.js')).prepareIssgModel],
]);

/** The model and fork date of a sweep whose options give none. */
export const SWEEP_DEFAULTS: { readonly model: string; readonly from: string } = ISSG_SWEEP_DEFAULTS;
