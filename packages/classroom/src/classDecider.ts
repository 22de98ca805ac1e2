import { type AnyDecider, combine, InvariantError } from '@parley/core';
import type { ClassroomGame } from './game.js';
import { ROUND_COMMANDS, type RoomState, roomDecider, SEAT_COMMANDS } from './room.js';

/** The state of a class: the room and the game. */
export interface ClassState<S = unknown> {
  readonly room: RoomState;
  readonly game: S;
}

const ROOM_COMMANDS = new Set<string>([...ROUND_COMMANDS, ...SEAT_COMMANDS]);

/**
 * True for the room's own commands (round controls, seats), which go to the room track.
 *
 * @example
 * ```ts
 * isRoomCommand({ type: 'pause-round' }); // true
 * ```
 */
export function isRoomCommand(command: { readonly type: string }): boolean {
  return ROOM_COMMANDS.has(command.type);
}

/**
 * One decider for a class: the room's track and the game's, over one stream (`combine`). A delegation's
 * move is refused unless a round is running (rule `round-not-running`); the instructor's injected news and
 * the timekeeper's commands are not. A game that is over refuses moves (rule `terminal`) but the room goes on.
 *
 * @example
 * ```ts
 * const decider = classDecider(game);
 * decider.decide({ type: 'start-round', minutes: 20 }, decider.initial());
 * ```
 */
export function classDecider(game: ClassroomGame): AnyDecider {
  // any game's decider: its command and state types are the game's, not known here (see AnyDecider)
  const inner: AnyDecider = combine(
    { room: roomDecider, game: game.decider },
    {
      name: `class:${game.id}`,
      route: (c) => (isRoomCommand(c as { type: string }) ? 'room' : 'game'),
      ...(game.decider.events ? {} : { events: { game: game.eventTypes ?? [] } }),
      isTerminal: () => false,
    },
  );
  const injects = new Set(game.injectTypes);
  const keeper = game.timekeeper?.name;
  return {
    ...inner,
    decide(command: { type: string; by?: unknown }, state: ClassState) {
      const free =
        isRoomCommand(command) ||
        injects.has(command.type) ||
        (keeper !== undefined && command.by === keeper);
      if (!free && state.room.status !== 'running')
        throw new InvariantError(
          'round-not-running',
          state.room.status === 'paused'
            ? 'the round is paused: wait until the instructor resumes it'
            : 'no round is running: wait until the instructor starts one',
        );
      return inner.decide(command, state);
    },
  };
}
