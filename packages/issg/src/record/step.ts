import type { ScenarioStep } from '@parley/core';
import type { IssgCommand } from '../commands/types.js';
import { cite } from './sources.js';

/** A step of the record: a command with its sources, flag and note. */
export type RecordStep = ScenarioStep<IssgCommand>;

/**
 * Make a record step from a command and its source keys (issg-chronology.md).
 *
 * @example
 * ```ts
 * step({ type: 'set-goal', at: '2016-05-17', goal: 'comprehensive-ceasefire' }, ['S39'], 'verified');
 * ```
 */
export function step(
  command: IssgCommand,
  keys: readonly string[],
  flag: 'verified' | 'partial' | 'unverified' = 'verified',
  note?: string,
): RecordStep {
  return { command, meta: cite(keys, flag, note) };
}
