import type { Policy } from '../../engine/types.js';
import type { IssgAction } from '../actions.js';
import type { IssgParams } from '../params.js';
import type { IssgView } from '../views.js';

/**
 * The built-in policy of a humanitarian agency: a Poisson number of convoy attempts a day to besieged
 * locations not yet reached; a convoy gets through with probability equal to the share of places holding,
 * otherwise access is denied (by the government, which controlled most sieges in 2016).
 *
 * @example
 * ```ts
 * humanitarianPolicy(resolveIssgParams())(view, rng); // [{ type: 'deliver-convoy', … }]
 * ```
 */
export function humanitarianPolicy(p: IssgParams): Policy<IssgView, IssgAction> {
  return (v, rng) => {
    if (v.kind !== 'humanitarian') return [];
    const n = rng.poisson(p.humanitarian.attemptRate);
    const out: IssgAction[] = [];
    for (let i = 0; i < n; i++) {
      const pending = v.besieged.filter((l) => !v.reached.has(l));
      const location = rng.pick(pending.length > 0 ? pending : v.besieged);
      out.push(
        rng.chance(v.holding)
          ? { type: 'deliver-convoy', at: v.at, location, by: v.self }
          : { type: 'deny-access', at: v.at, location, by: v.government },
      );
    }
    return out;
  };
}
