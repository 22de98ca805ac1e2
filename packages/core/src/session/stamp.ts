import type { Clock } from '../clock.js';
import type { Decider } from '../decider.js';
import { UsageError, ValidationError } from '../errors.js';
import type { DomainEvent, EventInput, EventMeta } from '../events/envelope.js';
import { isWorldTime } from '../events/worldTime.js';
import type { IdGenerator } from '../ids.js';

/**
 * The `at` field of a command that is an object with a string `at`, else undefined.
 *
 * @example
 * ```ts
 * commandAt({ type: 'convene', at: '2016-02-11' }); // '2016-02-11'
 * commandAt('tick');                                // undefined
 * ```
 */
export function commandAt(command: unknown): string | undefined {
  if (typeof command !== 'object' || command === null) return undefined;
  const at = (command as { at?: unknown }).at;
  return typeof at === 'string' ? at : undefined;
}

export interface StampContext {
  readonly stream: string;
  /** The stream's version before these events. */
  readonly version: number;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly at?: string | undefined;
  readonly meta?: EventMeta | undefined;
}

/**
 * Turn the events `decide` returned into inputs ready to append: validated against the decider's catalog
 * (when it has one), with world time (event.at ?? options.at ?? command.at ?? clock.now()), the current
 * schema version, an id and the dispatch's metadata.
 *
 * @example
 * ```ts
 * const inputs = stampEvents(decider, decider.decide(cmd, state), cmd, { stream, version, clock, ids });
 * ```
 */
export function stampEvents<E extends DomainEvent>(
  decider: Decider<any, any, E>,
  events: readonly EventInput<E>[],
  command: unknown,
  ctx: StampContext,
): EventInput<E>[] {
  if (!Array.isArray(events))
    throw new UsageError(
      `decider "${decider.name}": decide() must return an array of events (possibly empty), got ${typeof events}`,
    );
  const catalog = decider.events;
  let fallback: string | undefined; // the clock is read at most once per command, and only if needed
  const out: EventInput<E>[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    let at = ev.at ?? ctx.at ?? commandAt(command);
    if (at === undefined) at = fallback ??= ctx.clock.now();
    if (!isWorldTime(at))
      throw new ValidationError(
        `event "${ev.type}": world time ${JSON.stringify(at)} is not an ISO 8601 date or date-time; fix the command's or the dispatch's at`,
        { type: ev.type, issues: [{ path: 'at', message: 'expected an ISO 8601 date or date-time' }] },
      );
    const data = catalog ? catalog.validateData(ev.type, ev.data) : ev.data;
    const input: Record<string, unknown> = {
      type: ev.type,
      data,
      at,
      id: ev.id ?? ctx.ids(ctx.stream, ctx.version + i + 1),
      v: ev.v ?? catalog?.version(ev.type) ?? 1,
    };
    if (ctx.meta || ev.meta) input.meta = { ...ctx.meta, ...ev.meta };
    out[i] = input as EventInput<E>;
  }
  return out;
}
