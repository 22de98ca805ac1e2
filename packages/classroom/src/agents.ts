import type { AnyRecordedEvent, RecordedEvent } from '@parley/core';
import {
  type Agenda,
  linear,
  mediator,
  type NegotiationEvent,
  negotiationEvents,
  type Preferences,
  type Random,
  type Strategy,
  type StrategyView,
  seededRandom,
  strategyByName,
  streamSeed,
  visibleTo,
} from '@parley/negotiation';
import type { SeatAgent } from './negotiationGame.js';

const isNegotiationRecord = (r: AnyRecordedEvent): r is RecordedEvent<NegotiationEvent> =>
  negotiationEvents.has(r.type);

export interface StrategyAgentsOptions {
  /** Strategy per seat, by object or name (`boulware:0.2`); default: chairs `mediator`, others `linear`. */
  readonly strategies?: Readonly<Record<string, Strategy | string>>;
  /** Seed of the agents' random streams (default 1). */
  readonly seed?: number;
}

/** The turns agents have taken in a branch, from its `class-agent-turn` records: `seat:turn`. */
function turnsTaken(records: readonly AnyRecordedEvent[]): Set<string> {
  const out = new Set<string>();
  for (const r of records) {
    if (r.type !== 'class-agent-turn') continue;
    const d = r.data as { seat?: unknown; turn?: unknown };
    out.add(`${String(d.seat)}:${String(d.turn)}`);
  }
  return out;
}

/**
 * Agents for the empty seats of a class, playing the strategies of `@parley/negotiation` in the rhythm of
 * `runNegotiation`: in each round the pen-holder (the first chair present) opens, every other agent acts
 * once, and the pen-holder closes — each at most once per round and phase. Each sees only what its seat
 * may see (`visibleTo`), and its own preferences only.
 *
 * An agent keeps no memory of its own: which turns it has taken is in the log (the server records each
 * turn as `class-agent-turn` with the moves it made, in one append), its strategy reads the events its seat
 * sees, and its random stream is seeded by the turn (`seed`, seat, round, phase). So a server restarted on
 * the same log — or a second one — plays on exactly as the first would have.
 *
 * @example
 * ```ts
 * const game = negotiationGame(agenda, { roleCards, agent: strategyAgents(agenda, preferences) });
 * ```
 */
export function strategyAgents(
  agenda: Agenda,
  preferences: Readonly<Record<string, Preferences>>,
  options: StrategyAgentsOptions = {},
): SeatAgent {
  const seed = options.seed ?? 1;
  const strategies = new Map<string, Strategy>();
  const strategyOf = (seat: string): Strategy => {
    let s = strategies.get(seat);
    if (!s) {
      const given = options.strategies?.[seat];
      s =
        given === undefined
          ? agenda.chairs.includes(seat)
            ? mediator()
            : linear()
          : typeof given === 'string'
            ? strategyByName(given)
            : given;
      strategies.set(seat, s);
    }
    return s;
  };

  return (seat, state, records, agents) => {
    if (state.status !== 'open' || state.walkedOut.includes(seat)) return undefined;
    const taken = turnsTaken(records);
    const pen = (agenda.chairs.length > 0 ? agenda.chairs : agenda.parties).find(
      (c) => !state.walkedOut.includes(c),
    );
    const turn = (phase: string) => `${state.round}:${phase}`;
    const done = (who: string, phase: string) => taken.has(`${who}:${turn(phase)}`);
    let phase: StrategyView['phase'];
    if (seat === pen) {
      if (!done(seat, 'open')) phase = 'open';
      else {
        // the pen closes once the other agents have had their turn (students act when they like)
        const othersDone = agents.every((p) => p === seat || done(p, 'open'));
        if (!othersDone || done(seat, 'close')) return undefined;
        phase = 'close';
      }
    } else {
      if (done(seat, 'open')) return undefined;
      phase = 'open';
    }
    const rounds = agenda.deadline.rounds;
    const random: Random = seededRandom(streamSeed(seed, `${seat}:${turn(phase)}`));
    const view: StrategyView = {
      party: seat,
      agenda,
      preferences: preferences[seat],
      state,
      events: records.filter(
        (r): r is RecordedEvent<NegotiationEvent> => isNegotiationRecord(r) && visibleTo(r, seat),
      ),
      role: seat === pen ? 'pen' : 'member',
      phase,
      round: state.round,
      rounds,
      time: rounds <= 1 ? 1 : (state.round - 1) / (rounds - 1),
      random,
    };
    return {
      turn: turn(phase),
      commands: strategyOf(seat)
        .act(view)
        .map((c) => ({ ...c })),
    };
  };
}
