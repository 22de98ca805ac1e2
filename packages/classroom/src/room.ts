import { type Decider, defineEvents, type EventsOf, InvariantError, s } from '@parley/core';

/** The room's event types: the round's clock, who holds each seat, where a branch came from. */
export const roomEvents = defineEvents({
  'class-round-started': {
    schema: s.object({ round: s.number({ int: true, min: 1 }), minutes: s.number({ min: 0 }) }),
    description: 'The instructor starts a round of the given length (wall time of the start in meta).',
  },
  'class-round-paused': { schema: s.object({ round: s.number({ int: true, min: 1 }) }) },
  'class-round-resumed': { schema: s.object({ round: s.number({ int: true, min: 1 }) }) },
  'class-round-ended': { schema: s.object({ round: s.number({ int: true, min: 1 }) }) },
  'class-seat-taken': {
    schema: s.object({ seat: s.string({ minLength: 1 }) }),
    description: 'A student takes a seat from its agent.',
  },
  'class-seat-handed-back': {
    schema: s.object({ seat: s.string({ minLength: 1 }) }),
    description: 'A student hands a seat back to its agent.',
  },
  'class-agent-turn': {
    schema: s.object({
      seat: s.string({ minLength: 1 }),
      turn: s.string({ minLength: 1 }),
      moves: s.number({ int: true, min: 0 }),
    }),
    description:
      "An agent took its turn (the moves it made follow in the same append): the agents' memory, in the log.",
  },
  'class-branch-opened': {
    schema: s.object({
      parent: s.object({ stream: s.string({ minLength: 1 }), seq: s.number({ int: true, min: 0 }) }),
    }),
    description: 'The instructor rewound: this stream copies its parent up to seq, and goes on from here.',
  },
});

/** An event of the room. */
export type RoomEvent = EventsOf<typeof roomEvents>;

/** The room: the round's status and the seats students hold (the others are played by agents). */
export interface RoomState {
  readonly status: 'waiting' | 'running' | 'paused' | 'ended';
  /** The current (or last) round, 0 before the first. */
  readonly round: number;
  readonly minutes: number;
  /** Seats a student holds, in the order they were taken. */
  readonly humans: readonly string[];
  readonly parent: { readonly stream: string; readonly seq: number } | null;
}

/** The room's commands: the instructor's round controls, and a student taking or handing back a seat. */
export type RoomCommand =
  | { readonly type: 'start-round'; readonly minutes?: number }
  | { readonly type: 'pause-round' }
  | { readonly type: 'resume-round' }
  | { readonly type: 'end-class-round' }
  | { readonly type: 'take-seat'; readonly by: string }
  | { readonly type: 'hand-back'; readonly by: string };

/** The instructor's round commands. */
export const ROUND_COMMANDS = ['start-round', 'pause-round', 'resume-round', 'end-class-round'] as const;
/** The seat commands a delegation may send. */
export const SEAT_COMMANDS = ['take-seat', 'hand-back'] as const;

const refuse = (rule: string, reason: string): never => {
  throw new InvariantError(rule, reason);
};

/**
 * The room as a decider, combined with the game's into one stream: starting, pausing, resuming and ending
 * rounds, and seats changing hands, are events of the class's log, so a restarted server resumes them.
 *
 * @example
 * ```ts
 * roomDecider.decide({ type: 'start-round', minutes: 20 }, roomDecider.initial());
 * // [{ type: 'class-round-started', data: { round: 1, minutes: 20 } }]
 * ```
 */
export const roomDecider: Decider<RoomState, RoomCommand, RoomEvent> = {
  name: 'class-room',
  version: '1',
  events: roomEvents,
  initial: () => ({ status: 'waiting', round: 0, minutes: 0, humans: [], parent: null }),
  decide(command, state) {
    switch (command.type) {
      case 'start-round': {
        if (state.status === 'running' || state.status === 'paused')
          refuse('round-running', `round ${state.round} is under way; end it before starting another`);
        const minutes = command.minutes ?? 20;
        if (typeof minutes !== 'number' || !(minutes >= 0))
          refuse('round-minutes', 'minutes must be a number ≥ 0');
        return [{ type: 'class-round-started', data: { round: state.round + 1, minutes } }];
      }
      case 'pause-round':
        if (state.status !== 'running')
          refuse('round-not-running', 'no round is running: start or resume one');
        return [{ type: 'class-round-paused', data: { round: state.round } }];
      case 'resume-round':
        if (state.status !== 'paused') refuse('round-not-paused', 'the round is not paused');
        return [{ type: 'class-round-resumed', data: { round: state.round } }];
      case 'end-class-round':
        if (state.status !== 'running' && state.status !== 'paused')
          refuse('round-not-running', 'no round is under way');
        return [{ type: 'class-round-ended', data: { round: state.round } }];
      case 'take-seat':
        if (state.humans.includes(command.by)) return [];
        return [{ type: 'class-seat-taken', data: { seat: command.by } }];
      case 'hand-back':
        if (!state.humans.includes(command.by)) return [];
        return [{ type: 'class-seat-handed-back', data: { seat: command.by } }];
      default:
        return assertNeverCommand(command);
    }
  },
  evolve(draft, event) {
    switch (event.type) {
      case 'class-round-started':
        draft.status = 'running';
        draft.round = event.data.round;
        draft.minutes = event.data.minutes;
        return;
      case 'class-round-paused':
        draft.status = 'paused';
        return;
      case 'class-round-resumed':
        draft.status = 'running';
        return;
      case 'class-round-ended':
        draft.status = 'ended';
        return;
      case 'class-seat-taken':
        draft.humans.push(event.data.seat);
        return;
      case 'class-seat-handed-back':
        draft.humans = draft.humans.filter((h) => h !== event.data.seat);
        return;
      case 'class-agent-turn':
        return;
      case 'class-branch-opened':
        draft.parent = { ...event.data.parent };
        return;
      default:
        assertNeverEvent(event);
    }
  },
};

function assertNeverCommand(command: never): never {
  throw new InvariantError('unknown-command', `unknown room command ${JSON.stringify(command)}`);
}
function assertNeverEvent(event: never): never {
  throw new InvariantError('unknown-event', `unknown room event ${JSON.stringify(event)}`);
}
