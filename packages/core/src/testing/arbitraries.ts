import * as fc from 'fast-check';
import type { Decider } from '../decider.js';
import { InvariantError } from '../errors.js';
import type { AnyRecordedEvent, DomainEvent, EventMeta, RecordedEvent } from '../events/envelope.js';
import { findForbiddenKey } from '../events/record.js';
import { recordOf } from '../events/recordOf.js';
import { addDays } from '../events/worldTime.js';
import { createFolder } from '../replay.js';
import { commandAt } from '../session/stamp.js';

export interface EventSequenceOptions {
  /** At most this many commands are tried (default 30). */
  readonly maxCommands?: number;
  /** Stream of the records (default the decider's name). */
  readonly stream?: string;
  /** World time of the first command that gives none (default `2016-01-01`). */
  readonly start?: string;
  /** Each command is dated 0 to this many days after the previous one (default 3). */
  readonly maxDaysBetween?: number;
}

/**
 * An arbitrary of recorded-event arrays that a decider really produces: random commands are run through
 * `decide` (a command refused with an `InvariantError` is skipped, a terminal state ends the run), their
 * events validated through the catalog and recorded with gapless seqs, ids `stream:seq` and
 * non-decreasing world time (`event.at ?? command.at ??` a generated date). Shrinks by the commands.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(eventSequence(decider, commandArb), (records) => {
 *   expect(replay(decider, records)).toEqual(foldWithImmer(records));
 * }));
 * ```
 */
export function eventSequence<S, C, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  commandArb: fc.Arbitrary<C>,
  options: EventSequenceOptions = {},
): fc.Arbitrary<RecordedEvent<E>[]> {
  const stream = options.stream ?? decider.name;
  const start = options.start ?? '2016-01-01';
  const steps = fc.array(fc.tuple(commandArb, fc.nat({ max: options.maxDaysBetween ?? 3 })), {
    maxLength: options.maxCommands ?? 30,
  });
  return steps.map((list) => {
    const folder = createFolder(decider);
    const records: RecordedEvent<E>[] = [];
    let day = start;
    for (const [command, days] of list) {
      day = addDays(day, days);
      if (decider.isTerminal?.(folder.state)) break;
      let events: ReturnType<typeof decider.decide>;
      try {
        events = decider.decide(command, folder.state);
      } catch (e) {
        if (e instanceof InvariantError) continue;
        throw e;
      }
      for (const ev of events) {
        const seq = records.length + 1;
        const record = recordOf(
          {
            stream,
            seq,
            id: ev.id ?? `${stream}:${seq}`,
            at: ev.at ?? commandAt(command) ?? day,
            v: ev.v ?? decider.events?.version(ev.type) ?? 1,
          },
          {
            type: ev.type,
            data: decider.events ? decider.events.validateData(ev.type, ev.data) : ev.data,
          } as E,
          ev.meta,
        );
        folder.apply(record);
        records.push(record);
      }
    }
    return records;
  });
}

export interface WorldTimeArbOptions {
  /** Earliest date (default `1900-01-01`). */
  readonly min?: string;
  /** Latest date (default `2100-12-31`). */
  readonly max?: string;
  /** Also make date-times with minutes, seconds, fractions and offsets (default true). */
  readonly dateTimes?: boolean;
}

/**
 * An arbitrary of well-formed world times: ISO 8601 dates (`2016-02-27`) and, unless `dateTimes: false`,
 * date-times in every accepted form (`2016-02-27T00:00`, `…T13:05:09Z`, `…T13:05:09.250+02:00`).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(worldTimeArb(), (at) => isWorldTime(at)));
 * ```
 */
export function worldTimeArb(options: WorldTimeArbOptions = {}): fc.Arbitrary<string> {
  const min = new Date(`${options.min ?? '1900-01-01'}T00:00:00Z`);
  const max = new Date(`${options.max ?? '2100-12-31'}T00:00:00Z`);
  const date = fc.date({ min, max, noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (options.dateTimes === false) return date;
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
  const zone = fc.oneof(
    fc.constant(''),
    fc.constant('Z'),
    fc
      .tuple(fc.constantFrom('+', '-'), two(14), fc.constantFrom('00', '30', '45'))
      .map(([s, h, m]) => `${s}${h}:${m}`),
  );
  const time = fc
    .tuple(
      two(23),
      two(59),
      fc.option(two(59), { nil: undefined }),
      fc.option(fc.integer({ min: 0, max: 999 })),
      zone,
    )
    .map(([h, m, sec, ms, z]) => {
      let t = `T${h}:${m}`;
      if (sec !== undefined) t += `:${sec}${ms !== null ? `.${String(ms).padStart(3, '0')}` : ''}`;
      return `${t}${z}`;
    });
  return fc.oneof(
    date,
    fc.tuple(date, time).map(([d, t]) => d + t),
  );
}

export interface RecordArbOptions {
  readonly stream?: fc.Arbitrary<string>;
  readonly type?: fc.Arbitrary<string>;
  /** Data of the record (default any JSON value that survives a JSON round trip, with no forbidden key). */
  readonly data?: fc.Arbitrary<unknown>;
  readonly seq?: fc.Arbitrary<number>;
  readonly v?: fc.Arbitrary<number>;
  /** Whether to add random `meta` sometimes (default true). */
  readonly meta?: boolean;
}

const name = () => fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);

/**
 * An arbitrary of JSON data that survives `JSON.parse(JSON.stringify(x))` unchanged (no `-0`) and has no
 * forbidden key (`__proto__`, `constructor`, `prototype`).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(jsonDataArb(), (d) => expect(JSON.parse(JSON.stringify(d))).toEqual(d)));
 * ```
 */
export function jsonDataArb(): fc.Arbitrary<unknown> {
  return fc
    .jsonValue({ maxDepth: 3 })
    .map((v) => JSON.parse(JSON.stringify(v)) as unknown)
    .filter((v) => findForbiddenKey(v) === undefined);
}

/**
 * An arbitrary of envelope-level records (one at a time, not a stream): valid for `validateEnvelope`,
 * with random stream, seq, id, world time, type, JSON data, version and sometimes metadata. For codecs and
 * stores: NDJSON round trips, hash chains, conformance.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(recordArb(), (r) => expect(decode(encode(r))).toEqual(r)));
 * ```
 */
export function recordArb(options: RecordArbOptions = {}): fc.Arbitrary<AnyRecordedEvent> {
  const source = fc.record(
    {
      title: fc.string({ minLength: 1, maxLength: 40 }),
      url: fc.webUrl(),
      date: worldTimeArb({ dateTimes: false }),
    },
    { requiredKeys: ['title'] },
  );
  const meta: fc.Arbitrary<EventMeta> = fc.record(
    { source, cause: name(), actor: name() },
    { requiredKeys: [] },
  );
  return fc
    .record({
      stream: options.stream ?? name(),
      seq: options.seq ?? fc.integer({ min: 1, max: 1_000_000 }),
      id: name(),
      at: worldTimeArb(),
      type: options.type ?? name(),
      data: options.data ?? jsonDataArb(),
      v: options.v ?? fc.integer({ min: 1, max: 5 }),
      meta: options.meta === false ? fc.constant(undefined) : fc.option(meta, { nil: undefined }),
    })
    .map(({ meta: m, ...r }) => (m === undefined ? r : { ...r, meta: m }) as AnyRecordedEvent);
}
