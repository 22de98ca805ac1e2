import {
  type Clock,
  createFolder,
  fixedClock,
  InvariantError,
  type RecordedEvent,
  recordOf,
  streamSeqIds,
  UsageError,
} from '@parley/core';
import type { Agenda, NegotiationProtocolName, Text } from '../agenda.js';
import { preferencesInOrder } from '../analysis/space.js';
import { type NegotiationCommand, TIMEKEEPER } from '../commands.js';
import type { NegotiationEvent } from '../events.js';
import { type Preferences, utility } from '../preferences.js';
import { alternatingOffersProtocol, proposerOf } from '../protocol/alternatingOffers.js';
import type { NegotiationProtocol } from '../protocol/singleText.js';
import { singleTextProtocol } from '../protocol/singleText.js';
import type { NegotiationState } from '../protocol/state.js';
import { visibleTo } from '../protocol/visibility.js';
import { seededRandom, streamSeed } from '../random.js';
import { linear, mediator, strategyByName } from '../strategies/catalog.js';
import type { Strategy, StrategyView } from '../strategies/types.js';
import { validatePreferences } from '../validate/preferences.js';

/** Options of {@link runNegotiation}. */
export interface RunNegotiationOptions {
  readonly agenda: Agenda;
  /** Every delegation's private preferences (an array, or a record by party). */
  readonly preferences: readonly Preferences[] | Readonly<Record<string, Preferences>>;
  /**
   * Strategy per party (a `Strategy` or its name, e.g. `boulware:0.2`). Defaults: `mediator` for chairs,
   * `linear` for the other delegations; `linear` for both parties under alternating offers, where
   * `mediator` is refused (nobody holds the pen).
   */
  readonly strategies?: Readonly<Record<string, Strategy | string>>;
  readonly seed: number;
  /** Rounds before the deadline (default: the agenda's `deadline.rounds`). */
  readonly roundsLimit?: number;
  /** World time of the records (default: a fixed clock at the agenda's source date, or 1970-01-01). */
  readonly clock?: Clock;
  /** Stream of the records (default `negotiation-<agenda id>`). */
  readonly stream?: string;
  /**
   * The protocol: `single-text` or `alternating-offers` (two delegations), or a function that builds a
   * protocol decider from the agenda. Default: the agenda's own `protocol`, else `single-text`.
   */
  readonly protocol?: NegotiationProtocolName | ((agenda: Agenda) => NegotiationProtocol);
}

/** One move a delegation made (a command the protocol accepted), or one it refused. */
export interface Move {
  readonly by: string;
  readonly command: NegotiationCommand;
  /** Set when the protocol refused the command: the rule it broke. */
  readonly refused?: string;
}

/** What happened in one round. */
export interface RoundSummary {
  readonly round: number;
  readonly moves: readonly Move[];
  /** The text on the table at the end of the round (the draft, or the standing offer). */
  readonly draft: Text | null;
  /** Each delegation's utility of that text (omniscient: for analysis and teaching, not for agents). */
  readonly utilities: Readonly<Record<string, number | null>>;
  /** Delegations with a standing objection at the end of the round. */
  readonly objections: readonly string[];
}

/** The result of {@link runNegotiation}. */
export interface NegotiationRun {
  /** The agenda's id. */
  readonly agenda: string;
  readonly seed: number;
  /** The strategy name of each delegation and chair. */
  readonly strategies: Readonly<Record<string, string>>;
  readonly outcome: {
    readonly status: 'adopted' | 'failed';
    readonly text: Text | null;
    /** The round the text was adopted or the negotiation failed in. */
    readonly round: number | null;
    readonly reason?: 'deadline' | 'walk-out';
  };
  readonly rounds: readonly RoundSummary[];
  readonly records: readonly RecordedEvent<NegotiationEvent>[];
}

function resolve(s: Strategy | string): Strategy {
  return typeof s === 'string' ? strategyByName(s) : s;
}

/**
 * Simulate a negotiation: the strategies (agents) play the protocol round by round — the pen-holder
 * (first chair present) opens each round, the other delegations act in a seeded random order, the
 * pen-holder closes it; the timekeeper ends the round, and the deadline fails the negotiation.
 * Each agent sees only its own preferences and the events visible to it. Deterministic: the same options
 * and seed give the same records, byte for byte.
 *
 * @example
 * ```ts
 * const run = runNegotiation({ agenda, preferences, seed: 1, strategies: { ir: 'boulware:0.2' } });
 * run.outcome; // { status: 'adopted', text: { … }, round: 3 }
 * ```
 */
export function runNegotiation(options: RunNegotiationOptions): NegotiationRun {
  const rounds = options.roundsLimit ?? options.agenda.deadline.rounds;
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new UsageError(`runNegotiation: roundsLimit must be an integer ≥ 1, got ${rounds}`);
  if (!Number.isInteger(options.seed))
    throw new UsageError(`runNegotiation: seed must be an integer, got ${options.seed}`);
  const agenda: Agenda = { ...options.agenda, deadline: { rounds } };
  // Only the delegations at the table; theirs must fit the agenda.
  const prefs = validatePreferences(agenda, preferencesInOrder(agenda, options.preferences));
  const prefOf = new Map(prefs.map((p) => [p.party, p]));
  const actors = [...agenda.parties, ...agenda.chairs.filter((c) => !agenda.parties.includes(c))];
  for (const name of Object.keys(options.strategies ?? {}))
    if (!actors.includes(name))
      throw new UsageError(
        `runNegotiation: a strategy is given for "${name}", who is not at the table; the table: ${actors.join(', ')}`,
      );
  const chosen = options.protocol ?? agenda.protocol ?? 'single-text';
  const offers = chosen === 'alternating-offers';
  const strategies = new Map(
    actors.map((p) => {
      const given = options.strategies?.[p];
      return [
        p,
        given !== undefined ? resolve(given) : agenda.chairs.includes(p) && !offers ? mediator() : linear(),
      ] as const;
    }),
  );
  // The mediator holds the pen of a single negotiating text; alternating offers have no pen, and a
  // "mediator" there would only accept anything above its reservation: refuse it rather than mislead.
  if (offers)
    for (const [p, s] of strategies)
      if (s.name === 'mediator')
        throw new UsageError(
          `runNegotiation: "${p}" plays mediator, but agenda "${agenda.id}" is negotiated by alternating offers, where nobody holds the pen; give ${p} boulware, linear, conceder, tit-for-tat or hardliner`,
        );
  const protocol =
    chosen === 'alternating-offers'
      ? alternatingOffersProtocol
      : chosen === 'single-text'
        ? singleTextProtocol
        : chosen;
  const decider = protocol(agenda);
  const stream = options.stream ?? `negotiation-${agenda.id}`;
  const clock = options.clock ?? fixedClock(agenda.source?.date ?? '1970-01-01');
  const folder = createFolder(decider);
  const records: RecordedEvent<NegotiationEvent>[] = [];
  const visible = new Map(actors.map((p) => [p, [] as RecordedEvent<NegotiationEvent>[]]));
  const randoms = new Map(actors.map((p) => [p, seededRandom(streamSeed(options.seed, p))]));
  const order = seededRandom(streamSeed(options.seed, TIMEKEEPER));
  let moves: Move[] = [];

  const dispatch = (command: NegotiationCommand): void => {
    let events: ReturnType<typeof decider.decide>;
    try {
      events = decider.decide(command, folder.state);
    } catch (e) {
      if (e instanceof InvariantError) {
        moves.push({ by: command.by, command, refused: e.rule });
        return;
      }
      throw e;
    }
    const at = clock.now();
    for (const ev of events) {
      const seq = records.length + 1;
      const record = recordOf(
        {
          stream,
          seq,
          id: streamSeqIds(stream, seq),
          at: ev.at ?? at,
          v: decider.events?.version(ev.type) ?? 1,
        },
        {
          type: ev.type,
          data: decider.events ? decider.events.validateData(ev.type, ev.data) : ev.data,
        } as NegotiationEvent,
        { actor: command.by },
      );
      folder.apply(record);
      records.push(record);
      for (const [p, list] of visible) if (visibleTo(record, p)) list.push(record);
    }
    if (command.type !== 'end-round' && command.type !== 'open-negotiation')
      moves.push({ by: command.by, command });
  };

  const state = (): NegotiationState => folder.state;
  const act = (party: string, role: StrategyView['role'], phase: StrategyView['phase']) => {
    if (state().status !== 'open' || state().walkedOut.includes(party)) return;
    const round = state().round;
    const view: StrategyView = {
      party,
      agenda,
      preferences: prefOf.get(party),
      state: state(),
      events: visible.get(party)!,
      role,
      phase,
      round,
      rounds,
      time: rounds <= 1 ? 1 : (round - 1) / (rounds - 1),
      random: randoms.get(party)!,
    };
    for (const c of strategies.get(party)!.act(view)) {
      if (state().status !== 'open') return;
      dispatch(c.by === party ? c : { ...c, by: party });
    }
  };

  const summaries: RoundSummary[] = [];
  const summarise = (round: number) => {
    const s = state();
    const text = s.adopted ?? s.draft ?? s.offer?.text ?? null;
    summaries.push({
      round,
      moves,
      draft: text,
      utilities: Object.fromEntries(prefs.map((p) => [p.party, text === null ? null : utility(p, text)])),
      objections: s.objections.map((o) => o.by),
    });
    moves = [];
  };

  dispatch({ type: 'open-negotiation', by: TIMEKEEPER });
  const alternating = state().protocol === 'alternating-offers';
  while (state().status === 'open') {
    const round = state().round;
    if (alternating) {
      act(proposerOf(agenda, round), 'offer', 'open');
    } else {
      // The pen: the first chair present (with no chairs, the first delegation present).
      const pen =
        (agenda.chairs.length > 0 ? agenda.chairs : agenda.parties).find(
          (c) => !state().walkedOut.includes(c),
        ) ?? null;
      const members = actors.filter((p) => p !== pen);
      // Fisher–Yates with the timekeeper's stream: the order delegations speak in this round.
      for (let i = members.length - 1; i > 0; i--) {
        const j = Math.floor(order() * (i + 1));
        [members[i], members[j]] = [members[j]!, members[i]!];
      }
      if (pen !== null) act(pen, 'pen', 'open');
      for (const m of members) act(m, 'member', 'open');
      if (pen !== null) act(pen, 'pen', 'close');
    }
    if (state().status === 'open') dispatch({ type: 'end-round', by: TIMEKEEPER });
    summarise(round);
  }
  const final = state();
  return {
    agenda: agenda.id,
    seed: options.seed,
    strategies: Object.fromEntries([...strategies].map(([p, s]) => [p, s.name])),
    outcome: {
      status: final.status === 'adopted' ? 'adopted' : 'failed',
      text: final.adopted,
      round: final.endedIn,
      ...(final.failure !== null ? { reason: final.failure } : {}),
    },
    rounds: summaries,
    records,
  };
}
