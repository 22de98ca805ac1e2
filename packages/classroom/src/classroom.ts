import { randomBytes } from 'node:crypto';
import {
  type AnyDecider,
  type AnyRecordedEvent,
  ConcurrencyError,
  type EventInput,
  type EventStore,
  InvariantError,
  isParleyError,
  isWorldTime,
  recordOf,
  replay,
  UsageError,
} from '@parley/core';
import { type ClassState, classDecider, isRoomCommand } from './classDecider.js';
import type { ClassBranch } from './classLog.js';
import { type ClientCommand, FrameError } from './frames.js';
import type { AgentTurn, ClassroomGame } from './game.js';
import { ROUND_COMMANDS, SEAT_COMMANDS } from './room.js';
import { type ClassSecrets, newSecrets, type RandomBytes } from './secrets.js';

/** The seat name of the instructor. */
export const INSTRUCTOR = 'instructor';

export interface ClassroomOptions {
  readonly game: ClassroomGame;
  /** The class's store (file, PostgreSQL, memory); the caller closes it. */
  readonly store: EventStore;
  /** Random bytes for join codes and the token key (default `crypto.randomBytes`). */
  readonly random?: RandomBytes;
  /** Wall time in milliseconds, stamped into `meta.wall` only (default `Date.now`). */
  readonly now?: () => number;
  /** Play empty seats with the game's agents (default true; off for a second server on one database). */
  readonly agents?: boolean;
  /** Milliseconds an agent waits before each move (default 1500, so people can follow). */
  readonly agentDelayMs?: number;
  /** Called when an agent's move fails or a listener throws (default `process.emitWarning`). */
  readonly onWarning?: (message: string) => void;
}

/** Who holds a seat: a student or the game's agent. */
export interface SeatStatus {
  readonly seat: string;
  readonly holder: 'human' | 'agent';
}

/** The live class: one writer over the store, the current branch mirrored in memory. */
export interface Classroom {
  readonly game: ClassroomGame;
  readonly secrets: ClassSecrets;
  /** The current branch (the first is the game's id; a rewind opens `<id>~2`, `<id>~3`, …). */
  readonly stream: string;
  /** Every branch, oldest first, with its parent. */
  readonly branches: readonly {
    readonly stream: string;
    readonly parent: { stream: string; seq: number } | null;
  }[];
  /** Every branch with its records, read from the store (for the debrief). */
  readBranches(): Promise<readonly ClassBranch[]>;
  /** The current branch's records, in seq order. */
  readonly records: readonly AnyRecordedEvent[];
  readonly state: ClassState;
  seats(): readonly SeatStatus[];
  /** May `seat` read `record`? */
  visible(record: AnyRecordedEvent, seat: string): boolean;
  /**
   * Decide a command sent by `seat` and append its events; resolves with the branch's version after them
   * once every listener has seen them. Throws a `FrameError` for a command the seat may not send or the
   * rules refuse.
   */
  submit(seat: string, command: ClientCommand): Promise<number>;
  /** Open a new branch copying the current one up to `seq`, and make it current. Resolves with its name. */
  rewind(seq: number): Promise<string>;
  /** Called with each record of the current branch once, in seq order, and with each switch of branch. */
  listen(listener: ClassListener): () => void;
  close(): Promise<void>;
}

export interface ClassListener {
  record(record: AnyRecordedEvent): void;
  branch(stream: string): void;
}

const defaultWarn = (message: string) =>
  process.emitWarning(message, { type: 'ParleyWarning', code: 'PARLEY_CLASS' });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Open a class on a store: reads its secrets and current branch (a restarted server resumes the class),
 * or writes new ones, then mirrors the branch, following appends by other processes on a shared store.
 *
 * @example
 * ```ts
 * const room = await openClassroom({ game, store: await fileStore('class.ndjson') });
 * await room.submit('us', { type: 'propose-amendment', issue: 'talks-date', option: 'june-1' });
 * ```
 */
export async function openClassroom(options: ClassroomOptions): Promise<Classroom> {
  const { game, store } = options;
  const random = options.random ?? ((n: number) => randomBytes(n));
  const now = options.now ?? Date.now;
  const warn = options.onWarning ?? defaultWarn;
  const agentDelay = options.agentDelayMs ?? 1500;
  if (game.seats.includes(INSTRUCTOR))
    throw new UsageError(`openClassroom: "${INSTRUCTOR}" is the instructor's seat; rename that delegation`);
  if (!isWorldTime(game.at)) throw new UsageError(`openClassroom: game.at "${game.at}" is not a world time`);
  const decider: AnyDecider = classDecider(game);
  const metaStream = `${game.id}.class`;

  // --- the class's secrets and branches, in its own stream (never sent to any client) ---
  const readMeta = async (): Promise<AnyRecordedEvent[]> => {
    const out: AnyRecordedEvent[] = [];
    for await (const r of store.read(metaStream)) out.push(r);
    return out;
  };
  let meta = await readMeta();
  if (meta.length === 0) {
    const fresh = newSecrets(game.seats, random);
    try {
      await store.append(
        metaStream,
        [
          { type: 'class-opened', data: { game: game.id, ...fresh }, at: game.at },
          { type: 'class-branch', data: { stream: game.id, parent: null }, at: game.at },
        ],
        { expectedVersion: 'no-stream' },
      );
    } catch (e) {
      // another server on the same database opened the class first: use its secrets
      if (!(e instanceof ConcurrencyError)) throw e;
    }
    meta = await readMeta();
  }
  const opened = meta.find((r) => r.type === 'class-opened');
  if (
    !opened ||
    !isObject(opened.data) ||
    !isObject(opened.data.codes) ||
    typeof opened.data.key !== 'string'
  )
    throw new UsageError(`openClassroom: stream "${metaStream}" does not start with the class's secrets`);
  const secrets: ClassSecrets = { codes: opened.data.codes as Record<string, string>, key: opened.data.key };
  const branches: { stream: string; parent: { stream: string; seq: number } | null }[] = [];
  const addBranch = (r: AnyRecordedEvent): void => {
    if (r.type !== 'class-branch' || !isObject(r.data) || typeof r.data.stream !== 'string') return;
    const name = r.data.stream;
    if (branches.some((b) => b.stream === name)) return;
    const p = r.data.parent;
    const parent =
      isObject(p) && typeof p.stream === 'string' && typeof p.seq === 'number'
        ? { stream: p.stream, seq: p.seq }
        : null;
    branches.push({ stream: name, parent });
  };
  meta.forEach(addBranch);

  // --- the mirror of the current branch ---
  let stream = branches[branches.length - 1]?.stream ?? game.id;
  let records: AnyRecordedEvent[] = [];
  let state = decider.initial() as ClassState;
  const listeners = new Set<ClassListener>();
  const waiters: { seq: number; stream: string; resolve: () => void }[] = [];
  let closed = false;

  const emit = (f: (l: ClassListener) => void): void => {
    for (const l of listeners) {
      try {
        f(l);
      } catch (e) {
        warn(`classroom listener failed: ${String(e)}`);
      }
    }
  };
  const take = (r: AnyRecordedEvent): boolean => {
    if (r.stream !== stream || r.seq !== records.length + 1) return false;
    records.push(r);
    state = replay(decider, [r], { from: { state, seq: r.seq - 1 } }) as ClassState;
    emit((l) => l.record(r));
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (w.stream === stream && records.length >= w.seq) {
        waiters.splice(i, 1);
        w.resolve();
      }
    }
    return true;
  };
  let catching: Promise<void> | undefined;
  let again = false;
  const catchUp = (): Promise<void> => {
    // one reader at a time: records after the mirror's end, from the store; a call made while it reads
    // makes it read once more, so nothing appended meanwhile is left behind
    if (catching) {
      again = true;
      return catching;
    }
    catching = (async () => {
      try {
        do {
          again = false;
          const want = stream;
          for await (const r of store.read(want, { from: records.length + 1 })) {
            if (want !== stream) break;
            take(r);
          }
        } while (again);
      } finally {
        catching = undefined;
      }
    })();
    return catching;
  };
  const unsubscribe = store.subscribe((r) => {
    if (r.stream === metaStream) {
      const known = branches.length;
      addBranch(r);
      if (branches.length > known) void switchTo(branches[branches.length - 1]!.stream);
      return;
    }
    if (r.stream !== stream || r.seq <= records.length) return;
    if (!take(r)) catchUp().catch((e) => warn(`classroom: reading "${stream}" failed: ${String(e)}`));
  });
  await catchUp();

  const switchTo = async (next: string): Promise<void> => {
    if (next === stream) return;
    stream = next;
    records = [];
    state = decider.initial() as ClassState;
    emit((l) => l.branch(next));
    await catchUp();
  };

  const whenSeen = (seq: number): Promise<void> => {
    if (records.length >= seq) return Promise.resolve();
    return new Promise((resolve) => {
      waiters.push({ seq, stream, resolve });
      void catchUp();
    });
  };

  // --- writing: one command at a time ---
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };

  /** An event the decider made, its data validated, stamped with the seat that sent it and the wall time. */
  const stamped = (ev: EventInput, at: string, actor: string, wall: string): EventInput => ({
    type: ev.type,
    data: decider.events ? decider.events.validateData(ev.type, ev.data) : ev.data,
    at: ev.at ?? at,
    meta: { ...ev.meta, actor, wall },
  });

  /**
   * Appends at the version this server has seen and waits until its listeners have them: the new version,
   * or undefined when another writer was first (then caught up, so the caller decides again).
   */
  const appendAtSeen = async (inputs: readonly EventInput[]): Promise<number | undefined> => {
    try {
      const result = await store.append(stream, inputs, { expectedVersion: records.length });
      for (const r of result.records) take(r);
      await whenSeen(result.version);
      return result.version;
    } catch (e) {
      if (e instanceof ConcurrencyError) {
        await catchUp();
        return undefined;
      }
      throw asFrameError(e);
    }
  };

  const appendDecided = async (command: ClientCommand, actor: string): Promise<number> => {
    for (let attempt = 0; attempt < 6; attempt++) {
      let decided: readonly EventInput[];
      try {
        decided = decider.decide(command, state);
      } catch (e) {
        throw asFrameError(e);
      }
      if (decided.length === 0) return records.length;
      const lastAt = records[records.length - 1]?.at ?? game.at;
      const at = typeof command.at === 'string' && isWorldTime(command.at) ? command.at : lastAt;
      const wall = new Date(now()).toISOString();
      let inputs: EventInput[];
      try {
        inputs = decided.map((ev) => stamped(ev, at, actor, wall));
      } catch (e) {
        throw asFrameError(e);
      }
      const version = await appendAtSeen(inputs);
      if (version !== undefined) return version;
    }
    throw new FrameError('conflict', 'other writers kept appending first; send the command again');
  };

  const commandTypes = new Set(game.commandTypes);
  const injectTypes = new Set(game.injectTypes);
  const roundTypes = new Set<string>(ROUND_COMMANDS);
  const seatTypes = new Set<string>(SEAT_COMMANDS);
  const keeper = game.timekeeper;
  const keeperTypes = new Set<string>(keeper?.types ?? []);

  const submit = (seat: string, command: ClientCommand): Promise<number> => {
    if (closed) return Promise.reject(new FrameError('internal', 'the class is closing'));
    const type = command.type;
    if (seat === INSTRUCTOR) {
      if (keeper && keeperTypes.has(type))
        return serial(() => appendDecided({ ...command, by: keeper.name }, INSTRUCTOR));
      if (!roundTypes.has(type) && !injectTypes.has(type))
        return Promise.reject(
          new FrameError(
            'unknown-command',
            `the instructor sends ${[...roundTypes, ...keeperTypes, ...injectTypes, 'rewind'].join(', ')}; not "${type}"`,
          ),
        );
      if (injectTypes.has(type) && command.at === undefined) {
        // news happens on the class's day unless the instructor dates it
        const at = records[records.length - 1]?.at ?? game.at;
        return serial(() => appendDecided({ ...command, at }, INSTRUCTOR));
      }
      return serial(async () => {
        // the game follows the room's clock: a round started or ended is the game's too (its end before
        // the room's, which refuses moves after it)
        const follow = async (hook: ((s: unknown) => Record<string, unknown> | undefined) | undefined) => {
          const next = keeper && hook ? hook.call(keeper, state.game) : undefined;
          if (keeper && next && typeof next.type === 'string')
            await appendDecided({ ...(next as ClientCommand), by: keeper.name }, INSTRUCTOR);
        };
        if (type === 'end-class-round' && state.room.status !== 'ended' && state.room.round > 0)
          await follow(keeper?.onEnd);
        const version = await appendDecided(command, INSTRUCTOR);
        if (type !== 'start-round') return version;
        await follow(keeper?.onStart);
        return records.length;
      });
    }
    if (!game.seats.includes(seat))
      return Promise.reject(new FrameError('foreign-seat', `no seat "${seat}"`));
    if (!commandTypes.has(type) && !seatTypes.has(type))
      return Promise.reject(
        new FrameError(
          'unknown-command',
          `a delegation sends ${[...commandTypes, ...seatTypes].join(', ')}; not "${type}"`,
        ),
      );
    if (command.by !== undefined && command.by !== seat)
      return Promise.reject(
        new FrameError(
          'foreign-seat',
          `you hold the seat "${seat}" and cannot act for "${String(command.by)}"`,
        ),
      );
    return serial(() => appendDecided({ ...command, by: seat }, seat));
  };

  const rewind = (seq: number): Promise<string> =>
    serial(async () => {
      if (!Number.isInteger(seq) || seq < 0 || seq > records.length)
        throw new FrameError('refused', `rewind: seq must be between 0 and ${records.length}`);
      const parent = { stream, seq };
      const name = `${game.id}~${branches.length + 1}`;
      const copies: EventInput[] = records.slice(0, seq).map((r) => ({
        type: r.type,
        data: r.data,
        at: r.at,
        v: r.v,
        ...(r.meta ? { meta: r.meta } : {}),
      }));
      const at = records[seq - 1]?.at ?? game.at;
      copies.push({
        type: 'class-branch-opened',
        data: { parent },
        at,
        meta: { actor: INSTRUCTOR, wall: new Date(now()).toISOString() },
      });
      await store.append(name, copies, { expectedVersion: 'no-stream' });
      const res = await store.append(
        metaStream,
        [{ type: 'class-branch', data: { stream: name, parent }, at: game.at }],
        { expectedVersion: 'any' },
      );
      for (const r of res.records) addBranch(r);
      await switchTo(name);
      await whenSeen(seq + 1);
      return name;
    });

  // --- agents in empty seats ---
  let timer: NodeJS.Timeout | undefined;
  const agentsOn = options.agents !== false && game.agent !== undefined;
  const schedule = (): void => {
    if (!agentsOn || closed || timer) return;
    if (state.room.status !== 'running') return;
    timer = setTimeout(() => {
      timer = undefined;
      void agentTurn();
    }, agentDelay);
    timer.unref?.();
  };
  const agentTurn = async (): Promise<void> => {
    if (closed || state.room.status !== 'running') return;
    const agents = game.seats.filter((s) => !state.room.humans.includes(s));
    for (const seat of agents) {
      let move: ReturnType<NonNullable<ClassroomGame['agent']>>;
      try {
        move = game.agent!(seat, state.game, records, agents);
      } catch (e) {
        warn(`agent of "${seat}" failed: ${String(e)}`);
        continue;
      }
      if (isTurn(move)) {
        try {
          await serial(() => appendTurn(seat, move));
          return; // one turn at a time; the new records schedule the next
        } catch (e) {
          warn(`agent of "${seat}" could not take its turn: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
      }
      if (!move || typeof move.type !== 'string') continue;
      const command = move;
      try {
        await serial(() => appendDecided({ ...(command as ClientCommand), by: seat }, `agent:${seat}`));
        return; // one move per turn; the new record schedules the next
      } catch (e) {
        warn(
          `agent of "${seat}" made a move the rules refuse: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    }
  };

  /**
   * An agent's turn, in one append: the `class-agent-turn` record (the agent's memory: this turn is
   * taken) and the events of each of its commands the rules allow, decided one after the other.
   */
  const appendTurn = async (seat: string, turn: AgentTurn): Promise<number> => {
    for (let attempt = 0; attempt < 6; attempt++) {
      if (state.room.status !== 'running') return records.length;
      const actor = `agent:${seat}`;
      const wall = new Date(now()).toISOString();
      const at = records[records.length - 1]?.at ?? game.at;
      const moves: EventInput[] = [];
      let working = state;
      let made = 0;
      for (const c of turn.commands) {
        if (typeof c.type !== 'string') continue;
        let inputs: EventInput[];
        try {
          inputs = decider
            .decide({ ...c, by: seat }, working)
            .map((ev: EventInput) => stamped(ev, at, actor, wall));
        } catch (e) {
          warn(
            `agent of "${seat}" made a move the rules refuse: ${e instanceof Error ? e.message : String(e)}`,
          );
          continue;
        }
        const from = records.length + 1 + moves.length;
        working = replay(
          decider,
          inputs.map((ev, i) =>
            recordOf({ stream, seq: from + i + 1, id: '', at: ev.at ?? at, v: 1 }, ev, ev.meta),
          ),
          { from: { state: working, seq: from } },
        ) as ClassState;
        moves.push(...inputs);
        made++;
      }
      const head: EventInput = {
        type: 'class-agent-turn',
        data: { seat, turn: turn.turn, moves: made },
        at,
        meta: { actor, wall },
      };
      const version = await appendAtSeen([head, ...moves]);
      if (version !== undefined) return version;
    }
    throw new FrameError('conflict', 'other writers kept appending first');
  };

  const agentListener: ClassListener = { record: () => schedule(), branch: () => schedule() };
  listeners.add(agentListener);
  schedule();

  const visible = (record: AnyRecordedEvent, seat: string): boolean => {
    if (seat === INSTRUCTOR) return true;
    if (record.type.startsWith('class-')) return true;
    return game.visibleTo(record, seat);
  };

  return {
    game,
    secrets,
    get stream() {
      return stream;
    },
    branches,
    async readBranches() {
      const out: ClassBranch[] = [];
      for (const b of [...branches]) {
        const rs: AnyRecordedEvent[] = [];
        for await (const r of store.read(b.stream)) rs.push(r);
        out.push({ stream: b.stream, parent: b.parent, records: rs });
      }
      return out;
    },
    get records() {
      return records;
    },
    get state() {
      return state;
    },
    seats: () =>
      game.seats.map((seat) => ({ seat, holder: state.room.humans.includes(seat) ? 'human' : 'agent' })),
    visible,
    submit,
    rewind,
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
      await queue;
      for (const w of waiters.splice(0)) w.resolve();
    },
  };
}

function isTurn(move: unknown): move is AgentTurn {
  return (
    isObject(move) && typeof move.turn === 'string' && Array.isArray(move.commands) && move.type === undefined
  );
}

function asFrameError(e: unknown): FrameError {
  if (e instanceof FrameError) return e;
  if (e instanceof InvariantError) {
    return new FrameError('refused', e.message, null, e.rule);
  }
  if (isParleyError(e)) {
    if (e.code === 'validation') return new FrameError('invalid', e.message);
    if (e.code === 'concurrency') return new FrameError('conflict', e.message);
    if (e.code === 'usage' && e.message.startsWith('combine('))
      return new FrameError('unknown-command', e.message);
    return new FrameError('refused', e.message);
  }
  // a decider reading a field the client left out throws a TypeError: the command was malformed
  if (e instanceof TypeError) return new FrameError('invalid', `the command is malformed: ${e.message}`);
  return new FrameError('internal', e instanceof Error ? e.message : String(e));
}

export { isRoomCommand };
