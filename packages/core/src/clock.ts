import { UsageError } from './errors.js';
import { addDays, isWorldTime } from './events/worldTime.js';

/**
 * A source of world time, injected into sessions so that nothing in Parley reads the wall clock.
 * `now()` returns an ISO 8601 date or date-time of the simulated world.
 */
export interface Clock {
  now(): string;
}

/**
 * A clock that always says `at` (the default for sessions: `1970-01-01`).
 *
 * @example
 * ```ts
 * const session = createSession(decider, { clock: fixedClock('2016-05-17') });
 * ```
 */
export function fixedClock(at = '1970-01-01'): Clock {
  if (!isWorldTime(at)) throw new UsageError(`fixedClock: "${at}" is not an ISO 8601 date or date-time`);
  return { now: () => at };
}

/**
 * A simulated clock that starts at `start` (a date) and moves only when told: `advance(days)`, `set(date)`.
 *
 * @example
 * ```ts
 * const clock = simulatedClock('2016-02-27');
 * clock.advance(7); clock.now(); // '2016-03-05'
 * ```
 */
export function simulatedClock(
  start: string,
): Clock & { advance(days?: number): string; set(at: string): void } {
  if (!isWorldTime(start)) throw new UsageError(`simulatedClock: "${start}" is not an ISO 8601 date`);
  let current = start;
  return {
    now: () => current,
    advance(days = 1) {
      current = addDays(current, days);
      return current;
    },
    set(at: string) {
      if (!isWorldTime(at)) throw new UsageError(`simulatedClock.set: "${at}" is not an ISO 8601 date`);
      current = at;
    },
  };
}
