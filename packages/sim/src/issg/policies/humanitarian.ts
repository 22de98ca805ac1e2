import type { Policy } from '../../engine/types.js';
import type { IssgAction } from '../actions.js';
import type { IssgParams } from '../params.js';
import type { IssgView } from '../views.js';

/** Tonnes a delivered sortie drops (modelling assumption: the order of WFP's high-altitude drops over
 * Deir ez-Zor in 2016; the model does not use the tonnage). */
const AIR_DROP_TONNES = 20;

/**
 * The built-in policy of a humanitarian agency: a Poisson number of convoy attempts a day to besieged
 * locations not yet reached; a convoy gets through with probability equal to the share of places holding,
 * otherwise access is denied (by the government, which controlled most sieges in 2016). Once a statement's
 * air-drop trigger has passed, it flies air-drop sorties to the locations still unreached.
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
    // Authorised air drops, once triggered, while access stays low (a modelling assumption, see the
    // humanitarian mechanism). No draw at all without an authorisation, so runs without one are unchanged.
    const h = p.humanitarian;
    if (
      v.airDropsFrom !== null &&
      v.at >= v.airDropsFrom &&
      v.reached.size < h.airDropBelow * v.besieged.length
    ) {
      const pending = v.besieged.filter((l) => !v.reached.has(l));
      if (pending.length > 0 && rng.chance(h.airDropRate)) {
        const location = rng.pick(pending);
        const delivered = rng.chance(h.airDropSuccess);
        out.push({
          type: 'air-drop',
          at: v.at,
          location,
          by: v.self,
          tonnes: delivered ? AIR_DROP_TONNES : 0,
          outcome: delivered ? 'delivered' : 'failed',
        });
      }
    }
    return out;
  };
}
