import { InvariantError } from '@parley/core';

/**
 * The rules the negotiation protocols enforce, by stable id. A refused command throws
 * `InvariantError(rule, message)`; callers (the CLI, the classroom, agents) branch on `error.rule`, people
 * read the message, which says what to do instead. Listed with their meaning in docs/negotiation.md.
 */
export const NEGOTIATION_RULES = {
  notOpen: 'negotiation/not-open',
  alreadyOpen: 'negotiation/already-open',
  ended: 'negotiation/ended',
  unknownParty: 'negotiation/unknown-party',
  walkedOut: 'negotiation/walked-out',
  chairOnly: 'negotiation/chair-only',
  invalidText: 'negotiation/invalid-text',
  noDraft: 'negotiation/no-draft',
  amendmentNoChange: 'negotiation/amendment-no-change',
  unknownAmendment: 'negotiation/unknown-amendment',
  alreadyObjecting: 'negotiation/already-objecting',
  noObjection: 'negotiation/no-objection',
  decisionRuleNotMet: 'negotiation/decision-rule-not-met',
  wrongProtocol: 'negotiation/wrong-protocol',
  notYourTurn: 'negotiation/not-your-turn',
  noOffer: 'negotiation/no-offer',
  ownOffer: 'negotiation/own-offer',
  unknownAddressee: 'negotiation/unknown-addressee',
} as const;

/** A rule id of the negotiation protocols. */
export type NegotiationRule = (typeof NEGOTIATION_RULES)[keyof typeof NEGOTIATION_RULES];

/** One line per rule, for people (docs, error explanations, the classroom). */
export const NEGOTIATION_RULE_DESCRIPTIONS: Readonly<Record<NegotiationRule, string>> = {
  'negotiation/not-open': 'nothing happens before the negotiation is opened (open-negotiation)',
  'negotiation/already-open': 'a negotiation is opened once',
  'negotiation/ended':
    'an adopted or failed negotiation accepts no more commands; fork it to explore another course',
  'negotiation/unknown-party': 'only the delegations and chairs of the agenda (and the timekeeper) act',
  'negotiation/walked-out': 'a delegation that walked out can no longer act',
  'negotiation/chair-only':
    'only a chair tables drafts, rules on amendments, calls for adoption and ends rounds (with no chairs, any delegation chairs)',
  'negotiation/invalid-text': 'a text picks one known option for every issue of the agenda, and nothing else',
  'negotiation/no-draft': 'amendments, objections and adoption need a draft on the table',
  'negotiation/amendment-no-change':
    'an amendment changes the draft: it picks another option than the draft has',
  'negotiation/unknown-amendment': 'only a pending amendment is accepted or rejected',
  'negotiation/already-objecting': 'a delegation has one standing objection at a time',
  'negotiation/no-objection': 'only a standing objection is withdrawn',
  'negotiation/decision-rule-not-met':
    'a text is adopted only when the decision rule is met (under consensus, no standing objection)',
  'negotiation/wrong-protocol': 'a command of the other protocol (table-draft vs make-offer) is refused',
  'negotiation/not-your-turn': 'under alternating offers, the parties take turns to offer',
  'negotiation/no-offer': 'an offer is accepted only while one stands',
  'negotiation/own-offer': 'a party does not accept its own offer',
  'negotiation/unknown-addressee': "a message goes to 'all' or to a delegation or chair of the agenda",
};

/**
 * Throw an `InvariantError` for `rule` unless `ok`. The message may be a function, built only when the
 * rule is broken (messages list the valid choices, and commands are checked in hot loops).
 */
export function ensure(ok: boolean, rule: NegotiationRule, message: string | (() => string)): asserts ok {
  if (!ok) throw new InvariantError(rule, typeof message === 'function' ? message() : message);
}
