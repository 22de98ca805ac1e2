/**
 * `@parley/core` — the event-sourcing kernel of Parley. Knows nothing of any particular negotiation.
 * @packageDocumentation
 */
export {
  ParleyError,
  ValidationError,
  InvariantError,
  ConcurrencyError,
  CorruptLogError,
  UsageError,
  isParleyError,
} from './errors.js';
export type { ParleyErrorCode, ValidationIssue } from './errors.js';

export type {
  Source,
  EventMeta,
  DomainEvent,
  EventInput,
  Envelope,
  RecordedEvent,
  AnyRecordedEvent,
} from './events/envelope.js';
export { defineEvents } from './events/catalog.js';
export type { EventCatalog, EventTypeSpec, EventsOf, Upcaster } from './events/catalog.js';
export { validateEnvelope, findForbiddenKey } from './events/record.js';
export { isWorldTime, compareAt, isOnOrBefore, dateOf, daysBetween, addDays } from './events/worldTime.js';

export { s } from './schema/s.js';
export type { SSchema, SOptional } from './schema/s.js';
export { validateWith } from './schema/standard.js';
export type { Schema, Infer, StandardSchemaV1 } from './schema/standard.js';

export type { Decider, StateOf, CommandOf, EventOf } from './decider.js';
export { replay, replayAsync, createFolder } from './replay.js';
export type { Folder, StateAtSeq } from './replay.js';

export type {
  EventStore,
  ExpectedVersion,
  AppendOptions,
  AppendResult,
  ReadOptions,
  StoreListener,
} from './store/types.js';

export type { Clock } from './clock.js';
export { fixedClock, simulatedClock } from './clock.js';
export type { IdGenerator } from './ids.js';
export { streamSeqIds, counterIds } from './ids.js';
export { defineScenario, runScenario, stepTime, ScenarioStepError } from './scenario.js';
export type { Scenario, ScenarioSpec, ScenarioStep, ScenarioRun, RunScenarioOptions } from './scenario.js';

// --- stores, NDJSON, hash chain (owned by the stores work) ---
export { memoryStore } from './store/memory.js';
export type { MemoryStoreOptions } from './store/memory.js';
export { prepareAppend, checkExpectedVersion } from './store/prepare.js';
export type { StreamHead, PrepareContext, PreparedAppend } from './store/prepare.js';
export type { ListenerErrorHandler } from './store/listeners.js';
export { encodeRecord, canonicalJson } from './ndjson/encode.js';
export { decodeRecord } from './ndjson/decode.js';
export type { DecodeOptions } from './ndjson/decode.js';
export { parseNdjson } from './ndjson/lines.js';
export type { NdjsonLine, NdjsonSource, ParseNdjsonOptions } from './ndjson/lines.js';
export { decodeNdjson } from './ndjson/decodeNdjson.js';
export type { NdjsonRecord, DecodeNdjsonOptions } from './ndjson/decodeNdjson.js';
export { GENESIS_PREV, hashLine, chainRecords, chainVerifier, verifyChain, verifyChainAsync } from './hashChain.js';
export type { ChainVerdict } from './hashChain.js';

// --- sessions, time travel, forks, combine (owned by the sessions work) ---
export { createSession } from './session/create.js';
export type { Session, SessionOptions, DispatchOptions, ForkOptions, ParentRef } from './session/types.js';
export { TerminalStateError } from './session/errors.js';
export { selectState } from './session/select.js';
export { createTimeline, DEFAULT_SNAPSHOT_EVERY } from './timeline/timeline.js';
export type { Timeline, TimelineOptions, Position } from './timeline/timeline.js';
export { seqAt } from './timeline/position.js';
export { memorySnapshots, snapshotKey } from './timeline/snapshots.js';
export type { Snapshot, SnapshotStore } from './timeline/snapshots.js';
export { combine } from './combine.js';
export type { CombineOptions, CombinedState, CombinedCommand, CombinedEvent, Tracks } from './combine.js';
