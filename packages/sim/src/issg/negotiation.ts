import { issgAgenda, issgRoleCards } from '@parley/issg';
import type { NegotiationModel } from '../negotiation/types.js';
import { issgConsequences } from './consequences.js';

/**
 * What a negotiation sweep of an ISSG agenda assumes when its options leave it open (modelling
 * assumptions, not findings): the co-chairs table and revise the text as mediators (the ISSG's practice:
 * the US and Russia drafted, members objected, S17, S38); every other delegation plays a strategy drawn
 * each run from time-dependent concession (Boulware e = 0.2, Linear, Conceder e = 2; Faratin et al. 1998)
 * and tit-for-tat. Hardliners are left out of the default mix: under consensus one hardliner among nine
 * blocks nearly every text; assign one with `strategies` to see it.
 */
export const ISSG_NEGOTIATION_DEFAULTS = {
  chairStrategy: 'mediator',
  mix: ['boulware:0.2', 'linear', 'conceder:2', 'tit-for-tat'],
} as const;

/**
 * The negotiation model of a built-in ISSG agenda: its agenda and role cards, the default strategies,
 * the real outcome, and the ceasefire model that follows an outcome (`issgConsequences`). Alternating
 * offers (Geneva) has no chair: both parties draw from the mix.
 *
 * @example
 * ```ts
 * issgNegotiationModel('vienna-2016-05-17').fixed; // { us: 'mediator', ru: 'mediator' }
 * ```
 */
export function issgNegotiationModel(agendaId: string): NegotiationModel {
  const agenda = issgAgenda(agendaId);
  const cards = issgRoleCards(agendaId);
  const fixed: Record<string, string> = {};
  for (const chair of agenda.chairs) fixed[chair] = ISSG_NEGOTIATION_DEFAULTS.chairStrategy;
  return {
    agenda,
    preferences: cards.map((c) => c.preferences),
    uncertain: cards.map((c) => c.uncertain),
    mix: ISSG_NEGOTIATION_DEFAULTS.mix,
    fixed,
    realOutcome: agenda.realOutcome,
    consequences: (text, days, seed, run) => issgConsequences(agendaId, text, days, seed, run),
  };
}
