import type { DomainEvent, EventMeta, RecordedEvent } from './envelope.js';

/** Where a record sits and what the envelope says of it: everything but the domain event and its meta. */
export interface RecordPosition {
  readonly stream: string;
  /** 1-based and gapless within the stream: the stream's version before the event, plus one. */
  readonly seq: number;
  readonly id: string;
  /** World time. */
  readonly at: string;
  /** Schema version of the data. */
  readonly v: number;
}

/**
 * The one record constructor of Parley's pure runners (scenarios, the testing helpers, the simulation,
 * forks): a domain event at a position, with its metadata when there is any. The keys always come in the
 * same order (`stream, seq, id, at, type, data, v, meta`), so records built anywhere serialise to the
 * same bytes. Nothing is validated or copied: the caller has validated the data (against the decider's
 * catalog) and decided the position; stores, which take untrusted input, build theirs through
 * `prepareAppend`.
 *
 * @example
 * ```ts
 * recordOf({ stream: 's', seq: 1, id: 's:1', at: '2016-02-27', v: 1 }, { type: 'truce', data: {} });
 * // { stream: 's', seq: 1, id: 's:1', at: '2016-02-27', type: 'truce', data: {}, v: 1 }
 * ```
 */
export function recordOf<E extends DomainEvent>(
  position: RecordPosition,
  event: E,
  meta?: EventMeta | undefined,
): RecordedEvent<E> {
  const { stream, seq, id, at, v } = position;
  const { type, data } = event;
  // two literals rather than a spread: every record of a run has one of two shapes (fast in V8's hot loops)
  const record: RecordedEvent =
    meta === undefined
      ? { stream, seq, id, at, type, data, v }
      : { stream, seq, id, at, type, data, v, meta };
  // `RecordedEvent<E>` distributes over the union E, which a value built from one `E` cannot name (TS can
  // not narrow a generic union member from an object spread); the fields are exactly Envelope & E.
  return record as RecordedEvent<E>;
}
