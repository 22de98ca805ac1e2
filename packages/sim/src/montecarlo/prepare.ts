import type { AnyRecordedEvent, StateAtSeq } from '@parley/core';
import type { Injection } from '../engine/simulateRun.js';
import type { SimModel } from '../engine/types.js';
import type { SweepSpec } from './spec.js';

/** A model ready to run the runs of a sweep: the model, the state at the fork date, the stream. */
export interface PreparedModel {
  readonly model: SimModel<any, any, any, any, any>;
  readonly base: StateAtSeq<unknown>;
  readonly stream: string;
  /** The fork date (day 1 is the day after). */
  readonly start: string;
  readonly inject: readonly Injection<unknown>[];
  /** The scenario's records up to the fork (for writing one run's full event log). */
  readonly prefix?: readonly AnyRecordedEvent[];
  /** Value range of each indicator, for the quantile histograms. */
  readonly ranges: Readonly<Record<string, readonly [number, number]>>;
}

/** Builds a {@link PreparedModel} from a sweep spec; a model module exports one as `createModel`. */
export type ModelFactory = (spec: SweepSpec) => PreparedModel | Promise<PreparedModel>;

const builtIn = new Map<string, () => Promise<ModelFactory>>([
  ['issg', async () => (await import('../issg/prepare.js')).prepareIssgModel],
]);

const cache = new Map<string, Promise<PreparedModel>>();

/**
 * The prepared model of a sweep, cached per spec (runs and seed aside) so a worker replays the record once.
 * `spec.model` is `issg` or the path (or file URL) of an ES module exporting `createModel: ModelFactory`.
 *
 * @example
 * ```ts
 * const prepared = await prepareModel({ scenario: 'issg-2015-2016', model: 'issg', seed: 1, runs: 10,
 *   days: 90, from: '2016-02-27', params: {}, inject: [] });
 * ```
 */
export function prepareModel(spec: SweepSpec): Promise<PreparedModel> {
  const key = JSON.stringify([spec.scenario, spec.model, spec.days, spec.from, spec.params, spec.inject]);
  let p = cache.get(key);
  if (!p) {
    p = load(spec.model).then((factory) => factory(spec));
    p.catch(() => cache.delete(key));
    if (cache.size >= 16) cache.delete(cache.keys().next().value!); // bounded: oldest spec out
    cache.set(key, p);
  }
  return p;
}

async function load(model: string): Promise<ModelFactory> {
  const b = builtIn.get(model);
  if (b) return b();
  const { pathToFileURL } = await import('node:url');
  const { resolve } = await import('node:path');
  const url = model.startsWith('file:') ? model : pathToFileURL(resolve(model)).href;
  const mod = (await import(url)) as { createModel?: ModelFactory; default?: { createModel?: ModelFactory } };
  const factory = mod.createModel ?? mod.default?.createModel;
  if (typeof factory !== 'function')
    throw new TypeError(
      `prepareModel: module "${model}" must export createModel(spec) returning a PreparedModel`,
    );
  return factory;
}
