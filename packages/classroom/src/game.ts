import type { AnyDecider, AnyRecordedEvent } from '@parley/core';
import type { ClassBranch } from './classLog.js';

/**
 * A turn an agent takes: its name (unique in the branch for the seat, e.g. `3:open`) and the commands it
 * makes. The server appends a `class-agent-turn` record `{seat, turn, moves}` and the events of the
 * commands the rules allow, in one append — so the log says which turns were taken, and an agent that
 * reads it back (after a restart) does not take one twice.
 */
export interface AgentTurn {
  readonly turn: string;
  readonly commands: readonly Record<string, unknown>[];
}

/**
 * What a classroom serves: a decider, the seats at the table, who sees which record, what each seat is
 * told privately, and how agents play empty seats. The server knows nothing else of the game: the
 * negotiation game (`negotiationGame`) is one; tests use small ones.
 *
 * Commands are JSON objects with a string `type`; a command acting for a seat names it in `by`, which the
 * server sets from the seat that sent it (a client's own `by` must be its seat, or the frame is refused).
 */
export interface ClassroomGame<S = any> {
  /** Stable id of the game (an agenda id): the name of the class's first stream. */
  readonly id: string;
  /** Title for people. */
  readonly title: string;
  /** The game's decider; its events must have a catalog (or `eventTypes` must list them). */
  readonly decider: AnyDecider;
  /** Event types of the decider when it has no catalog. */
  readonly eventTypes?: readonly string[];
  /** The seats (delegations), in table order. */
  readonly seats: readonly string[];
  /** World time of the class's first events (e.g. the meeting's date). */
  readonly at: string;
  /** The command types a delegation may send (each acts for the seat: `by`). */
  readonly commandTypes: readonly string[];
  /** The command types the instructor may send into the game (news to inject); sent as given. */
  readonly injectTypes: readonly string[];
  /** May `seat` read this record of the game? (The instructor reads everything.) */
  visibleTo(record: AnyRecordedEvent, seat: string): boolean;
  /**
   * The actor the instructor's round controls act as in the game (e.g. the negotiation's timekeeper):
   * `types` it may send itself, and the game's command to follow starting and ending a round.
   */
  readonly timekeeper?: {
    readonly name: string;
    readonly types: readonly string[];
    onStart?(state: S): Record<string, unknown> | undefined;
    onEnd?(state: S): Record<string, unknown> | undefined;
  };
  /** What a seat is told and nobody else is (its role card); the instructor gets every seat's. */
  brief(seat: string): unknown;
  /**
   * The command an agent sitting in `seat` makes now, or the turn it takes now ({@link AgentTurn}), or
   * undefined to wait; `records` are the branch's, `agents` the seats agents play at the moment (the
   * others are students'). An agent whose memory is in the log (its turns) continues after a restart.
   */
  agent?(
    seat: string,
    state: S,
    records: readonly AnyRecordedEvent[],
    agents: readonly string[],
  ): Record<string, unknown> | AgentTurn | undefined;
  /** What only the instructor sees of a state (e.g. every delegation's utility of the draft). */
  omniscient?(state: S): unknown;
  /** True once the game is over (the debrief is then open to every seat). */
  isOver?(state: S): boolean;
  /** The debrief of a state: what the class did beside what happened and what analysis suggests. */
  debrief?(state: S): unknown;
  /**
   * The debrief of every branch of the class side by side (what the debrief page shows); `visible` keeps
   * from the timelines what the reader may not see.
   */
  debriefReport?(branches: readonly ClassBranch[], visible?: (record: AnyRecordedEvent) => boolean): unknown;
  /** The world the class negotiates in, as of the branch's records (e.g. the ISSG's state and indicators). */
  worldView?(records: readonly AnyRecordedEvent[]): unknown;
  /** One sentence for a record, for people (the timeline of moves); default: its type. */
  describe?(record: AnyRecordedEvent): string;
}
