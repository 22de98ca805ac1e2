/**
 * `@parley/classroom` — the live class, its browser-safe part: the games (a decider, seats, who sees
 * what, agents) and the negotiation game of `@parley/negotiation`, the room's rounds and seats, and the
 * wire protocol's frames. The server (HTTP + WebSocket over one store) is `@parley/classroom/node`; the
 * protocol is documented in `docs/classroom.md`.
 * @packageDocumentation
 */
export type { StrategyAgentsOptions } from './agents.js';
export { strategyAgents } from './agents.js';
export type { ClassState } from './classDecider.js';
export { classDecider, isRoomCommand } from './classDecider.js';
export type {
  BranchDebrief,
  ClassBranch,
  ClassLog,
  ComparisonRow,
  DebriefComparison,
  TimelineMove,
} from './classLog.js';
export { branchDebrief, compareDebriefs, readClassLog } from './classLog.js';
export type { ClassDebriefReport } from './debriefReport.js';
export { classDebriefReport, debriefDocument, debriefHtml } from './debriefReport.js';
export type { ClientCommand, ClientFrame, ErrorCode, ServerFrame } from './frames.js';
export { FrameError, MAX_FRAME_BYTES, parseFrame } from './frames.js';
export type { AgentTurn, ClassroomGame } from './game.js';
export type { LimiterOptions } from './limiter.js';
export { failureLimiter } from './limiter.js';
export type {
  ClassWorld,
  DraftUtility,
  NegotiationClassGame,
  NegotiationClassState,
  NegotiationDebrief,
  NegotiationGameOptions,
  SeatAgent,
} from './negotiationGame.js';
export {
  DELEGATION_COMMANDS,
  ISSG_INJECTIONS,
  issgClassGame,
  negotiationGame,
  negotiationGameFromJson,
} from './negotiationGame.js';
export type { RoomCommand, RoomEvent, RoomState } from './room.js';
export { ROUND_COMMANDS, roomDecider, roomEvents, SEAT_COMMANDS } from './room.js';
export { classSentence } from './sentences.js';
export type { Consequences, SurvivalOptions } from './survival.js';
export { DEBRIEF_SURVIVAL, textSurvival } from './survival.js';
export type { WorldView } from './world.js';
export { issgWorldView } from './world.js';
