/**
 * `@parley/core` — the event-sourcing kernel of Parley. Knows nothing of any particular negotiation.
 * @packageDocumentation
 */

export { assertNever } from './assertNever.js';
export type { Clock } from './clock.js';
export { fixedClock, simulatedClock } from './clock.js';
export type { CombinedCommand, CombinedEvent, CombinedState, CombineOptions, Tracks } from './combine.js';
export { combine } from './combine.js';
export type { AnyDecider, AnyEventCatalog, CommandOf, Decider, EventOf, StateOf } from './decider.js';
export type { ParleyErrorCode, ValidationIssue } from './errors.js';
export {
  ConcurrencyError,
  CorruptLogError,
  InvariantError,
  isParleyError,
  ParleyError,
  UsageError,
  ValidationError,
} from './errors.js';
export type { EventCatalog, EventSpecs, EventsOf, EventTypeSpec, Upcaster } from './events/catalog.js';
export { defineEvents } from './events/catalog.js';
export type {
  AnyRecordedEvent,
  DomainEvent,
  Envelope,
  EventInput,
  EventMeta,
  RecordedEvent,
  Source,
} from './events/envelope.js';
export { findForbiddenKey, validateEnvelope } from './events/record.js';
export type { RecordPosition } from './events/recordOf.js';
export { recordOf } from './events/recordOf.js';
export { addDays, compareAt, dateOf, daysBetween, isOnOrBefore, isWorldTime } from './events/worldTime.js';
export type { ForkRecordsOptions, RecordFork } from './forkRecords.js';
export { forkRecords } from './forkRecords.js';
export type { ChainVerdict } from './hashChain.js';
export {
  chainRecords,
  chainVerifier,
  GENESIS_PREV,
  hashLine,
  verifyChain,
  verifyChainAsync,
} from './hashChain.js';
export type { IdGenerator } from './ids.js';
export { counterIds, streamSeqIds } from './ids.js';
export type { LogProblem, LogValidation, ValidateLogOptions } from './log/validateLog.js';
export { validateLog } from './log/validateLog.js';
export type { DecodeOptions } from './ndjson/decode.js';
export { binaryReason, decodeRecord, MAX_DEPTH, parseLine } from './ndjson/decode.js';
export type { DecodeNdjsonOptions, NdjsonRecord } from './ndjson/decodeNdjson.js';
export { decodeNdjson } from './ndjson/decodeNdjson.js';
export { canonicalJson, encodeRecord } from './ndjson/encode.js';
export type { NdjsonLine, NdjsonSource, ParseNdjsonOptions } from './ndjson/lines.js';
export { lineSplitter, parseNdjson, splitNdjson } from './ndjson/lines.js';
export { isTornTail, lineText, MAX_LINE_LENGTH } from './ndjson/lineText.js';
export type { Folder, StateAtSeq } from './replay.js';
export { createFolder, replay, replayAsync } from './replay.js';
export type {
  AnyScenario,
  RunScenarioOptions,
  Scenario,
  ScenarioRun,
  ScenarioSpec,
  ScenarioStep,
} from './scenario.js';
export { defineScenario, runScenario, ScenarioStepError, stepTime } from './scenario.js';
export type { Out, Shape, SOptional, SSchema } from './schema/s.js';
export { s } from './schema/s.js';
export type { Infer, Schema, StandardSchemaV1 } from './schema/standard.js';
export { validateWith } from './schema/standard.js';
// --- sessions, time travel, forks, combine (owned by the sessions work) ---
export { createSession } from './session/create.js';
export { TerminalStateError } from './session/errors.js';
export { selectState } from './session/select.js';
export type { DispatchOptions, ForkOptions, ParentRef, Session, SessionOptions } from './session/types.js';
export type { ListenerErrorHandler } from './store/listeners.js';
export type { MemoryStoreOptions } from './store/memory.js';
// --- stores, NDJSON, hash chain (owned by the stores work) ---
export { memoryStore } from './store/memory.js';
export type { PrepareContext, PreparedAppend, StreamHead } from './store/prepare.js';
export { checkExpectedVersion, prepareAppend } from './store/prepare.js';
export type {
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedVersion,
  ReadOptions,
  StoreListener,
} from './store/types.js';
export { seqAt } from './timeline/position.js';
export type { Snapshot, SnapshotStore } from './timeline/snapshots.js';
export { memorySnapshots, snapshotKey } from './timeline/snapshots.js';
export type { Position, Timeline, TimelineOptions } from './timeline/timeline.js';
export { createTimeline, DEFAULT_SNAPSHOT_EVERY } from './timeline/timeline.js';
