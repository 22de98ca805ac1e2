import type { Decider } from './decider.js';
import { InvariantError, isParleyError, UsageError, ValidationError } from './errors.js';
import type { DomainEvent, EventMeta, RecordedEvent } from './events/envelope.js';
import { recordOf } from './events/recordOf.js';
import { compareAt, isOnOrBefore, isWorldTime } from './events/worldTime.js';
import { type IdGenerator, streamSeqIds } from './ids.js';
import { createFolder } from './replay.js';

/**
 * One step of a scenario: a command issued at a world time, with the metadata (sources, flags, notes)
 * that every event it causes will carry. The world time is `at`, or else the command's own `at` field.
 */
export interface ScenarioStep<C> {
  readonly command: C;
  readonly at?: string;
  readonly meta?: EventMeta;
}

/**
 * A scenario: a story told as dated commands run through a decider. The built-in ISSG record is one;
 * scenario scripts (`parley run my-story.ts`) define their own, often starting from another scenario at a
 * date and adding steps.
 */
export interface Scenario<S = unknown, C = unknown, E extends DomainEvent = DomainEvent> {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly decider: Decider<S, C, E>;
  /** The stream the scenario's events go to. */
  readonly stream: string;
  readonly steps: readonly ScenarioStep<C>[];
  /** The scenario this one was started from, and the date it branched (informational). */
  readonly basedOn?: { readonly id: string; readonly at: string };
}

export interface ScenarioSpec<S, C, E extends DomainEvent> {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** The decider; may be omitted when `start.scenario` gives one. */
  readonly decider?: Decider<S, C, E>;
  readonly stream?: string;
  /** Start from another scenario's steps up to and including a date (a fork of the record). */
  readonly start?: { readonly scenario: Scenario<S, C, E>; readonly at: string };
  readonly steps?: readonly ScenarioStep<C>[];
}

/**
 * World time of a step: its `at`, else its command's `at`.
 *
 * @example
 * ```ts
 * stepTime({ at: '2016-02-27', command: { type: 'x' } }); // '2016-02-27'
 * stepTime({ command: { type: 'x', at: '2016-05-17' } }); // '2016-05-17'
 * ```
 */
export function stepTime(step: ScenarioStep<unknown>): string | undefined {
  if (step.at !== undefined) return step.at;
  const c = step.command as { at?: unknown } | null;
  return typeof c === 'object' && c !== null && typeof c.at === 'string' ? c.at : undefined;
}

/**
 * Define a scenario; checks that every step has a world time and that time never goes backwards.
 *
 * @example
 * ```ts
 * const story = defineScenario({
 *   id: 'what-if', title: 'What if …', start: { scenario: issgRecord, at: '2016-02-26' },
 *   steps: [{ at: '2016-02-27', command: { type: 'sign-on', party: 'pyd' } }],
 * });
 * ```
 */
export function defineScenario<S, C, E extends DomainEvent>(spec: ScenarioSpec<S, C, E>): Scenario<S, C, E> {
  const decider = spec.decider ?? spec.start?.scenario.decider;
  if (!decider)
    throw new UsageError(`defineScenario("${spec.id}"): give a decider, or start from a scenario`);
  if (spec.start && !isWorldTime(spec.start.at))
    throw new UsageError(`defineScenario("${spec.id}"): start.at "${spec.start.at}" is not an ISO 8601 date`);
  const base = spec.start
    ? spec.start.scenario.steps.filter((st) => isOnOrBefore(stepTime(st) ?? '', spec.start!.at))
    : [];
  const steps = [...base, ...(spec.steps ?? [])];
  let last: string | undefined;
  steps.forEach((st, i) => {
    const at = stepTime(st);
    if (at === undefined || !isWorldTime(at))
      throw new ValidationError(
        `scenario "${spec.id}" step ${i + 1}: needs a world time (step.at or command.at), got ${JSON.stringify(at)}`,
        { issues: [{ path: `steps[${i}].at`, message: 'expected an ISO 8601 date or date-time' }] },
      );
    if (last !== undefined && compareAt(at, last) < 0)
      throw new ValidationError(`scenario "${spec.id}" step ${i + 1}: world time ${at} is before ${last}`, {
        issues: [{ path: `steps[${i}].at`, message: 'world time goes backwards' }],
      });
    last = at;
  });
  return {
    id: spec.id,
    title: spec.title,
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    decider,
    stream: spec.stream ?? spec.start?.scenario.stream ?? spec.id,
    steps,
    ...(spec.start ? { basedOn: { id: spec.start.scenario.id, at: spec.start.at } } : {}),
  };
}

/** A step that `decide` refused, with its position in the scenario. */
export class ScenarioStepError extends InvariantError {
  readonly step: number;
  constructor(scenario: string, step: number, at: string, cause: InvariantError) {
    super(cause.rule, `scenario "${scenario}" step ${step} (${at}): ${cause.reason}`);
    this.name = 'ScenarioStepError';
    this.step = step;
  }
}

export interface RunScenarioOptions {
  /** Stop after the last step dated on or before this world time. */
  readonly until?: string;
  readonly ids?: IdGenerator;
}

export interface ScenarioRun<S, E extends DomainEvent> {
  readonly records: readonly RecordedEvent<E>[];
  /** The final state, deeply frozen. */
  readonly state: S;
}

/**
 * Run a scenario's steps through its decider, purely and fast (mutable fold, frozen once at the end).
 * Each step's events get the step's world time and metadata, the current schema version, a gapless seq
 * and an id. A refused step throws {@link ScenarioStepError} naming the step; if the decider has an event
 * catalog, every event is validated against it.
 *
 * @example
 * ```ts
 * const { records, state } = runScenario(issgRecord, { until: '2016-05-17' });
 * ```
 */
export function runScenario<S, C, E extends DomainEvent>(
  scenario: Scenario<S, C, E>,
  options: RunScenarioOptions = {},
): ScenarioRun<S, E> {
  const { decider, stream } = scenario;
  const ids = options.ids ?? streamSeqIds;
  const folder = createFolder(decider);
  const records: RecordedEvent<E>[] = [];
  let seq = 0;
  scenario.steps.forEach((step, i) => {
    const at = stepTime(step)!;
    if (options.until !== undefined && !isOnOrBefore(at, options.until)) return;
    let events: ReturnType<typeof decider.decide>;
    try {
      events = decider.decide(step.command, folder.state);
    } catch (e) {
      if (e instanceof InvariantError) throw new ScenarioStepError(scenario.id, i + 1, at, e);
      if (isParleyError(e)) throw e;
      throw e;
    }
    for (const ev of events) {
      const data = decider.events ? decider.events.validateData(ev.type, ev.data) : ev.data;
      seq++;
      const meta = step.meta || ev.meta ? { ...step.meta, ...ev.meta } : undefined;
      const record = recordOf(
        {
          stream,
          seq,
          id: ev.id ?? ids(stream, seq),
          at: ev.at ?? at,
          v: ev.v ?? decider.events?.version(ev.type) ?? 1,
        },
        { type: ev.type, data } as E,
        meta,
      );
      folder.apply(record);
      records.push(record);
    }
  });
  return { records, state: folder.result() };
}

/**
 * A scenario of any domain (see `AnyDecider`): a list of built-in scenarios, a script loaded at run time.
 *
 * @example
 * ```ts
 * const builtins: readonly AnyScenario[] = issgScenarios;
 * ```
 */
export type AnyScenario = Scenario<any, any, any>;
