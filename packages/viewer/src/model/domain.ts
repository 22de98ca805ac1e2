import type { AnyDecider, AnyEventCatalog, AnyRecordedEvent, AnyScenario } from '@parley/core';
import { issgEvents, issgRecord, summarize } from '@parley/issg';

/** The JSON state summary (DESIGN.md, "The state summary"), as the viewer reads it. */
export type Summary = Record<string, unknown> & { readonly indicators?: Record<string, number | null> };

/** What the viewer needs of a domain: its decider, catalog, built-in record and state summary. */
export interface ViewerDomain {
  readonly decider: AnyDecider;
  readonly catalog: AnyEventCatalog;
  readonly builtIn: AnyScenario;
  summarize(state: unknown): Summary;
}

/** The ISSG domain of `@parley/issg`. */
export const issgDomain: ViewerDomain = {
  decider: issgRecord.decider,
  catalog: issgEvents,
  builtIn: issgRecord,
  summarize: (state) => ({ ...summarize(state as Parameters<typeof summarize>[0]) }),
};

/** The records as the domain's kind of record (the decider accepts any record of its catalog). */
export type DomainRecord = AnyRecordedEvent;
