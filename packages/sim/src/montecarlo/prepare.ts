import { UsageError } from '@parley/core';
import { BUILT_IN_MODELS } from '../builtins.js';
import type { ModelFactory, PreparedModel } from '../engine/prepared.js';
import type { SweepSpec } from './spec.js';

export type { ModelFactory, PreparedModel } from '../engine/prepared.js';

const cache = new Map<string, Promise<PreparedModel>>();

/**
 * The prepared model of a sweep, cached per spec (runs aside) so a worker replays the record once.
 * `spec.model` is a built-in model's name (`BUILT_IN_MODELS`: `issg`) or the path (or file URL) of an ES module exporting `createModel: ModelFactory`.
 *
 * @example
 * ```ts
 * const prepared = await prepareModel({ scenario: 'issg-2015-2016', model: 'issg', seed: 1, runs: 10,
 *   days: 90, from: '2016-02-27', params: {}, inject: [] });
 * ```
 */
export function prepareModel(spec: SweepSpec): Promise<PreparedModel> {
  // the seed is part of the key: a scenario factory is given the sweep's seed
  const key = JSON.stringify([
    spec.scenario,
    spec.model,
    spec.seed,
    spec.days,
    spec.from,
    spec.params,
    spec.inject,
  ]);
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
  const b = BUILT_IN_MODELS.get(model);
  if (b) return b();
  const { pathToFileURL } = await import('node:url');
  const { resolve } = await import('node:path');
  const url = model.startsWith('file:') ? model : pathToFileURL(resolve(model)).href;
  const mod = (await import(url)) as { createModel?: ModelFactory; default?: { createModel?: ModelFactory } };
  const factory = mod.createModel ?? mod.default?.createModel;
  if (typeof factory !== 'function')
    throw new UsageError(
      `prepareModel: module "${model}" must export createModel(spec) returning a PreparedModel`,
    );
  return factory;
}
