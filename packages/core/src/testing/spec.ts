import type { Decider } from '../decider.js';
import { UsageError } from '../errors.js';
import type { DomainEvent, EventInput, EventMeta, RecordedEvent } from '../events/envelope.js';
import { recordOf } from '../events/recordOf.js';
import { replay } from '../replay.js';
import { TerminalStateError } from '../session/errors.js';
import { commandAt } from '../session/stamp.js';
import { differences, formatDifferences, SpecificationError } from './assert.js';

/** An expected event: `type` and `data` always compared; `at` and `meta` only when given. */
export type ExpectedEvent<E extends DomainEvent> = E extends DomainEvent
  ? E & { readonly at?: string; readonly meta?: EventMeta }
  : never;

/** A past event for `given`: a domain event, optionally with its world time, version (to test upcasters) and meta. */
export type GivenEvent<E extends DomainEvent> = EventInput<E> | RecordedEvent<E>;

export interface WhenOptions {
  /** World time of the command's events (as `dispatch(command, { at })`). */
  readonly at?: string;
}

/** The outcome of `when`, to check with one of the `then…` methods. */
export interface Outcome<S, E extends DomainEvent> {
  /**
   * Check the events `decide` returned: same count, and each with the expected `type` and `data` (and
   * `at` / `meta` when the expectation gives them). Throws a {@link SpecificationError} with a diff.
   */
  then(expected: readonly ExpectedEvent<E>[]): void;
  /** Check that `decide` refused the command with `ErrorClass` (and, for an `InvariantError`, the rule). */
  thenThrows(
    ErrorClass: abstract new (...args: any[]) => Error,
    rule?: string | ((error: any) => boolean),
  ): void;
  /** Check the state after the given events and the decided ones (deep equality, or a predicate). */
  thenState(expected: S | ((state: S) => boolean)): void;
}

export interface Given<S, C, E extends DomainEvent> {
  when(command: C, options?: WhenOptions): Outcome<S, E>;
}

export interface Specification<S, C, E extends DomainEvent> extends Given<S, C, E> {
  given(events: readonly GivenEvent<E>[]): Given<S, C, E>;
}

const SPEC_STREAM = 'spec';
const SPEC_AT = '1970-01-01';

/**
 * Given/when/then specifications for a decider, runner-agnostic (Emmett style): failures throw a
 * {@link SpecificationError} whose message shows what differs, so any test runner reports them.
 * Past events are folded with `replay` (upcast and validated through the catalog when there is one); the
 * command's events are validated too, like a session would.
 *
 * @example
 * ```ts
 * const it = spec(negotiation);
 * it.given([{ type: 'party-joined', data: { party: 'us' } }])
 *   .when({ type: 'make-offer', by: 'us', amount: 5 })
 *   .then([{ type: 'offer-made', data: { by: 'us', amount: 5 } }]);
 * it.when({ type: 'make-offer', by: 'ru', amount: 5 }).thenThrows(InvariantError, 'party-must-join');
 * ```
 */
export function spec<S, C, E extends DomainEvent>(decider: Decider<S, C, E>): Specification<S, C, E> {
  const given = (events: readonly GivenEvent<E>[]): Given<S, C, E> => ({
    when: (command, options = {}) => outcome(decider, toRecords(decider, events), command, options),
  });
  return { given, when: (command, options) => given([]).when(command, options) };
}

function toRecords<S, C, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  events: readonly GivenEvent<E>[],
): RecordedEvent<E>[] {
  if (!Array.isArray(events)) throw new UsageError('spec(decider).given(events): pass an array of events');
  const catalog = decider.events;
  return events.map((e, i) => {
    const r = recordOf(
      {
        stream: SPEC_STREAM,
        seq: i + 1,
        id: e.id ?? `${SPEC_STREAM}:${i + 1}`,
        at: e.at ?? SPEC_AT,
        v: e.v ?? catalog?.version(e.type) ?? 1,
      },
      e,
      e.meta,
    );
    return catalog ? catalog.upcast(r) : r;
  });
}

type Decided<E extends DomainEvent> =
  | { readonly ok: true; readonly events: readonly EventInput<E>[] }
  | { readonly ok: false; readonly error: unknown };

function outcome<S, C, E extends DomainEvent>(
  decider: Decider<S, C, E>,
  history: readonly RecordedEvent<E>[],
  command: C,
  options: WhenOptions,
): Outcome<S, E> {
  const state = replay(decider, history);
  let decided: Decided<E>;
  try {
    if (decider.isTerminal?.(state)) throw new TerminalStateError(decider.name, SPEC_STREAM, history.length);
    const raw = decider.decide(command, state);
    const at = options.at ?? commandAt(command);
    const events = raw.map((e) => ({
      ...e,
      data: decider.events ? decider.events.validateData(e.type, e.data) : e.data,
      ...(e.at === undefined && at !== undefined ? { at } : {}),
    })) as EventInput<E>[];
    decided = { ok: true, events };
  } catch (error) {
    decided = { ok: false, error };
  }
  const describeError = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
  const requireEvents = (what: string): readonly EventInput<E>[] => {
    if (!decided.ok)
      throw new SpecificationError(`${what}, but decide threw ${describeError(decided.error)}`);
    return decided.events;
  };

  return {
    // biome-ignore lint/suspicious/noThenProperty: the given/when/then vocabulary
    then(expected) {
      if (typeof expected === 'function' || !Array.isArray(expected))
        throw new UsageError(
          'spec(…).when(…) is not a promise: call .then([expected events]) (or .thenThrows(ErrorClass)) instead of awaiting it',
        );
      const events = requireEvents(`expected ${expected.length} event(s)`);
      const actual = events.map((e, i) => {
        const want = expected[i] as ExpectedEvent<E> | undefined;
        return {
          type: e.type,
          data: e.data,
          ...(want?.at !== undefined ? { at: e.at } : {}),
          ...(want?.meta !== undefined ? { meta: e.meta } : {}),
        };
      });
      const wanted = expected.map((e) => ({
        type: e.type,
        data: e.data,
        ...(e.at !== undefined ? { at: e.at } : {}),
        ...(e.meta !== undefined ? { meta: e.meta } : {}),
      }));
      const diffs = differences(wanted, actual, 'events');
      if (diffs.length > 0)
        throw new SpecificationError(
          formatDifferences('decide returned other events', wanted, actual, diffs),
        );
    },
    thenThrows(ErrorClass, rule) {
      if (decided.ok)
        throw new SpecificationError(
          `expected decide to throw ${ErrorClass.name}, but it returned ${decided.events.length} event(s): ${JSON.stringify(
            decided.events.map((e) => ({ type: e.type, data: e.data })),
          )}`,
        );
      const error = decided.error;
      if (!(error instanceof ErrorClass))
        throw new SpecificationError(
          `expected decide to throw ${ErrorClass.name}, but it threw ${describeError(error)}`,
        );
      if (typeof rule === 'string') {
        const got = (error as { rule?: unknown }).rule;
        if (got !== rule)
          throw new SpecificationError(
            `expected ${ErrorClass.name} for the rule "${rule}", but it named the rule ${JSON.stringify(got)}: ${error.message}`,
          );
      } else if (typeof rule === 'function' && !rule(error)) {
        throw new SpecificationError(
          `${ErrorClass.name} was thrown but did not pass the check: ${error.message}`,
        );
      }
    },
    thenState(expected) {
      const events = requireEvents('expected a state');
      const tail = events.map((e, i) =>
        recordOf(
          {
            stream: SPEC_STREAM,
            seq: history.length + i + 1,
            id: `${SPEC_STREAM}:${history.length + i + 1}`,
            at: e.at ?? SPEC_AT,
            v: decider.events?.version(e.type) ?? 1,
          },
          e,
        ),
      );
      const after = replay(decider, tail, { from: { state, seq: history.length } });
      if (typeof expected === 'function') {
        if (!(expected as (s: S) => boolean)(after))
          throw new SpecificationError(
            `the state did not pass the check:\n${JSON.stringify(after, null, 2)}`,
          );
        return;
      }
      const diffs = differences(expected, after, 'state');
      if (diffs.length > 0)
        throw new SpecificationError(formatDifferences('the state differs', expected, after, diffs));
    },
  };
}
