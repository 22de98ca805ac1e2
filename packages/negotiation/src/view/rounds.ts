import { createFolder, type RecordedEvent, UsageError } from '@parley/core';
import type { Agenda, Text } from '../agenda.js';
import { preferencesInOrder } from '../analysis/space.js';
import type { NegotiationEvent } from '../events.js';
import { type Preferences, utility } from '../preferences.js';
import { alternatingOffersProtocol } from '../protocol/alternatingOffers.js';
import { singleTextProtocol } from '../protocol/singleText.js';
import type { NegotiationStatus } from '../protocol/state.js';
import { type NegotiationMove, negotiationMoves } from './moves.js';

/** One round of a negotiation as a front end shows it. */
export interface RoundView {
  readonly round: number;
  /** The moves made in the round, in log order ({@link negotiationMoves}). */
  readonly moves: readonly NegotiationMove[];
  /** The text on the table at the end of the round (the adopted text, the draft or the standing offer). */
  readonly draft: Text | null;
  /** The issues whose option changed in the round (against the text at the end of the round before). */
  readonly changed: readonly string[];
  /**
   * Each delegation's utility of `draft` (omniscient: for debriefing, never shown to agents); `null` with
   * no text on the table; empty when no preferences were given.
   */
  readonly utilities: Readonly<Record<string, number | null>>;
  /** Delegations with a standing objection at the end of the round. */
  readonly objections: readonly string[];
  /** `open` while the negotiation goes on, `adopted` or `failed` in the round it ended. */
  readonly status: NegotiationStatus;
}

/**
 * A negotiation round by round, from its recorded events alone (a run's `records`, or a log read back
 * from disk): the moves of each round, the text on the table at its end, what changed, the standing
 * objections, and — given the delegations' preferences — each delegation's utility of that text. The
 * same numbers as `runNegotiation`'s `rounds` for a run, and the home of "the draft after each round" for
 * every front end.
 *
 * @example
 * ```ts
 * const run = runNegotiation({ agenda, preferences, seed: 1 });
 * const rounds = negotiationRounds(run.records, agenda, preferences);
 * rounds.map((r) => r.utilities.us); // [0.72, 0.74, 0.74]
 * ```
 */
export function negotiationRounds(
  records: readonly RecordedEvent<NegotiationEvent>[],
  agenda: Agenda,
  preferences?: readonly Preferences[] | Readonly<Record<string, Preferences>>,
  name?: (party: string) => string,
): RoundView[] {
  const first = records[0] as NegotiationEvent | undefined;
  if (records.length === 0) return [];
  if (first?.type !== 'negotiation-opened')
    throw new UsageError(
      `negotiationRounds: a negotiation log starts with negotiation-opened, not ${first?.type}; pass the whole log`,
    );
  if (first.data.agenda !== agenda.id)
    throw new UsageError(
      `negotiationRounds: the log negotiates "${first.data.agenda}", not the agenda "${agenda.id}"`,
    );
  const prefs = preferences ? preferencesInOrder(agenda, preferences) : [];
  const decider =
    first.data.protocol === 'alternating-offers'
      ? alternatingOffersProtocol(agenda)
      : singleTextProtocol(agenda);
  const folder = createFolder(decider);
  const moves = negotiationMoves(records, agenda, name);
  const out: RoundView[] = [];
  let before: Text | null = null;
  const close = (round: number) => {
    const s = folder.state;
    const draft = s.adopted ?? s.draft ?? s.offer?.text ?? null;
    out.push({
      round,
      moves: moves.filter((m) => m.round === round),
      draft,
      changed:
        draft === null ? [] : agenda.issues.filter((i) => before?.[i.id] !== draft[i.id]).map((i) => i.id),
      utilities: Object.fromEntries(prefs.map((p) => [p.party, draft === null ? null : utility(p, draft)])),
      objections: s.objections.map((o) => o.by),
      status: s.status,
    });
    before = draft;
  };
  records.forEach((r, i) => {
    folder.apply(r);
    const e = r as NegotiationEvent;
    // A round closes at its end, or when the negotiation ends in it (an adoption, a walk-out, the
    // deadline's failure, which follows the last round's end).
    const next = records[i + 1] as NegotiationEvent | undefined;
    if (e.type === 'round-ended' && next?.type !== 'negotiation-failed') close(e.data.round);
    if (e.type === 'text-adopted' || e.type === 'negotiation-failed') close(e.data.round);
  });
  // A log that stops inside a round (a negotiation still going on) shows that round so far.
  const last = records[records.length - 1] as NegotiationEvent;
  if (folder.state.status === 'open' && last.type !== 'round-ended') close(folder.state.round);
  return out;
}
