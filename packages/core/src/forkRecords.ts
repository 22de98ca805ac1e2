import { fixedClock } from './clock.js';
import type { Decider } from './decider.js';
import { UsageError, ValidationError } from './errors.js';
import type { DomainEvent, EventInput, RecordedEvent } from './events/envelope.js';
import { recordOf } from './events/recordOf.js';
import { compareAt } from './events/worldTime.js';
import { type IdGenerator, streamSeqIds } from './ids.js';
import { createFolder } from './replay.js';
import { stampEvents } from './session/stamp.js';
import type { DispatchOptions, ParentRef } from './session/types.js';

export interface ForkRecordsOptions<S> {
  /** Stream of the fork (default the parent's); the copied records are renamed into it. */
  readonly stream?: string;
  /** Ids of the fork's new records (default `stream:seq`). */
  readonly ids?: IdGenerator;
  /** The parent's state at the branch point, when the caller has it (a timeline); default replayed. */
  readonly state?: S;
}

/** A branch of a record list, grown purely: what `session.fork` does, without a store or a clock. */
export interface RecordFork<S, C, E extends DomainEvent> {
  /** Where the fork branched from: the parent's stream and the last seq copied. */
  readonly parent: ParentRef;
  /** World time of the branch point (the last copied record's, or undefined for a fork before any). */
  readonly at: string | undefined;
  /** The fork's records: the parent's up to the branch point, then those decided or appended since. */
  readonly records: readonly RecordedEvent<E>[];
  /** The fork's working state: read it (to decide, to show), do not keep it across calls. */
  readonly state: S;
  /**
   * Decide a command against the fork's state and append its events, as `session.dispatch` does (world
   * time from the event, `options.at`, the command's `at`, else the branch point; data validated against
   * the catalog; `options.meta` under each event's own). A refusal (`InvariantError`) appends nothing.
   */
  decide(command: C, options?: DispatchOptions): readonly RecordedEvent<E>[];
  /** Append events as they are (a parent's later records, replayed), stamped and validated as `decide` does. */
  append(events: readonly EventInput<E>[], options?: DispatchOptions): readonly RecordedEvent<E>[];
}

/**
 * Fork a list of records after `seq`, purely, with the semantics of `session.fork`: a new branch that
 * copies the parent's records up to `seq` (renamed into `options.stream` when given), keeps a link to its
 * parent, and grows by deciding commands or appending events; the parent's list is never changed and
 * nothing is deleted. For front ends that travel through a log in memory (the viewer's what-ifs).
 *
 * @example
 * ```ts
 * const whatIf = forkRecords(issgDecider, records, 120);
 * whatIf.decide({ type: 'exclude-party', party: 'syria-gov' }); // throws InvariantError if the rules refuse
 * whatIf.records.length; // 120 + the new events
 * ```
 */
export function forkRecords<S, C, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  records: readonly RecordedEvent<E>[],
  seq: number,
  options: ForkRecordsOptions<S> = {},
): RecordFork<S, C, E> {
  if (!Number.isInteger(seq) || seq < 0 || seq > records.length)
    throw new UsageError(`forkRecords: seq must be an integer from 0 to ${records.length}, got ${seq}`);
  const parentStream = records[0]?.stream ?? options.stream;
  if (parentStream === undefined)
    throw new UsageError('forkRecords: an empty list has no stream; give options.stream');
  const stream = options.stream ?? parentStream;
  const copied = records.slice(0, seq);
  const mine: RecordedEvent<E>[] =
    stream === parentStream
      ? copied
      : copied.map((r) => recordOf({ stream, seq: r.seq, id: r.id, at: r.at, v: r.v }, r, r.meta));
  const at = copied.at(-1)?.at;
  const folder = createFolder(
    decider,
    options.state !== undefined ? { state: options.state, seq } : undefined,
  );
  if (options.state === undefined) for (const r of copied) folder.apply(r);
  const clock = fixedClock(at);
  const ids = options.ids ?? streamSeqIds;

  const add = (events: readonly EventInput<E>[], command: unknown, opts: DispatchOptions) => {
    const version = mine.length;
    const stamped = stampEvents(decider, events, command, {
      stream,
      version,
      clock,
      ids,
      at: opts.at,
      meta: opts.meta,
    });
    let lastAt = mine.at(-1)?.at;
    const added = stamped.map((input, i) => {
      const when = input.at ?? clock.now();
      if (lastAt !== undefined && compareAt(when, lastAt) < 0)
        throw new ValidationError(
          `forkRecords: event "${input.type}" is dated ${when}, before ${lastAt}; world time never goes backwards within a stream`,
          { type: input.type, issues: [{ path: 'at', message: `before ${lastAt}` }] },
        );
      lastAt = when;
      const seqOf = version + i + 1;
      return recordOf(
        { stream, seq: seqOf, id: input.id ?? ids(stream, seqOf), at: when, v: input.v ?? 1 },
        input,
        input.meta,
      );
    });
    for (const r of added) {
      folder.apply(r);
      mine.push(r);
    }
    return added;
  };

  return {
    parent: { stream: parentStream, seq },
    at,
    records: mine,
    get state() {
      return folder.state;
    },
    decide(command, opts = {}) {
      return add(decider.decide(command, folder.state), command, opts);
    },
    append(events, opts = {}) {
      return add(events, undefined, opts);
    },
  };
}
