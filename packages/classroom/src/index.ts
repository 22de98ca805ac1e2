/**
 * `@parley/classroom` — the live class: a small Node server (HTTP + WebSocket) over one shared event
 * store, generic over a game (a decider, seats, who sees what, agents), and the negotiation game of
 * `@parley/negotiation` for it. The wire protocol is documented in `docs/classroom.md`.
 * @packageDocumentation
 */
export type { ClassState } from './classDecider.js';
export { classDecider, isRoomCommand } from './classDecider.js';
export type { ClassListener, Classroom, ClassroomOptions, SeatStatus } from './classroom.js';
export { INSTRUCTOR, openClassroom } from './classroom.js';
export { clientDir } from './clientDir.js';
export type { ClientCommand, ClientFrame, ErrorCode, ServerFrame } from './frames.js';
export { FrameError, MAX_FRAME_BYTES, parseFrame } from './frames.js';
export type { ClassroomGame } from './game.js';
export type { LimiterOptions } from './limiter.js';
export { failureLimiter } from './limiter.js';
export type {
  DraftUtility,
  NegotiationDebrief,
  NegotiationGameOptions,
  SeatAgent,
} from './negotiationGame.js';
export {
  DELEGATION_COMMANDS,
  issgClassGame,
  negotiationGame,
  negotiationGameFromJson,
} from './negotiationGame.js';
export type { RoomCommand, RoomEvent, RoomState } from './room.js';
export { ROUND_COMMANDS, roomDecider, roomEvents, SEAT_COMMANDS } from './room.js';
export type { ClassSecrets, RandomBytes } from './secrets.js';
export { joinCode, newSecrets, seatOfCode, seatOfToken, tokenFor } from './secrets.js';
export type { ClassServer, ServeOptions } from './server.js';
export { COOKIE, serveClassroom } from './server.js';
