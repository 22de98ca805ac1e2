import { UsageError, ValidationError } from '../errors.js';
import type { Infer, Schema } from '../schema/standard.js';
import { validateWith } from '../schema/standard.js';
import type { AnyRecordedEvent, DomainEvent } from './envelope.js';

/** One `v → v+1` upcaster: takes the data at version `v`, returns it at version `v + 1`. */
export type Upcaster = (data: any) => unknown;

/**
 * How one event type is checked and versioned.
 * - `schema` validates `data` at the current `version` (default 1);
 * - `upcast[v]` turns data at version `v` into version `v + 1`; a record older than `version` is carried
 *   up the chain on read, one step at a time.
 */
export interface EventTypeSpec<D = unknown> {
  readonly schema: Schema<D>;
  readonly version?: number;
  readonly upcast?: Readonly<Record<number, Upcaster>>;
  /** One line for people (used by validators, docs and `parley timeline`). */
  readonly description?: string;
}

/** The argument of `defineEvents`: event type → its spec. */
export type EventSpecs = Readonly<Record<string, EventTypeSpec<any>>>;

/** The domain event union described by the specs given to `defineEvents`. */
type EventsOfSpecs<S extends EventSpecs> = {
  [K in keyof S & string]: DomainEvent<K, Infer<S[K]['schema']>>;
}[keyof S & string];

/**
 * The domain event union of a catalog (`EventsOf<typeof events>`) or of the specs given to
 * `defineEvents`: a discriminated union on `type`, each member with its typed `data`.
 */
export type EventsOf<X> =
  X extends EventCatalog<infer E> ? E : X extends EventSpecs ? EventsOfSpecs<X> : never;

/**
 * The runtime schemas of a domain's event types: validates data, upcasts old records, and
 * rejects unknown types. Build one with {@link defineEvents}.
 */
export interface EventCatalog<E extends DomainEvent = DomainEvent> {
  /** The event types, in declaration order. */
  readonly types: readonly E['type'][];
  has(type: string): type is E['type'];
  /** Current schema version of a type. */
  version(type: E['type']): number;
  description(type: E['type']): string | undefined;
  /** Validate `data` of `type` at the current version; throws {@link ValidationError}. */
  validateData<T extends E['type']>(type: T, data: unknown): Extract<E, { type: T }>['data'];
  /**
   * Bring a record to the current version of its type through the upcaster chain, then validate its data.
   * Idempotent: a current record comes back equal. Throws {@link ValidationError} for an unknown type,
   * a version from the future, or a missing upcaster.
   */
  upcast<R extends AnyRecordedEvent>(record: R): R;
  /** Marker for type inference. */
  readonly _events?: E;
}

/**
 * Declare the event types of a domain.
 *
 * @example
 * ```ts
 * const events = defineEvents({
 *   'offer-made': { schema: s.object({ by: s.string(), amount: s.number() }), version: 2,
 *                   upcast: { 1: (d) => ({ ...d, by: d.from }) } },
 *   'deal-closed': { schema: s.object({ amount: s.number() }) },
 * });
 * type NegotiationEvent = EventsOf<typeof events>; // the union of both events, `data` typed
 * ```
 */
export function defineEvents<const S extends EventSpecs>(spec: S): EventCatalog<EventsOfSpecs<S>> {
  type E = EventsOfSpecs<S>;
  const types = Object.keys(spec) as E['type'][];
  for (const t of types) {
    const sp = spec[t]!;
    const v = sp.version ?? 1;
    if (!Number.isInteger(v) || v < 1)
      throw new UsageError(`defineEvents: "${t}".version must be an integer ≥ 1`);
    for (let i = 1; i < v; i++) {
      if (typeof sp.upcast?.[i] !== 'function')
        throw new UsageError(
          `defineEvents: "${t}" is at version ${v} but has no upcaster from version ${i}; add upcast: { ${i}: (data) => … }`,
        );
    }
  }
  const get = (type: string): EventTypeSpec<any> => {
    const sp = Object.hasOwn(spec, type) ? spec[type] : undefined;
    if (!sp)
      throw new ValidationError(`unknown event type "${type}"; known types: ${types.join(', ')}`, { type });
    return sp;
  };
  const validateData = (type: string, data: unknown): any => {
    const sp = get(type);
    try {
      return validateWith(sp.schema, data, `event "${type}" data`, 'data');
    } catch (e) {
      if (e instanceof ValidationError) throw new ValidationError(e.message, { type, issues: e.issues });
      throw e;
    }
  };
  return {
    types,
    has: (type: string): type is E['type'] => Object.hasOwn(spec, type),
    version: (type) => get(type).version ?? 1,
    description: (type) => get(type).description,
    validateData,
    upcast<R extends AnyRecordedEvent>(record: R): R {
      const sp = get(record.type);
      const current = sp.version ?? 1;
      let v = record.v;
      if (!Number.isInteger(v) || v < 1)
        throw new ValidationError(
          `event "${record.type}" has schema version ${String(v)}; expected an integer ≥ 1`,
          {
            type: record.type,
            issues: [{ path: 'v', message: 'expected an integer ≥ 1' }],
          },
        );
      if (v > current)
        throw new ValidationError(
          `event "${record.type}" has schema version ${v}, newer than this code knows (${current}); upgrade the package that defines it`,
          { type: record.type, issues: [{ path: 'v', message: `no upcaster from version ${v}` }] },
        );
      let data: unknown = record.data;
      while (v < current) {
        const up = sp.upcast?.[v];
        if (!up)
          throw new ValidationError(
            `event "${record.type}" version ${v} has no upcaster to version ${v + 1}`,
            {
              type: record.type,
              issues: [{ path: 'v', message: `no upcaster from version ${v}` }],
            },
          );
        data = up(data);
        v++;
      }
      const checked = validateData(record.type, data);
      return (v === record.v && checked === record.data ? record : { ...record, v, data: checked }) as R;
    },
  };
}
