import { InvariantError, UsageError } from '@parley/core';
import type { Agenda } from '../agenda.js';
import type { NegotiationCommand } from '../commands.js';
import { describeDecisionRule } from '../decisionRule.js';
import { negotiationEvents } from '../events.js';
import { decideShared, ensureActor, ensureOpen, ensureText, type Out, orderedText } from './common.js';
import { evolveNegotiation } from './evolve.js';
import { ensure, NEGOTIATION_RULES as R } from './rules.js';
import type { NegotiationProtocol } from './singleText.js';
import { initialNegotiationState, type NegotiationState } from './state.js';

/**
 * Whose turn it is in a round of alternating offers: the first delegation of the agenda in odd rounds,
 * the second in even ones.
 *
 * @example
 * ```ts
 * proposerOf(agenda, 2); // 'ru' for parties ['us', 'ru']
 * ```
 */
export function proposerOf(agenda: Agenda, round: number): string {
  return agenda.parties[(Math.max(1, round) - 1) % agenda.parties.length]!;
}

function decideOffers(agenda: Agenda, c: NegotiationCommand, state: NegotiationState): Out {
  switch (c.type) {
    case 'open-negotiation':
    case 'walk-out':
    case 'end-round':
    case 'send-message':
      return decideShared(agenda, 'alternating-offers', c, state);
    case 'make-offer':
    case 'accept-offer': {
      ensureOpen(state);
      ensureActor(agenda, state, c.by);
      const turn = proposerOf(agenda, state.round);
      ensure(
        c.by === turn,
        R.notYourTurn,
        () =>
          `round ${state.round} is "${turn}"'s turn to offer or accept; "${c.by}" moves in the next round (or sends a message)`,
      );
      if (c.type === 'make-offer') {
        ensureText(agenda, c.text);
        return [
          { type: 'offer-made', data: { by: c.by, text: orderedText(agenda, c.text), round: state.round } },
        ];
      }
      const offer = state.offer;
      ensure(offer !== null, R.noOffer, 'there is no offer to accept; make one (make-offer)');
      ensure(
        offer.by !== c.by,
        R.ownOffer,
        () => `the standing offer is "${c.by}"'s own; wait for the other party's offer, or make a new one`,
      );
      return [
        {
          type: 'text-adopted',
          data: {
            text: orderedText(agenda, offer.text),
            round: state.round,
            supporters: [offer.by, c.by],
            decisionRule: describeDecisionRule(agenda.decisionRule),
          },
        },
      ];
    }
    case 'table-draft':
    case 'propose-amendment':
    case 'accept-amendment':
    case 'reject-amendment':
    case 'raise-objection':
    case 'withdraw-objection':
    case 'adopt-text':
      throw new InvariantError(
        R.wrongProtocol,
        `${c.type} belongs to the single negotiating text; under alternating offers the party whose turn it is makes an offer (make-offer) or accepts the other's (accept-offer)`,
      );
  }
}

/**
 * Alternating offers for two parties (Rubinstein 1982; the US–Russia arrangement of 9 Sep 2016): the
 * parties take turns, one per round — the first delegation of the agenda in odd rounds — and on its turn
 * a party either makes an offer (a whole text, which replaces the standing one) or accepts the other's
 * standing offer, which adopts it. At the deadline (the last round's end) the negotiation fails. As with
 * the single text, the decider knows no preferences: red lines are the parties' to defend.
 *
 * @example
 * ```ts
 * const decider = alternatingOffersProtocol({ ...agenda, parties: ['us', 'ru'], chairs: [] });
 * decider.decide({ type: 'make-offer', by: 'us', text }, state);
 * ```
 */
export function alternatingOffersProtocol(agenda: Agenda): NegotiationProtocol {
  if (agenda.parties.length !== 2)
    throw new UsageError(
      `alternatingOffersProtocol: agenda "${agenda.id}" has ${agenda.parties.length} delegations; alternating offers are bilateral — use singleTextProtocol for more`,
    );
  return {
    name: 'alternating-offers',
    version: '1',
    events: negotiationEvents,
    initial: () => initialNegotiationState('alternating-offers', agenda.id),
    decide: (c, state) => decideOffers(agenda, c, state),
    evolve: evolveNegotiation,
    isTerminal: (state) => state.status === 'adopted' || state.status === 'failed',
  };
}
