import type { RecordedEvent } from '@parley/core';
import type { Agenda } from '../agenda.js';
import type { NegotiationCommand } from '../commands.js';
import type { NegotiationEvent } from '../events.js';
import type { Preferences } from '../preferences.js';
import type { NegotiationState } from '../protocol/state.js';
import type { Random } from '../random.js';

/**
 * What a delegation's agent knows when it acts: its own preferences (its role card), the public state,
 * and the events it may see (public ones and its own private messages) — never another delegation's
 * preferences.
 */
export interface StrategyView {
  readonly party: string;
  readonly agenda: Agenda;
  /** Its own preferences; undefined for a chair without any (a pure mediator). */
  readonly preferences: Preferences | undefined;
  readonly state: NegotiationState;
  /** The events visible to this party, oldest first. */
  readonly events: readonly RecordedEvent<NegotiationEvent>[];
  /**
   * `pen`: this party holds the pen (the first chair present): it tables and revises the draft, rules on
   * amendments and calls for adoption. `member`: it objects, amends, withdraws (other chairs too).
   * `offer`: its turn under alternating offers.
   */
  readonly role: 'pen' | 'member' | 'offer';
  /**
   * Single text: the pen acts at the `open` and at the `close` of each round, members in between.
   * Alternating offers: always `open`.
   */
  readonly phase: 'open' | 'close';
  readonly round: number;
  /** Rounds before the deadline. */
  readonly rounds: number;
  /** Normalised time `t = (round − 1) / (rounds − 1)` in [0, 1] (1 when there is one round). */
  readonly time: number;
  /** This party's own seeded random stream. */
  readonly random: Random;
}

/**
 * An agent's policy: given what it sees, the commands it issues now (possibly none). Strategies are
 * pure functions of the view (their memory is the event log), so one strategy serves every delegation
 * and every run; randomness comes from `view.random` only. Write your own with this shape.
 */
export interface Strategy {
  /** Name as on the command line, e.g. `boulware:0.2`. */
  readonly name: string;
  act(view: StrategyView): readonly NegotiationCommand[];
}
