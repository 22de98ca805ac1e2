import type { Policy } from '../../engine/types.js';
import type { IssgAction } from '../actions.js';
import { vetoMultiplier } from '../mechanisms/vetoPlayers.js';
import type { IssgParams } from '../params.js';
import type { IssgView } from '../views.js';

/**
 * The built-in policy of a Syrian party (government or opposition). Each day it disputes reports against it
 * (attribution), may walk out (veto players), may postpone or resume its part in the talks (opposition),
 * and strikes a Poisson number of times at a rate its situation sets: base rate × holdout pressure ×
 * (if bound) monitoring deterrence × humanitarian relief × exclusion deterrence × a standing
 * non-compliance rule's deterrence, or (if excluded) the
 * unbound multiplier × retaliation.
 *
 * @example
 * ```ts
 * const policy = armedPartyPolicy(resolveIssgParams());
 * policy(view, rng); // e.g. [{ type: 'strike', by: 'syria-gov' }]
 * ```
 */
export function armedPartyPolicy(p: IssgParams): Policy<IssgView, IssgAction> {
  return (v, rng) => {
    if (v.kind !== 'party' || v.role === 'spoiler') return [];
    const out: IssgAction[] = [];
    if (p.attribution.enabled)
      for (const b of v.blamed)
        if (rng.chance(b.mine ? p.attribution.disputeIfGuilty : p.attribution.disputeIfInnocent))
          out.push({ type: 'dispute-violation', at: v.at, violation: b.violation, by: v.self });
    const inForce = v.status === 'cessation' || v.status === 'ceasefire';
    if (
      v.bound &&
      inForce &&
      p.vetoPlayers.enabled &&
      rng.chance(p.vetoPlayers.walkout * (1 - v.frontHolding))
    )
      out.push({ type: 'declare-collapse', at: v.at, declaredBy: v.self, reason: 'a party walked out' });
    if (v.role === 'opposition') {
      if (v.talks === 'in-session' && v.inTalks && !v.postponed && v.frontHolding < 0.45 && rng.chance(0.1))
        out.push({
          type: 'postpone-participation',
          at: v.at,
          party: v.self,
          reason: 'violations on the ground',
        });
      else if (v.postponed && v.frontHolding > 0.6 && rng.chance(0.1))
        out.push({ type: 'resume-participation', at: v.at, party: v.self });
    }
    const base = v.role === 'government' ? p.baseline.governmentRate : p.baseline.oppositionRate * v.share;
    let rate = base;
    if (inForce) rate *= vetoMultiplier(p.vetoPlayers, v.vetoPlayers, v.pressureMonths);
    if (!v.bound && inForce && p.exclusion.enabled) rate *= p.exclusion.unboundFight;
    if (v.bound && inForce) {
      if (p.monitoring.enabled && v.monitored) rate *= 1 - p.monitoring.deterrence;
      if (p.humanitarian.enabled) rate *= 1 - p.humanitarian.complianceWeight * v.access;
      if (p.exclusion.enabled) rate *= 1 - p.exclusion.deterrence * v.deterrence;
      if (p.exclusion.enabled && v.standingRule) rate *= 1 - p.exclusion.standingRule;
    }
    if (p.titForTat.enabled) rate *= 1 + p.titForTat.retaliation * v.grudge;
    const n = rng.poisson(rate);
    for (let i = 0; i < n; i++) out.push({ type: 'strike', by: v.self });
    return out;
  };
}
