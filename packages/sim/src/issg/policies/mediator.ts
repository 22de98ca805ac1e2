import { addDays, daysBetween } from '@parley/core';
import type { Policy } from '../../engine/types.js';
import type { IssgAction } from '../actions.js';
import type { IssgView } from '../views.js';

/** Constants of the mediator's built-in policy. */
export const MEDIATOR_DEFAULTS = {
  /** Share of places holding needed to call or resume talks. */
  callAbove: 0.5,
  /** Daily probability of calling talks when the ground allows. */
  callRate: 0.15,
  /** Days from calling talks to opening them. */
  lead: 10,
  /** Length of a round, in days (the 2016 rounds ran about two weeks). */
  roundDays: 12,
  /** Days between rounds. */
  gapDays: 21,
} as const;

/**
 * The built-in policy of the UN mediator: call talks when enough of the cessation holds, open them on the
 * date, end a round after about two weeks with a date for the next, pause them when a delegation walks out.
 *
 * @example
 * ```ts
 * mediatorPolicy()(view, rng);
 * ```
 */
export function mediatorPolicy(
  c: typeof MEDIATOR_DEFAULTS = MEDIATOR_DEFAULTS,
): Policy<IssgView, IssgAction> {
  return (v, rng) => {
    if (v.kind !== 'mediator' || v.parties.length === 0) return [];
    const t = v.talks;
    const due = t.nextDate !== null && t.nextDate <= v.at;
    switch (t.status) {
      case 'not-scheduled':
      case 'adjourned':
        if (due || (v.holding >= c.callAbove && rng.chance(c.callRate)))
          return [{ type: 'schedule-talks', at: v.at, date: due ? v.at : addDays(v.at, c.lead) }];
        return [];
      case 'scheduled':
        return due || t.nextDate === null
          ? [{ type: 'open-talks', at: v.at, parties: [...v.parties], place: 'Geneva' }]
          : [];
      case 'paused':
        // resuming takes preparation: about `lead` days once the ground allows (in 2016: 25 Feb → 14 Mar)
        if (v.holding >= c.callAbove && (due || t.nextDate === null) && rng.chance(1 / c.lead))
          return [{ type: 'open-talks', at: v.at, parties: [...v.parties], place: 'Geneva' }];
        return [];
      case 'in-session':
        if (t.postponedBy.length > 0 && rng.chance(0.3))
          return [
            {
              type: 'pause-talks',
              at: v.at,
              until: null,
              reason: 'a delegation postponed its participation',
            },
          ];
        if (t.since !== null && daysBetween(t.since, v.at) >= c.roundDays)
          return [{ type: 'end-round', at: v.at, nextDate: addDays(v.at, c.gapDays) }];
        return [];
    }
  };
}
