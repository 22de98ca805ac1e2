import { type RecordedEvent, UsageError } from '@parley/core';
import {
  type Analysis,
  analyse,
  type NegotiationEvent,
  negotiationRounds,
  type OutcomePlane,
  outcomePlane,
  type Preferences,
  type RoundView,
  runNegotiation,
  type Text,
} from '@parley/negotiation';
import { partyName } from '../view/names.js';
import { issgAgenda, issgRoleCards } from './index.js';
import type { IssgAgenda } from './types.js';

/** What a negotiation view shows: a run (or a log) of an ISSG agenda, round by round, with its analysis. */
export interface IssgNegotiationView {
  readonly agenda: IssgAgenda;
  readonly preferences: readonly Preferences[];
  /** The seed of the run; `null` for a log read back. */
  readonly seed: number | null;
  /** The strategy of each delegation and chair (empty for a log: the log does not say). */
  readonly strategies: Readonly<Record<string, string>>;
  readonly records: readonly RecordedEvent<NegotiationEvent>[];
  /** Round by round, in the ISSG's names (`Russia proposes …`), with the omniscient utilities. */
  readonly rounds: readonly RoundView[];
  readonly outcome: { readonly status: 'adopted' | 'failed' | 'open'; readonly text: Text | null };
  readonly analysis: Analysis;
  /** The outcome space for the two delegations on the axes, with `nash`, `real` and `simulated` marked. */
  readonly plane: OutcomePlane;
}

/** Where the view's negotiation comes from: a run (seed and strategies) or the records of a log. */
export type IssgNegotiationSource =
  | { readonly seed: number; readonly strategies?: Readonly<Record<string, string>> }
  | { readonly records: readonly RecordedEvent<NegotiationEvent>[] };

/**
 * The two delegations a 2-D chart shows by default: the co-chairs (the pen-holders), or the first two
 * delegations when the agenda has fewer than two chairs at the table.
 *
 * @example
 * ```ts
 * defaultAxes(issgAgenda('vienna-2016-05-17')); // ['us', 'ru']
 * ```
 */
export function defaultAxes(agenda: IssgAgenda): [string, string] {
  const chairs = agenda.chairs.filter((c) => agenda.parties.includes(c));
  const two = chairs.length >= 2 ? chairs : agenda.parties;
  return [two[0]!, two[1]!];
}

/**
 * One ISSG negotiation as the report and the viewer show it: run it (or read its log), then its rounds
 * in the ISSG's names with each delegation's utility of the draft, the analysis under the role cards, and
 * the outcome space for two delegations (default {@link defaultAxes}) with the Nash text, the real
 * outcome and the simulated one marked. Same input, same view.
 *
 * @example
 * ```ts
 * const view = issgNegotiationView('vienna-2016-05-17', { seed: 1 });
 * view.rounds[0]!.moves[0]!.sentence; // 'The US tables the draft (v1).'
 * view.plane.marks.map((m) => m.name); // ['nash', 'real', 'simulated']
 * ```
 */
export function issgNegotiationView(
  agendaId: string,
  source: IssgNegotiationSource,
  options: { readonly axes?: readonly [string, string]; readonly analysis?: Analysis } = {},
): IssgNegotiationView {
  const agenda = issgAgenda(agendaId);
  const preferences = issgRoleCards(agendaId).map((c) => c.preferences);
  let records: readonly RecordedEvent<NegotiationEvent>[];
  let strategies: Readonly<Record<string, string>> = {};
  let seed: number | null = null;
  if ('records' in source) {
    records = source.records;
  } else {
    const run = runNegotiation({
      agenda,
      preferences,
      seed: source.seed,
      ...(source.strategies ? { strategies: source.strategies } : {}),
    });
    records = run.records;
    strategies = run.strategies;
    seed = source.seed;
  }
  if (records.length === 0)
    throw new UsageError(`issgNegotiationView: the negotiation of ${agendaId} has no events`);
  const rounds = negotiationRounds(records, agenda, preferences, partyName);
  const last = rounds[rounds.length - 1];
  const status = last?.status === 'adopted' || last?.status === 'failed' ? last.status : 'open';
  const text = status === 'adopted' ? (last?.draft ?? null) : null;
  const analysis = options.analysis ?? analyse(agenda, preferences);
  const plane = outcomePlane(agenda, preferences, options.axes ?? defaultAxes(agenda), {
    marks: { nash: analysis.nash?.text, real: agenda.realOutcome, simulated: text },
  });
  return {
    agenda,
    preferences,
    seed,
    strategies,
    records,
    rounds,
    outcome: { status, text },
    analysis,
    plane,
  };
}
