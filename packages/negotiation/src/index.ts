/**
 * `@parley/negotiation`: bargaining in general — agendas (issues × options), preferences (role cards),
 * protocols as deciders, strategies (agents) and analysis (Pareto, Nash, Kalai–Smorodinsky, ZOPA).
 * Depends on `@parley/core` only; knows nothing of Syria.
 *
 * @packageDocumentation
 */
export type { Agenda, AgendaIssue, IssueOption, NegotiationProtocolName, Text } from './agenda.js';
export type { Analysis, AnalysisOptions, SolutionPoint } from './analysis/analyse.js';
export { analyse } from './analysis/analyse.js';
export { vetoPlayers } from './analysis/winning.js';
export type { Addressee, NegotiationCommand, NegotiationCommandName } from './commands.js';
export { NEGOTIATION_COMMANDS, TIMEKEEPER } from './commands.js';
export type { DecisionRule } from './decisionRule.js';
export { describeDecisionRule, meetsDecisionRule } from './decisionRule.js';
export type { NegotiationEvent, NegotiationEventData, NegotiationEventType } from './events.js';
export { negotiationEvents } from './events.js';
export type { Preferences, RoleCard, UncertainPreferences } from './preferences.js';
export { acceptable, crossesRedLine, utility } from './preferences.js';
export { alternatingOffersProtocol, proposerOf } from './protocol/alternatingOffers.js';
export { standingVote } from './protocol/common.js';
export { evolveNegotiation } from './protocol/evolve.js';
export type { NegotiationRule } from './protocol/rules.js';
export { NEGOTIATION_RULE_DESCRIPTIONS, NEGOTIATION_RULES } from './protocol/rules.js';
export type { NegotiationProtocol } from './protocol/singleText.js';
export { singleTextProtocol } from './protocol/singleText.js';
export type {
  Amendment,
  DraftVersion,
  NegotiationState,
  NegotiationStatus,
  Objection,
  Offer,
} from './protocol/state.js';
export { initialNegotiationState } from './protocol/state.js';
export { visibleTo } from './protocol/visibility.js';
export type { Random } from './random.js';
export { seededRandom, streamSeed } from './random.js';
export type { Move, NegotiationRun, RoundSummary, RunNegotiationOptions } from './run/runNegotiation.js';
export { runNegotiation } from './run/runNegotiation.js';
export {
  boulware,
  conceder,
  hardliner,
  linear,
  mediator,
  STRATEGY_NAMES,
  strategyByName,
  timeDependent,
  titForTat,
} from './strategies/catalog.js';
export { chairMoves, proposal } from './strategies/chair.js';
export { acceptableAt, memberMoves } from './strategies/member.js';
export { offerMoves } from './strategies/offers.js';
export { draftsAtRoundEnds, idealText, idealUtility, timeDependentTarget } from './strategies/targets.js';
export type { Strategy, StrategyView } from './strategies/types.js';
export { drawPreferences } from './uncertain.js';
export { agendaSchema, parseAgenda } from './validate/agenda.js';
export { validatePreferences } from './validate/preferences.js';
export type { MoveContext, NegotiationMove } from './view/moves.js';
export { describeNegotiationEvent, negotiationMoves } from './view/moves.js';
export type { OutcomePlane, OutcomePlaneOptions, PlaneMark, PlanePoint } from './view/plane.js';
export { outcomePlane } from './view/plane.js';
export type { RoundView } from './view/rounds.js';
export { negotiationRounds } from './view/rounds.js';
export { OUTCOME_MARKS, PARTY_COLOURS } from './view/style.js';
