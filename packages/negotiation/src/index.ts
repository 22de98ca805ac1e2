/**
 * `@parley/negotiation`: bargaining in general — agendas (issues × options), preferences (role cards),
 * protocols as deciders, strategies (agents) and analysis (Pareto, Nash, Kalai–Smorodinsky, ZOPA).
 * Depends on `@parley/core` only; knows nothing of Syria.
 *
 * @packageDocumentation
 */
export type { Agenda, AgendaIssue, IssueOption, Text } from './agenda.js';
export type { Addressee, NegotiationCommand, NegotiationCommandName } from './commands.js';
export { NEGOTIATION_COMMANDS } from './commands.js';
export type { DecisionRule } from './decisionRule.js';
export { describeDecisionRule, meetsDecisionRule } from './decisionRule.js';
export type { Preferences, RoleCard, UncertainPreferences } from './preferences.js';
export { acceptable, crossesRedLine, utility } from './preferences.js';
