import type { AnyRecordedEvent, Decider, DomainEvent, EventCatalog, Scenario } from '@parley/core';
import type { IssgState } from '@parley/issg';
import * as issg from '@parley/issg';
import { type DomainView, genericDomain, scanParties } from './domain.js';

type AnyDecider = Decider<unknown, unknown, DomainEvent>;

/** The order tracks are shown in. */
export const TRACK_ORDER: readonly string[] = [
  'diplomacy',
  'hostilities',
  'humanitarian',
  'political',
  'events',
];

const catalog = issg.issgEvents as unknown as EventCatalog;

/** The ISSG domain, from `@parley/issg`. */
export const issgDomain: DomainView & { readonly decider: AnyDecider } = {
  name: 'issg',
  decider: issg.issgDecider as unknown as AnyDecider,
  catalog,
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
  return [...(issg.scenarios as unknown as readonly Scenario[])];
}

/** The ISSG view when a scenario runs the ISSG decider (by name: scripts may load their own module copy). */
export function domainFor(scenario: Scenario): DomainView & { readonly decider?: AnyDecider } {
  return scenario.decider.name === issgDomain.decider.name ? issgDomain : genericDomain(scenario);
}

/** Id of the historical record, the scenario `parley demo` shows. */
export const HISTORICAL_ID = 'issg-2015-2016';

/** Records coded in PLOVER (`toPlover` of `@parley/issg`), one object per record. */
export function toPloverLines(records: readonly AnyRecordedEvent[]): unknown[] {
  return issg.toPlover(records as never);
}

/** Records with their CAMEO codes: `{ id, date, type, cameo, actor, recipient }` per record. */
export function toCameoLines(records: readonly AnyRecordedEvent[]): unknown[] {
  return issg.toPlover(records as never).map((p, i) => ({
    id: p.id,
    date: p.date,
    type: records[i]!.type,
    cameo: issg.cameoCode(records[i]!.type as never),
    actor: p.actor,
    recipient: p.recipient,
  }));
}
