import type { Draft } from 'immer';
import type { CommandOf, Decider, EventOf, StateOf } from './decider.js';
import { InvariantError, UsageError, ValidationError } from './errors.js';
import type { EventCatalog } from './events/catalog.js';
import type { AnyRecordedEvent, DomainEvent } from './events/envelope.js';

/** The deciders of a combination, one per track. */
export type Tracks = Readonly<Record<string, Decider<any, any, any>>>;

/** The state of a combination: one slot per track. */
export type CombinedState<T extends Tracks> = { [K in keyof T]: StateOf<T[K]> };
/** Any command of any track. */
export type CombinedCommand<T extends Tracks> = CommandOf<T[keyof T]>;
/** Any event of any track. */
export type CombinedEvent<T extends Tracks> = EventOf<T[keyof T]>;

export interface CombineOptions<T extends Tracks> {
  /** Name of the combined decider (default the track names joined with `+`). */
  readonly name?: string;
  /**
   * Command types each track handles (commands are objects with a string `type`). A type listed under
   * two tracks is a usage error.
   */
  readonly commands?: { readonly [K in keyof T]?: readonly string[] };
  /** Route a command to a track yourself; wins over `commands`. Return undefined when no track takes it. */
  readonly route?: (command: CombinedCommand<T>) => (keyof T & string) | undefined;
  /** Event types each track owns, for tracks without an event catalog. */
  readonly events?: { readonly [K in keyof T]?: readonly string[] };
  /** When the whole negotiation is over (default: when every track is terminal). */
  readonly isTerminal?: (state: CombinedState<T>) => boolean;
}

/**
 * Compose deciders into one: the tracks of a negotiation (military, political, humanitarian) as one
 * decider over one stream. The state has one slot per track; a command goes to the one track that takes
 * it (by `route`, else by the `commands` type lists); an event is evolved by the one track that owns its
 * type (by the track's event catalog, else the `events` type lists). The combined catalog exists when
 * every track has one. The version combines the tracks' versions, so changing any track invalidates
 * snapshots. A command sent to a track whose own state is terminal is refused with the rule `terminal`.
 *
 * @example
 * ```ts
 * const negotiation = combine(
 *   { military: ceasefire, political: talks },
 *   { commands: { military: ['sign-on', 'report-violation'], political: ['convene-talks'] } },
 * );
 * const session = createSession(negotiation);
 * await session.dispatch({ type: 'convene-talks', at: '2016-03-14' });
 * session.state.political; // the talks track's state
 * ```
 */
export function combine<const T extends Tracks>(
  tracks: T,
  options: CombineOptions<T> = {},
): Decider<CombinedState<T>, CombinedCommand<T>, CombinedEvent<T>> {
  type S = CombinedState<T>;
  type C = CombinedCommand<T>;
  type E = CombinedEvent<T>;
  const keys = Object.keys(tracks) as (keyof T & string)[];
  const name = options.name ?? keys.join('+');
  const fn = `combine("${name}")`;
  if (keys.length === 0)
    throw new UsageError(`${fn}: give at least one track, e.g. combine({ military: decider })`);

  const commandOwner = new Map<string, keyof T & string>();
  for (const k of keys) {
    for (const type of options.commands?.[k] ?? []) {
      const other = commandOwner.get(type);
      if (other !== undefined && other !== k)
        throw new UsageError(
          `${fn}: command type "${type}" is listed under two tracks, "${other}" and "${k}"; a command goes to exactly one track — list it once, or use options.route`,
        );
      commandOwner.set(type, k);
    }
  }
  if (!options.route && commandOwner.size === 0 && keys.length > 1)
    throw new UsageError(
      `${fn}: say which track takes which command: options.commands ({ ${keys.map((k) => `${k}: ['…']`).join(', ')} }) or options.route(command)`,
    );

  const eventOwner = new Map<string, keyof T & string>();
  for (const k of keys) {
    const catalog = tracks[k]!.events;
    const types: readonly string[] = catalog ? catalog.types : (options.events?.[k] ?? []);
    if (!catalog && options.events?.[k] === undefined)
      throw new UsageError(
        `${fn}: track "${k}" has no event catalog, so its events cannot be told apart; give it one (decider.events) or list its event types in options.events.${k}`,
      );
    for (const type of types) {
      const other = eventOwner.get(type);
      if (other !== undefined)
        throw new UsageError(
          `${fn}: event type "${type}" belongs to two tracks, "${other}" and "${k}"; rename one of them — each event is evolved by exactly one track`,
        );
      eventOwner.set(type, k);
    }
  }

  const routeOf = (command: C): keyof T & string => {
    if (keys.length === 1 && !options.route && commandOwner.size === 0) return keys[0]!;
    let key: (keyof T & string) | undefined;
    let how: string;
    if (options.route) {
      key = options.route(command);
      how = 'options.route returned no track';
      if (key !== undefined && !Object.hasOwn(tracks, key))
        throw new UsageError(
          `${fn}: options.route returned "${String(key)}", which is not a track (${keys.join(', ')})`,
        );
    } else {
      const type = (command as { type?: unknown } | null)?.type;
      if (typeof type !== 'string')
        throw new UsageError(
          `${fn}: commands are routed by their string "type", but this command has none; give commands a type or use options.route`,
        );
      key = commandOwner.get(type);
      how = `no track lists the command type "${type}"`;
    }
    if (key === undefined)
      throw new UsageError(
        `${fn}: ${how}; tracks: ${keys.map((k) => `${k} (${(options.commands?.[k] ?? []).join(', ') || 'route'})`).join('; ')} — add it to options.commands or options.route`,
      );
    return key;
  };

  const ownerOf = (type: string): keyof T & string => {
    const k = eventOwner.get(type);
    if (k === undefined)
      throw new ValidationError(
        `${fn}: unknown event type "${type}"; known types: ${[...eventOwner.keys()].join(', ')}`,
        { type },
      );
    return k;
  };

  const catalogs = keys.map((k) => tracks[k]!.events);
  const events = catalogs.every((c) => c !== undefined)
    ? combineCatalogs(
        keys.map((k) => [k, tracks[k]!.events!] as const),
        ownerOf,
      )
    : undefined;

  const decider: Decider<S, C, E> = {
    name,
    version: keys.map((k) => `${k}:${tracks[k]!.version}`).join(','),
    initial() {
      const out: Record<string, unknown> = {};
      for (const k of keys) out[k] = tracks[k]!.initial();
      return out as S;
    },
    decide(command, state) {
      const k = routeOf(command);
      const track = tracks[k]!;
      if (track.isTerminal?.(state[k]))
        throw new InvariantError(
          'terminal',
          `the "${k}" track of "${name}" is over and accepts no more commands; send commands to another track`,
        );
      return track.decide(command, state[k]);
    },
    evolve(draft, event) {
      const k = ownerOf(event.type);
      tracks[k]!.evolve((draft as Record<string, Draft<unknown>>)[k], event);
    },
    isTerminal:
      options.isTerminal ?? ((state: S) => keys.every((k) => tracks[k]!.isTerminal?.(state[k]) === true)),
    ...(events ? { events: events as EventCatalog<E> } : {}),
  };
  return decider;
}

function combineCatalogs(
  parts: readonly (readonly [string, EventCatalog<DomainEvent>])[],
  ownerOf: (type: string) => string,
): EventCatalog<DomainEvent> {
  const byTrack = new Map(parts);
  const catalogOf = (type: string): EventCatalog<DomainEvent> => byTrack.get(ownerOf(type))!;
  const types = parts.flatMap(([, c]) => c.types);
  const set = new Set(types);
  return {
    types,
    has: (type: string): type is string => set.has(type),
    version: (type) => catalogOf(type).version(type),
    description: (type) => catalogOf(type).description(type),
    validateData: (type, data) => catalogOf(type).validateData(type, data),
    upcast: <R extends AnyRecordedEvent>(record: R): R => catalogOf(record.type).upcast(record),
  };
}
