import { compareAt, InvariantError, isWorldTime } from '@parley/core';
import type { IssgState } from '../state/types.js';
import { type IssgRule, RULES } from './rules.js';

/** Throw an `InvariantError` for `rule` unless `ok`. */
export function ensure(ok: boolean, rule: IssgRule, message: string): asserts ok {
  if (!ok) throw new InvariantError(rule, message);
}

/** A group is designated in this state (initially isil and nusra; more if listed later). */
export function isDesignated(state: IssgState, id: string): boolean {
  return state.designated.includes(id);
}

export function ensureNotDesignated(state: IssgState, ids: readonly string[], what: string): void {
  for (const id of ids)
    ensure(
      !isDesignated(state, id),
      RULES.designatedNeverParty,
      `"${id}" is designated by the UN Security Council and can never ${what}`,
    );
}

export function ensureNotExcluded(state: IssgState, ids: readonly string[], what: string): void {
  for (const id of ids)
    ensure(
      !state.hostilities.excludedParties.includes(id),
      RULES.excludedCannotSign,
      `"${id}" was excluded for non-compliance and cannot ${what}; reinstate it first (reinstate-party)`,
    );
}

export function ensureNonNegative(value: number | undefined, field: string): void {
  if (value === undefined) return;
  ensure(Number.isFinite(value) && value >= 0, RULES.negativeCount, `${field} must be ≥ 0, got ${value}`);
}

export function ensureNotEmpty(list: readonly string[], field: string): void {
  ensure(list.length > 0, RULES.emptyList, `${field} must name at least one id`);
}

/** The command's world time must be well formed and not before the state's last event. */
export function ensureTime(state: IssgState, at: string): void {
  if (!isWorldTime(at))
    throw new InvariantError(RULES.timeGoesBackwards, `command.at "${String(at)}" is not an ISO 8601 date`);
  if (state.at !== null)
    ensure(
      compareAt(at, state.at) >= 0,
      RULES.timeGoesBackwards,
      `command at ${at} is before the last event (${state.at})`,
    );
}
