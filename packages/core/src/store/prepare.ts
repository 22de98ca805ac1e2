import { ConcurrencyError, UsageError, ValidationError } from '../errors.js';
import type { EventCatalog } from '../events/catalog.js';
import type { AnyRecordedEvent, EventInput, EventMeta } from '../events/envelope.js';
import { validateEnvelope } from '../events/record.js';
import { compareAt } from '../events/worldTime.js';
import type { IdGenerator } from '../ids.js';
import { copyJson } from '../ndjson/jsonValue.js';
import type { AppendOptions, ExpectedVersion } from './types.js';

/** What a store must remember of a stream to accept the next append. */
export interface StreamHead {
  /** The last seq (0 for a stream without events). */
  readonly version: number;
  /** World time of the last event, if any. */
  readonly lastAt: string | undefined;
}

/** The collaborators of an append. */
export interface PrepareContext {
  readonly catalog?: EventCatalog<any> | undefined;
  readonly ids: IdGenerator;
}

/** The records to write, and the stream's head once they are written. */
export interface PreparedAppend {
  readonly records: readonly AnyRecordedEvent[];
  readonly head: StreamHead;
}

const INPUT_KEYS = new Set(['type', 'data', 'at', 'id', 'v', 'meta', 'stream', 'seq', 'prev']);

/**
 * Check an append's expected version against the stream's current version; throws `ConcurrencyError`
 * when it is stale and `UsageError` when it is not a valid expectation.
 *
 * @example
 * ```ts
 * checkExpectedVersion('s', 3, 3);          // fine
 * checkExpectedVersion('s', 'no-stream', 3); // ConcurrencyError
 * ```
 */
export function checkExpectedVersion(
  stream: string,
  expected: ExpectedVersion | undefined,
  current: number,
): void {
  if (expected === undefined || expected === 'any') return;
  if (expected === 'no-stream') {
    if (current !== 0) throw new ConcurrencyError(stream, 'no-stream', current);
    return;
  }
  if (typeof expected !== 'number' || !Number.isInteger(expected) || expected < 0)
    throw new UsageError(
      `append("${stream}"): expectedVersion must be an integer ≥ 0, 'any' or 'no-stream', got ${JSON.stringify(expected)}`,
    );
  if (expected !== current) throw new ConcurrencyError(stream, expected, current);
}

/**
 * The shared logic of `EventStore.append`, pure: checks the expected version, then turns every input into
 * a frozen record (seq = version + 1, 2, …; `id` from the input or the id generator; `v` from the input,
 * else the catalog's current version, else 1; `at` required: a store has no clock), validates the
 * envelope, the data against the catalog (upcasting inputs given at an older `v`), that data and meta are
 * plain JSON, and that world time never goes backwards within the stream. Throws on the first problem,
 * before anything is written; a store writes the returned records all together or not at all.
 *
 * An input may be a record from another stream or store (to copy a log): its `stream`, `seq` and `prev`
 * are replaced.
 *
 * @example
 * ```ts
 * const { records, head } = prepareAppend('s', [{ type: 'opened', data: {}, at: '2016-02-12' }],
 *   { expectedVersion: 0 }, { version: 0, lastAt: undefined }, { ids: streamSeqIds });
 * ```
 */
export function prepareAppend(
  stream: string,
  events: readonly EventInput[],
  options: AppendOptions | undefined,
  head: StreamHead,
  ctx: PrepareContext,
): PreparedAppend {
  if (typeof stream !== 'string' || stream === '')
    throw new UsageError(`append: the stream must be a non-empty string, got ${JSON.stringify(stream)}`);
  if (!Array.isArray(events))
    throw new UsageError(`append("${stream}"): events must be an array of { type, data, at } objects`);
  checkExpectedVersion(stream, options?.expectedVersion, head.version);
  const records: AnyRecordedEvent[] = [];
  let lastAt = head.lastAt;
  let seq = head.version;
  for (let i = 0; i < events.length; i++) {
    seq++;
    const record = prepareOne(stream, seq, events[i], ctx, i, events.length);
    if (lastAt !== undefined && compareAt(record.at, lastAt) < 0)
      throw new ValidationError(
        `${whereOf(stream, i, events.length)} ("${record.type}"): world time ${record.at} is before ${lastAt}, the time of the event before it; world time never goes backwards within a stream`,
        { type: record.type, issues: [{ path: 'at', message: `before ${lastAt}` }] },
      );
    lastAt = record.at;
    records.push(record);
  }
  return { records, head: { version: seq, lastAt } };
}

/** How an append's messages name its `i`-th event (the strings are built only for a message). */
function whereOf(stream: string, i: number, count: number): string {
  return `append("${stream}") event ${i + 1} of ${count}`;
}

/** `whereOf`, with the event's type when it has one. */
function labelOf(stream: string, i: number, count: number, type: string | undefined): string {
  return type !== undefined ? `${whereOf(stream, i, count)} ("${type}")` : whereOf(stream, i, count);
}

function prepareOne(
  stream: string,
  seq: number,
  input: unknown,
  ctx: PrepareContext,
  i: number,
  count: number,
) {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new ValidationError(
      `${whereOf(stream, i, count)}: expected an event object { type, data, at }, got ${JSON.stringify(input)}`,
      {
        issues: [{ path: '', message: 'not an object' }],
      },
    );
  const e = input as Record<string, unknown>;
  const type = typeof e.type === 'string' ? e.type : undefined;
  const fail = (message: string, path: string) =>
    new ValidationError(`${labelOf(stream, i, count, type)}: ${message}`, {
      issues: [{ path, message }],
      ...(type !== undefined ? { type } : {}),
    });
  for (const k of Object.keys(e))
    if (!INPUT_KEYS.has(k))
      throw fail(`unknown field "${k}"; an event has type, data, at, and optionally id, v, meta`, k);
  if (e.at === undefined)
    throw fail(
      'at is missing; a store has no clock: give every event its world time (a session fills it from its clock)',
      'at',
    );
  if (e.data === undefined) throw fail('data is missing; give data (use {} for none)', 'data');
  const v = e.v ?? (type !== undefined && ctx.catalog?.has(type) ? ctx.catalog.version(type) : 1);
  const candidate: Record<string, unknown> = {
    stream,
    seq,
    id: e.id ?? ctx.ids(stream, seq),
    at: e.at,
    type: e.type,
    v,
    data: e.data,
  };
  if (e.meta !== undefined) candidate.meta = e.meta;
  try {
    let record = validateEnvelope(candidate);
    if (ctx.catalog) record = ctx.catalog.upcast(record);
    const out: AnyRecordedEvent = {
      ...record,
      data: copyJson(record.data, 'data'),
      ...(record.meta !== undefined ? { meta: copyJson(record.meta, 'meta') as EventMeta } : {}),
    };
    return Object.freeze(out);
  } catch (err) {
    if (err instanceof ValidationError)
      throw new ValidationError(
        `${labelOf(stream, i, count, type)}: ${err.message.replace(`event "${type}": `, '')}`,
        {
          issues: err.issues,
          ...(type !== undefined ? { type } : {}),
        },
      );
    throw err;
  }
}
