import type { AnyRecordedEvent, DomainEvent, EventInput, RecordedEvent } from '../events/envelope.js';

/**
 * What an append expects of the stream:
 * - a number `n`: the stream's current version (its last seq) must be exactly `n` (`0` = empty or absent);
 * - `'no-stream'`: the stream must not exist yet;
 * - `'any'`: no check.
 * A mismatch throws `ConcurrencyError` and writes nothing.
 */
export type ExpectedVersion = number | 'any' | 'no-stream';

export interface AppendOptions {
  readonly expectedVersion?: ExpectedVersion;
}

export interface AppendResult<E extends DomainEvent = DomainEvent> {
  /** The records as stored, with seq, id, at and v filled in. */
  readonly records: readonly RecordedEvent<E>[];
  /** The stream's version after the append (the last seq). */
  readonly version: number;
}

export interface ReadOptions {
  /** First seq to read (inclusive, default 1). */
  readonly from?: number;
  /** Last seq to read (inclusive, default the end). */
  readonly to?: number;
}

/** Called with each record after it is durably appended, in append order. */
export type StoreListener = (record: AnyRecordedEvent) => void;

/**
 * An append-only store of event streams. Every implementation must pass `storeConformance`
 * (from `@parley/core/testing`).
 *
 * - `append` assigns gapless seqs, fills `id` (from the store's id generator), `v` (the catalog's current
 *   version, else 1) and `at` (required unless the input has it: a store has no clock), validates every
 *   event (envelope, catalog when given, world time never going backwards within a stream), and either
 *   writes all of them or none; it resolves once they are durable.
 * - `read` yields a stream's records in seq order, upcast to the current versions when the store has a
 *   catalog.
 * - `subscribe` calls the listener for every record appended after it subscribed (all streams, or one).
 */
export interface EventStore {
  append<E extends DomainEvent>(
    stream: string,
    events: readonly EventInput<E>[],
    options?: AppendOptions,
  ): Promise<AppendResult<E>>;
  read(stream: string, options?: ReadOptions): AsyncIterable<AnyRecordedEvent>;
  /** The stream's current version: its last seq, 0 when it has no events. */
  version(stream: string): Promise<number>;
  /** Names of the streams that have at least one event, in order of first append. */
  streams(): Promise<readonly string[]>;
  subscribe(listener: StoreListener, options?: { stream?: string }): () => void;
  /** Release files and handles; further calls reject. */
  close(): Promise<void>;
}
