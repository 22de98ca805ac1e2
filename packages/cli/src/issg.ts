import {
  type AnyDecider,
  type AnyRecordedEvent,
  type AnyScenario,
  type RecordedEvent,
  type Scenario,
  UsageError,
} from '@parley/core';
import type { IssgEvent, IssgState } from '@parley/issg';
import * as issg from '@parley/issg';
import { type DomainView, genericDomain, scanParties } from './domain.js';

/** The order tracks are shown in. */
export const TRACK_ORDER: readonly string[] = [
  'diplomacy',
  'hostilities',
  'humanitarian',
  'political',
  'events',
];

/** The ISSG domain, from `@parley/issg`. */
export const issgDomain: DomainView & { readonly decider: AnyDecider } = {
  name: 'issg',
  decider: issg.issgDecider,
  catalog: issg.issgEvents,
  partiesOf: (r) => scanParties(r.data),
  isKnownParty: (id) => issg.isKnownParty(id),
  track: (r) => issg.issgTrackOf(r.type) ?? 'events',
  describe: (r) => issg.eventSentence(r),
  summarize: (state, where) => ({ ...issg.summarize(state as IssgState, where.at ? { at: where.at } : {}) }),
};

/**
 * The indicator series of what was loaded, from the ISSG view (`indicatorSeries` of `@parley/issg`): the
 * same series the report and the viewer draw. Empty for another domain, which has no indicators.
 */
export function seriesOf(loaded: {
  readonly domain: DomainView;
  readonly records: readonly AnyRecordedEvent[];
}): issg.IndicatorSeries | undefined {
  if (loaded.domain !== issgDomain || !issg.isIssgRecordList(loaded.records)) return undefined;
  return issg.indicatorSeries(loaded.records);
}

/** The built-in scenarios (`parley scenarios`). */
export function builtinScenarios(): readonly Scenario[] {
  const builtins: readonly AnyScenario[] = issg.scenarios;
  return [...builtins];
}

/** The ISSG view when a scenario runs the ISSG decider (by name: scripts may load their own module copy). */
export function domainFor(scenario: Scenario): DomainView & { readonly decider?: AnyDecider } {
  return scenario.decider.name === issgDomain.decider.name ? issgDomain : genericDomain(scenario);
}

/** Id of the historical record, the scenario `parley demo` shows. */
export const HISTORICAL_ID = 'issg-2015-2016';

/** The records as ISSG records, or a usage error: PLOVER and CAMEO code the ISSG event types only. */
function issgRecords(records: readonly AnyRecordedEvent[]): readonly RecordedEvent<IssgEvent>[] {
  if (issg.isIssgRecordList(records)) return records;
  const other = records.find((r) => !issg.isIssgEventType(r.type));
  throw new UsageError(
    `export: "${other?.type}" (seq ${other?.seq}) is not an ISSG event type; PLOVER and CAMEO codes exist for ISSG events only`,
  );
}

/** Records coded in PLOVER (`toPlover` of `@parley/issg`), one object per record. */
export function toPloverLines(records: readonly AnyRecordedEvent[]): unknown[] {
  return issg.toPlover(issgRecords(records));
}

/** Records with their CAMEO codes: `{ id, date, type, cameo, actor, recipient }` per record. */
export function toCameoLines(records: readonly AnyRecordedEvent[]): unknown[] {
  const issgOnly = issgRecords(records);
  return issg.toPlover(issgOnly).map((p, i) => ({
    id: p.id,
    date: p.date,
    type: issgOnly[i]!.type,
    cameo: issg.cameoCode(issgOnly[i]!.type),
    actor: p.actor,
    recipient: p.recipient,
  }));
}
