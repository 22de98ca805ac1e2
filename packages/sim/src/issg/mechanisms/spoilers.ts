import { defineMechanism } from './mechanism.js';

/** Spoilers outside the arrangement (Stedman 1997; Kydd & Walter 2002). */
export const spoilers = defineMechanism({
  id: 'spoilers',
  title: 'Spoilers outside the arrangement',
  sources: [
    'Stedman 1997, International Security 22(2): limited, greedy and total spoilers',
    'Kydd & Walter 2002, International Organization 56(2): extremist violence as sabotage',
  ],
  description:
    'The UN-designated groups (isil, nusra) are never parties. They strike at a base rate that rises with the ' +
    'share of places holding (sabotage: violence is timed to wreck a peace that is working). A spoiler strike ' +
    'breaks a holding place with some probability, and part of the blame lands on a party fighting near it.',
  defaults: { enabled: true, strikeRate: 0.3, sabotage: 1.0, breakProbability: 0.5, blameShift: 0.4 },
  parameters: {
    enabled: 'switch the spoilers off (what if the designated groups were out of the fight?)',
    strikeRate: 'strikes per spoiler per day when nothing holds',
    sabotage: 'extra rate, as a multiple of strikeRate, times the share of places holding',
    breakProbability: 'probability that a spoiler strike breaks a holding place',
    blameShift: 'probability that a spoiler strike is reported against a party instead',
  },
});

/**
 * Daily strike rate of one spoiler given the share of places holding.
 *
 * @example
 * ```ts
 * spoilerRate(spoilers.defaults, 0.8); // 0.3 × (1 + 1.0 × 0.8)
 * ```
 */
export function spoilerRate(p: typeof spoilers.defaults, holding: number): number {
  return p.enabled ? p.strikeRate * (1 + p.sabotage * holding) : 0;
}
