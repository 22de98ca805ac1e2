/**
 * The recorded event envelope (DESIGN.md, "Records").
 *
 * A domain event is a readonly `{ type, data }` pair, typed as a discriminated union on `type`.
 * Once appended to a stream it becomes a {@link RecordedEvent}: the envelope adds the stream, a 1-based
 * gapless `seq`, an `id`, the world time `at`, the schema version `v` and optional `meta`.
 */

/** Where a fact comes from. */
export interface Source {
  readonly title: string;
  readonly url?: string;
  readonly date?: string;
}

/**
 * Optional metadata of a record: its source, the id of the event or command that caused it,
 * the actor who issued it, and any further JSON the domain wants (e.g. `flag: 'partial'`).
 */
export interface EventMeta {
  readonly source?: Source;
  readonly sources?: readonly Source[];
  readonly cause?: string;
  readonly actor?: string;
  readonly [key: string]: unknown;
}

/** The shape every domain event has before it is recorded. */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

/**
 * An event ready to append: a domain event with optional world time and metadata.
 * Stores and sessions fill `at` (from the command or the clock), `id` (from the id generator) and `v`
 * (the current schema version of the type) when they are absent.
 */
export type EventInput<E extends DomainEvent = DomainEvent> = E & {
  readonly at?: string;
  readonly id?: string;
  readonly v?: number;
  readonly meta?: EventMeta;
};

/** The envelope fields a store adds to a domain event. */
export interface Envelope {
  /** Stream (aggregate, negotiation) the record belongs to. */
  readonly stream: string;
  /** Position in the stream: 1-based and gapless. */
  readonly seq: number;
  /** Unique id, from the injected id generator. */
  readonly id: string;
  /** World time: ISO 8601 date (`2016-02-27`) or date-time (`2016-02-27T00:00+02:00`). */
  readonly at: string;
  /** Schema version of `data`. */
  readonly v: number;
  readonly meta?: EventMeta;
  /** Hash of the previous record's line when the log keeps a hash chain (see `hashChain`). */
  readonly prev?: string;
}

/**
 * A recorded event: the envelope plus a domain event. Distributes over unions, so
 * `switch (e.type)` narrows `e.data`.
 */
export type RecordedEvent<E extends DomainEvent = DomainEvent> = E extends DomainEvent ? Envelope & E : never;

/** Any recorded event, with unknown data. */
export type AnyRecordedEvent = Envelope & DomainEvent<string, unknown>;
