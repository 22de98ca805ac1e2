import { type AnyRecordedEvent, runScenario, type Scenario } from '@parley/core';
import { type IssgCommand, type IssgEvent, type IssgState, issgRecord, LOCATIONS } from '@parley/issg';
import type { PreparedModel } from '../engine/prepared.js';
import type { SweepSpec } from '../montecarlo/spec.js';
import { createIssgModel, ISSG_INDICATORS, type IssgModelOptions } from './model.js';
import { resolveIssgParams } from './params.js';

/** The ISSG record or a scenario built on it. */
export type IssgScenario = Scenario<IssgState, IssgCommand, IssgEvent>;

/**
 * The scenario a sweep names: the built-in record `issg-2015-2016`, or a module (path or file URL) whose
 * `default` or `scenario` export is a scenario over the ISSG decider.
 *
 * @example
 * ```ts
 * const record = await loadIssgScenario('issg-2015-2016');
 * ```
 */
export async function loadIssgScenario(id: string): Promise<IssgScenario> {
  if (id === issgRecord.id) return issgRecord;
  const { pathToFileURL } = await import('node:url');
  const { resolve } = await import('node:path');
  const url = id.startsWith('file:') ? id : pathToFileURL(resolve(id)).href;
  const mod = (await import(url)) as { default?: IssgScenario; scenario?: IssgScenario };
  const s = mod.scenario ?? mod.default;
  if (!s || typeof s !== 'object' || !Array.isArray(s.steps))
    throw new TypeError(
      `loadIssgScenario: "${id}" is neither a built-in scenario nor a module exporting one`,
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
  const scenario = await loadIssgScenario(spec.scenario);
  const { records, state } = runScenario(scenario, { until: spec.from });
  const params = options.params ?? resolveIssgParams(spec.params);
  const besieged = LOCATIONS.filter((l) => l.besieged).map((l) => l.id);
  const model = createIssgModel({ besieged, ...options, params, decider: scenario.decider });
  const ranges: Record<string, readonly [number, number]> = {};
  for (const name of ISSG_INDICATORS) ranges[name] = [0, 1];
  return {
    model,
    base: { state, seq: records.at(-1)?.seq ?? 0 },
    // the same stream as the record, continuing its seqs: prefix + one run is one valid log
    stream: scenario.stream,
    prefix: records as unknown as readonly AnyRecordedEvent[],
    start: spec.from,
    inject: spec.inject.map((i) => ({
      at: i.at,
      command: i.command,
      ...(i.actor ? { actor: i.actor } : {}),
    })),
    ranges,
  };
}
