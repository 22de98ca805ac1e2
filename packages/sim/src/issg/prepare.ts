import { type Scenario, UsageError } from '@parley/core';
import { type IssgCommand, type IssgEvent, type IssgState, issgRecord } from '@parley/issg';
import type { PreparedModel } from '../engine/prepared.js';
import type { SweepSpec } from '../montecarlo/spec.js';
import type { IssgModelOptions } from './model.js';
import { prepareIssgModelOf } from './prepareOf.js';

/** The ISSG record or a scenario built on it. */
export type IssgScenario = Scenario<IssgState, IssgCommand, IssgEvent>;

/** True when `v` has the shape of a scenario (id, stream, steps and a decider). */
function isScenarioLike(v: unknown): v is IssgScenario {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as { id?: unknown; stream?: unknown; steps?: unknown; decider?: unknown };
  return (
    typeof s.id === 'string' &&
    typeof s.stream === 'string' &&
    Array.isArray(s.steps) &&
    typeof s.decider === 'object' &&
    s.decider !== null
  );
}

/**
 * The scenario a sweep names: the built-in record `issg-2015-2016`, or a scenario script (path or file
 * URL) of the shapes `parley run` accepts — a module whose `default` (or `scenario`) export is a scenario
 * over the ISSG decider, or a factory `({ seed }) => Scenario` (given the sweep's seed) — so a script that
 * runs with `parley run` also runs with `parley mc`.
 *
 * @example
 * ```ts
 * const record = await loadIssgScenario('issg-2015-2016');
 * const story = await loadIssgScenario('./my-story.ts', { seed: 7 });
 * ```
 */
export async function loadIssgScenario(
  id: string,
  options: { readonly seed?: number } = {},
): Promise<IssgScenario> {
  if (id === issgRecord.id) return issgRecord;
  const { pathToFileURL } = await import('node:url');
  const { resolve } = await import('node:path');
  const url = id.startsWith('file:') ? id : pathToFileURL(resolve(id)).href;
  const mod = (await import(url)) as { default?: unknown; scenario?: unknown };
  // a CommonJS or transpiled module may wrap the default export once more
  const d = mod.default;
  let s: unknown =
    mod.scenario ??
    (typeof d === 'object' && d !== null && 'default' in d ? (d as { default: unknown }).default : d);
  if (typeof s === 'function') s = await (s as (o: { seed: number }) => unknown)({ seed: options.seed ?? 1 });
  if (!isScenarioLike(s))
    throw new UsageError(
      `loadIssgScenario: "${id}" is neither a built-in scenario nor a module whose default export is a scenario or a ({ seed }) => scenario factory`,
    );
  return s;
}

/**
 * Prepare the ISSG model for a sweep: replay the scenario up to `spec.from` (the fork), resolve the
 * mechanism parameters, and build the model.
 *
 * @example
 * ```ts
 * const prepared = await prepareIssgModel(sweepSpec({ scenario: 'issg-2015-2016', runs: 10, seed: 1 }));
 * ```
 */
export async function prepareIssgModel(
  spec: SweepSpec,
  options: IssgModelOptions = {},
): Promise<PreparedModel> {
  const scenario = await loadIssgScenario(spec.scenario, { seed: spec.seed });
  return prepareIssgModelOf(scenario, spec, options);
}
