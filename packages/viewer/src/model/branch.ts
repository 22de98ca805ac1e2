import {
  type AnyDecider,
  type AnyRecordedEvent,
  createTimeline,
  type EventOf,
  type ScenarioStep,
  type StateOf,
  type Timeline,
} from '@parley/core';
import type { ViewerDomain } from './domain.js';

/**
 * One line of history the viewer can travel along: the record (or a what-if built from it), its records,
 * and random access to its states through the kernel's timeline.
 */
export interface Branch {
  readonly label: string;
  readonly records: readonly AnyRecordedEvent[];
  /** States of the domain's decider (the viewer's domain is ISSG: `IssgState`). */
  readonly timeline: Timeline<StateOf<AnyDecider>, EventOf<AnyDecider>>;
  /** The scenario steps behind the records, when known (built-in record): a fork re-decides them. */
  readonly steps?: readonly ScenarioStep<unknown>[];
  /** For a what-if: the seq it branched after, and what changed. */
  readonly fork?: {
    readonly after: number;
    readonly change: string;
    readonly notes: readonly string[];
    /** How the story went on after the change: later steps decided again, or later records replayed as recorded. */
    readonly continued: 'decided' | 'replayed';
  };
}

/**
 * Index records for time travel.
 *
 * @example
 * ```ts
 * const b = makeBranch(issgDomain, 'The record', records);
 * b.timeline.stateAt(42);
 * ```
 */
export function makeBranch(
  domain: ViewerDomain,
  label: string,
  records: readonly AnyRecordedEvent[],
  extra: Pick<Branch, 'steps' | 'fork'> = {},
): Branch {
  const timeline = createTimeline(domain.decider, records as AnyRecordedEvent[], { every: 50 });
  return { label, records, timeline, ...extra };
}
