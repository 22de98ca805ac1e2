import type { AnyRecordedEvent, RecordedEvent } from '@parley/core';
import {
  type Agenda,
  linear,
  mediator,
  type NegotiationCommand,
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

/**
 * Agents for the empty seats of a class, playing the strategies of `@parley/negotiation` in the rhythm of
 * `runNegotiation`: in each round the pen-holder (the first chair present) opens, every other agent acts
 * once, and the pen-holder closes — each at most once per round and phase, one command per call, so a
 * strategy never repeats itself while students think. Each sees only what its seat may see
 * (`visibleTo`), and its own preferences only.
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
  const randoms = new Map<string, Random>();
  const randomOf = (seat: string): Random => {
    let r = randoms.get(seat);
    if (!r) {
      r = seededRandom(streamSeed(seed, seat));
      randoms.set(seat, r);
    }
    return r;
  };
  /** `stream:round:seat:phase` of the acts done, and the commands still to send. */
  const done = new Set<string>();
  const queued = new Map<string, NegotiationCommand[]>();

  return (seat, state, records, agents) => {
    const pending = queued.get(seat);
    if (pending && pending.length > 0) return { ...pending.shift()! };
    if (state.status !== 'open' || state.walkedOut.includes(seat)) return undefined;
    const stream = records[0]?.stream ?? '';
    const pen = (agenda.chairs.length > 0 ? agenda.chairs : agenda.parties).find(
      (c) => !state.walkedOut.includes(c),
    );
    const key = (who: string, phase: string) => `${stream}:${state.round}:${who}:${phase}`;
    let phase: StrategyView['phase'];
    if (seat === pen) {
      if (!done.has(key(seat, 'open'))) phase = 'open';
      else {
        // the pen closes once the other agents have had their turn (students act when they like)
        const othersDone = agents.every((p) => p === seat || done.has(key(p, 'open')));
        if (!othersDone || done.has(key(seat, 'close'))) return undefined;
        phase = 'close';
      }
    } else {
      if (done.has(key(seat, 'open'))) return undefined;
      phase = 'open';
    }
    done.add(key(seat, phase));
    strategyOf(seat);
    const rounds = agenda.deadline.rounds;
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
      random: randomOf(seat),
    };
    const commands = [...strategyOf(seat).act(view)];
    const first = commands.shift();
    queued.set(seat, commands);
    return first ? { ...first } : undefined;
  };
}
