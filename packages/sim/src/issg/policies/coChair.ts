import type { Policy } from '../../engine/types.js';
import type { IssgAction } from '../actions.js';
import type { IssgParams } from '../params.js';
import type { IssgView } from '../views.js';

/**
 * The built-in policy of the enforcing co-chair (the US in the task force): declare the collapse when the
 * cessation has stopped holding for days, adopt the non-compliance rule when violence passes a level, refer
 * parties with too many verified violations, and exclude referred parties (exclusion as a deterrent).
 *
 * @example
 * ```ts
 * enforcerPolicy(resolveIssgParams())(view, rng);
 * ```
 */
export function enforcerPolicy(p: IssgParams): Policy<IssgView, IssgAction> {
  return (v, rng) => {
    if (v.kind !== 'co-chair' || v.status !== 'cessation') return [];
    if (v.lowDays >= p.baseline.collapseDays)
      return [
        { type: 'declare-collapse', at: v.at, declaredBy: v.self, reason: 'the cessation no longer holds' },
      ];
    const x = p.exclusion;
    if (!x.enabled) return [];
    if (!v.nonComplianceRule)
      return 1 - v.holding >= x.ruleAbove
        ? [{ type: 'adopt-non-compliance-rule', at: v.at, referralTo: 'ISSG ministers' }]
        : [];
    const out: IssgAction[] = [];
    for (const party of v.parties) {
      if (v.referrals.includes(party)) {
        if (rng.chance(x.excludeProbability)) out.push({ type: 'exclude-party', at: v.at, party });
      } else if ((v.verified.get(party) ?? 0) >= x.referAfter)
        out.push({ type: 'refer-non-compliance', at: v.at, party, by: v.self });
    }
    return out;
  };
}

/**
 * The built-in policy of the guaranteeing co-chair (Russia in the task force): when monitoring is on and the
 * cessation frays, reaffirm it locally (a "regime of calm", as in Latakia and Eastern Ghouta in 2016), which
 * calms part of the broken places.
 *
 * @example
 * ```ts
 * guarantorPolicy(resolveIssgParams())(view, rng);
 * ```
 */
export function guarantorPolicy(p: IssgParams): Policy<IssgView, IssgAction> {
  return (v, rng) => {
    if (v.kind !== 'co-chair' || v.status !== 'cessation' || !p.monitoring.enabled) return [];
    if (v.holding < 0.7 && rng.chance(p.monitoring.reaffirmRate))
      return [{ type: 'extend-locally', at: v.at, area: rng.pick(v.locations), hours: 72 }];
    return [];
  };
}
