import { defineMechanism } from './mechanism.js';

/** Veto players (Cunningham 2006; Tsebelis 2002). */
export const vetoPlayers = defineMechanism({
  id: 'vetoPlayers',
  title: 'Veto players',
  sources: [
    'Cunningham 2006, AJPS 50(4):875–892: more veto players, smaller bargaining range, longer wars',
    'Tsebelis 2002, Veto Players',
  ],
  description:
    'Every party signed on is a veto player. The longer the arrangement runs without a political settlement, the ' +
    'more each party is tempted to hold out: its strike rate grows by `pressure` per month for every other veto ' +
    'player (a smaller bargaining range), at half speed while talks are in session. Each day each veto player may ' +
    'also walk out when things go badly (probability `walkout` × share of broken places), which collapses the ' +
    'arrangement.',
  defaults: { enabled: true, pressure: 0.85, inSessionRelief: 0.5, walkout: 0.003 },
  parameters: {
    enabled: 'switch holdout pressure and walk-outs off',
    pressure: 'growth of a party’s strike rate per month of arrangement, per other veto player',
    inSessionRelief: 'share of the monthly pressure that still builds while talks are in session',
    walkout: 'daily probability that a veto player walks out, times the share of broken places',
  },
});

/**
 * Multiplier of a party's strike rate from accumulated holdout pressure.
 *
 * @example
 * ```ts
 * vetoMultiplier(vetoPlayers.defaults, 2, 1.5); // 1 + 0.9 × 1 × 1.5
 * ```
 */
export function vetoMultiplier(p: typeof vetoPlayers.defaults, players: number, months: number): number {
  return p.enabled ? 1 + p.pressure * Math.max(0, players - 1) * months : 1;
}
