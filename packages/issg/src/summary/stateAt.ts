import {
  isOnOrBefore,
  isWorldTime,
  type RecordedEvent,
  replay,
  runScenario,
  type Scenario,
  UsageError,
} from '@parley/core';
import type { IssgCommand } from '../commands/types.js';
import { issgDecider } from '../decider.js';
import type { IssgEvent } from '../events/catalog.js';
import type { IssgState } from '../state/types.js';

/** A record to read a state from: a scenario (run through its decider) or recorded events. */
export type IssgRecordLike =
  | Scenario<IssgState, IssgCommand, IssgEvent>
  | readonly RecordedEvent<IssgEvent>[];

/**
 * The ISSG state after every event dated on or before `when` (a date includes the whole day; a date-time
 * compares instants), or after the event with seq `when` when `when` is a number.
 *
 * @example
 * ```ts
 * stateAt(issgRecord, '2016-02-27').hostilities.status; // 'cessation'
 * stateAt(records, 42).seq; // 42
 * ```
 */
export function stateAt(record: IssgRecordLike, when: string | number): IssgState {
  if (typeof when === 'string' && !isWorldTime(when))
    throw new UsageError(
      `stateAt: "${when}" is not an ISO 8601 date or date-time; give a date like 2016-05-17 or a seq`,
    );
  if (typeof when === 'number' && (!Number.isInteger(when) || when < 0))
    throw new UsageError(`stateAt: seq ${when} must be an integer ≥ 0`);
  if (!Array.isArray(record)) {
    const scenario = record as Scenario<IssgState, IssgCommand, IssgEvent>;
    if (typeof when === 'string') return runScenario(scenario, { until: when }).state;
    return stateAt(runScenario(scenario).records, when);
  }
  const records = record as readonly RecordedEvent<IssgEvent>[];
  const keep =
    typeof when === 'number'
      ? records.filter((r) => r.seq <= when)
      : records.filter((r) => isOnOrBefore(r.at, when));
  return replay(issgDecider, keep);
}
