import {
  addDays,
  createFolder,
  type DomainEvent,
  type EventMeta,
  InvariantError,
  type RecordedEvent,
  recordOf,
  type StateAtSeq,
  UsageError,
} from '@parley/core';
import { createRng } from '../rng/rng.js';
import { deriveSeed } from '../rng/seed.js';
import type { DayContext, RunResult, SimModel } from './types.js';

/** A command injected into a run on a given day (a what-if's alternative event). */
export interface Injection<C> {
  readonly at: string;
  readonly command: C;
  readonly actor?: string;
}

export interface SimulateRunOptions<S, C> {
  /** The state to start from (e.g. the record run up to `start`) and its seq. */
  readonly base: StateAtSeq<S>;
  /** Stream name for the simulated events. */
  readonly stream: string;
  /** Start date: day 1 is the day after. */
  readonly start: string;
  readonly days: number;
  /** Sweep seed and 0-based run index: every random stream of the run derives from them. */
  readonly seed: number;
  readonly run: number;
  /** Commands to inject on given dates (applied at the start of their day, before nature). */
  readonly inject?: readonly Injection<C>[];
  /** Receive every recorded event (e.g. to write a log); omitted for Monte Carlo speed. */
  readonly onRecord?: (record: RecordedEvent) => void;
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** The `days` dates after `start`, memoised for the few (start, days) pairs a sweep uses. */
const dateCache = new Map<string, readonly string[]>();
function datesAfter(start: string, days: number): readonly string[] {
  const key = `${start}|${days}`;
  let d = dateCache.get(key);
  if (!d) {
    d = Array.from({ length: days }, (_, i) => addDays(start, i + 1));
    if (dateCache.size >= 8) dateCache.delete(dateCache.keys().next().value!);
    dateCache.set(key, d);
  }
  return d;
}

/**
 * Run one simulated trajectory: each day, injected commands, then nature's move, then every agent's policy
 * on its own view and random stream; each command is decided against the working state and its events are
 * evolved in place (`createFolder`, no immer proxies). Deterministic in `(seed, run)`.
 *
 * Records carry `meta.actor` and `meta.sim = { seed, run, stream }` so a log says which random stream made
 * each event.
 *
 * @example
 * ```ts
 * const result = simulateRun(model, { base: { state, seq }, stream: 'sim', start: '2016-02-27',
 *                                    days: 90, seed: 1, run: 0 });
 * result.collapseDay; // e.g. 61, or null
 * ```
 */
export function simulateRun<S, C, E extends DomainEvent, W, V, A>(
  model: SimModel<S, C, E, W, V, A>,
  options: SimulateRunOptions<S, C>,
): RunResult {
  const { decider } = model;
  const { stream, start, days, seed, run, onRecord } = options;
  const folder = createFolder(decider, options.base);
  const natureSeed = deriveSeed(seed, run, 'nature');
  const nature = createRng(natureSeed);
  const series: number[][] = model.indicators.map(() => []);
  const inject = [...(options.inject ?? [])];
  let collapseDay: number | null = null;
  let talksDay: number | null = null;
  let exclusions = 0;
  let events = 0;
  let refused = 0;
  let seq = options.base.seq;
  let started = false;

  // one mutable context for the whole run (no allocation a day); its world is set once created, below,
  // before any model hook sees it
  const ctx = { day: 0, at: start, state: folder.state, world: undefined as unknown as W } as {
    day: number;
    at: string;
    state: S;
    world: W;
  };
  // one shared, frozen meta object per (actor, stream) and one schema-version lookup per type: fewer allocations
  const metas = new Map<string, EventMeta>();
  // an actor always draws from the same stream within a run, so the actor is the key
  const metaFor = (actor: string, streamSeed: number): EventMeta => {
    let m = metas.get(actor);
    if (!m || (m.sim as { stream: number }).stream !== streamSeed) {
      m = Object.freeze({ actor, sim: Object.freeze({ seed, run, stream: streamSeed }) });
      metas.set(actor, m);
    }
    return m;
  };
  const versions = new Map<string, number>();
  const versionOf = (type: string): number => {
    let v = versions.get(type);
    if (v === undefined) {
      v = decider.events?.version(type as E['type']) ?? 1;
      versions.set(type, v);
    }
    return v;
  };
  const dispatch = (command: C, actor: string, streamSeed: number, injected = false): void => {
    let out: ReturnType<typeof decider.decide>;
    try {
      out = decider.decide(command, folder.state);
    } catch (e) {
      if (e instanceof InvariantError && injected)
        throw new UsageError(
          `simulateRun: the injected command ${JSON.stringify(command)} was refused (${e.message}); fix its date or content`,
        );
      if (e instanceof InvariantError) {
        refused++;
        if (started) model.onRefused?.(ctx as DayContext<S, W>, command, actor, e.rule);
        return;
      }
      throw e;
    }
    if (out.length === 0) return;
    const base = metaFor(actor, streamSeed);
    for (const ev of out) {
      seq++;
      const meta: EventMeta = ev.meta ? { ...ev.meta, ...base } : base;
      const record = recordOf(
        { stream, seq, id: `${stream}:${run}:${seq}`, at: ev.at ?? ctx.at, v: ev.v ?? versionOf(ev.type) },
        ev,
        meta,
      );
      folder.apply(record);
      events++;
      onRecord?.(record as RecordedEvent);
      if (started) model.onEvent?.(ctx as DayContext<S, W>, record, actor);
    }
  };

  // injections on or before the start date change the world the run starts in (e.g. another party signs on)
  for (const inj of inject.filter((i) => i.at.slice(0, 10) <= start))
    dispatch(inj.command, inj.actor ?? 'what-if', 0, true);
  const agents = model.agents(folder.state).map((a) => ({
    agent: a,
    rng: createRng(deriveSeed(seed, run, a.id)),
  }));
  const world = model.createWorld(folder.state, nature, start);
  ctx.world = world;
  started = true;
  const dates = datesAfter(start, days);
  for (let day = 1; day <= days; day++) {
    ctx.day = day;
    ctx.at = dates[day - 1]!;
    ctx.state = folder.state;
    for (const inj of inject)
      if (inj.at.slice(0, 10) === ctx.at) dispatch(inj.command, inj.actor ?? 'what-if', 0, true);
    for (const c of model.nature(ctx, nature)) dispatch(c, 'nature', natureSeed);
    for (const { agent, rng } of agents) {
      const commands = agent.policy(model.view(agent, ctx), rng);
      for (const a of commands) {
        // SimModel's contract: without translate, the actions A are the decider's commands C (its default)
        if (!model.translate) dispatch(a as unknown as C, agent.id, rng.seed);
        else for (const c of model.translate(ctx, a, agent.id, nature)) dispatch(c, agent.id, rng.seed);
      }
    }
    const obs = model.observe(ctx);
    for (let i = 0; i < series.length; i++)
      series[i]!.push(round4(obs.indicators[model.indicators[i]!] ?? 0));
    if (obs.collapsed && collapseDay === null) collapseDay = day;
    if (obs.talks && talksDay === null) talksDay = day;
    exclusions = obs.exclusions;
  }
  const indicators: Record<string, number[]> = {};
  model.indicators.forEach((name, i) => {
    indicators[name] = series[i]!;
  });
  return { run, seed: natureSeed, collapseDay, talksDay, exclusions, events, refused, indicators };
}
