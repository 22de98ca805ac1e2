import type { Policy } from '../../engine/types.js';
import type { IssgAction } from '../actions.js';
import { spoilerRate } from '../mechanisms/spoilers.js';
import type { IssgParams } from '../params.js';
import type { IssgView } from '../views.js';

/**
 * The built-in policy of a group outside the arrangement (isil, nusra): strike more when peace is working
 * (Kydd & Walter's sabotage), never negotiate.
 *
 * @example
 * ```ts
 * spoilerPolicy(resolveIssgParams())(view, rng); // [{ type: 'strike', by: 'nusra' }, …]
 * ```
 */
export function spoilerPolicy(p: IssgParams): Policy<IssgView, IssgAction> {
  return (v, rng) => {
    if (v.kind !== 'party') return [];
    const n = rng.poisson(spoilerRate(p.spoilers, v.frontHolding));
    const out: IssgAction[] = [];
    for (let i = 0; i < n; i++) out.push({ type: 'strike', by: v.self });
    return out;
  };
}
