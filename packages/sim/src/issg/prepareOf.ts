import { runScenario, type Scenario } from '@parley/core';
import { type IssgCommand, type IssgEvent, type IssgState, LOCATIONS } from '@parley/issg';
import type { PreparedModel } from '../engine/prepared.js';
import type { SweepSpec } from '../montecarlo/spec.js';
import { createIssgModel, ISSG_INDICATORS, type IssgModelOptions } from './model.js';
import { resolveIssgParams } from './params.js';

/**
 * {@link prepareIssgModel} for a scenario already in hand (e.g. the record with a negotiated text,
 * `negotiatedRecord` of `@parley/issg`); `spec.scenario` is then only a name.
 *
 * @example
 * ```ts
 * const prepared = prepareIssgModelOf(negotiatedRecord(agenda, text), sweepSpec({ scenario: 'vienna', runs: 1, seed: 1, from: '2016-05-17' }));
 * ```
 */
export function prepareIssgModelOf(
  scenario: Scenario<IssgState, IssgCommand, IssgEvent>,
  spec: SweepSpec,
  options: IssgModelOptions = {},
): PreparedModel {
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
    prefix: records,
    start: spec.from,
    inject: spec.inject.map((i) => ({
      at: i.at,
      command: i.command,
      ...(i.actor ? { actor: i.actor } : {}),
    })),
    ranges,
  };
}
