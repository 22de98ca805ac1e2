/**
 * Cases in their own processes. Each measured path (Parley's `replay`, the hand-written fold, a peer
 * library …) runs in a child process of its own, so no path pays for another's inline caches, loaded
 * modules or heap; the parent interleaves their rounds over IPC (one child busy at a time) and compares
 * the CPU time each child measured of itself (`process.cpuUsage()` of that process only).
 *
 * A case is a file of `test/bench/cases/` registered in `cases/index.ts`; the data it folds is written
 * once by the parent (`writeDataset`) and read by every child, so all cases see the same records.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { serialize } from 'node:v8';
import type { Figures } from './args.js';
import { median } from './measure.js';

const CHILD = fileURLToPath(new URL('../case-child.ts', import.meta.url));

/** One measured round of a case, as the child timed it. */
export interface Round {
  readonly cpu: number;
  readonly wall: number;
  readonly events: number;
}

/** Messages from the parent to a case child. */
export type ToChild = { readonly op: 'probe' } | { readonly op: 'round' } | { readonly op: 'extra' };
/** Messages from a case child to the parent. */
export type FromChild =
  | { readonly op: 'ready' }
  | { readonly op: 'probe'; readonly state: unknown }
  | { readonly op: 'round'; readonly round: Round }
  | { readonly op: 'extra'; readonly figures: Figures }
  | { readonly op: 'error'; readonly message: string };

/** How to start a case child. */
export interface CaseSpec {
  /** Registered case name (`cases/index.ts`). */
  readonly case: string;
  /** Path of the dataset file (`writeDataset`). */
  readonly data: string;
  /** Small parameters of the case (sizes). */
  readonly params?: Readonly<Record<string, number | string>>;
  /**
   * Load the Parley packages from their TypeScript sources (`@parley/source` condition, default) or, when
   * false, from their built `dist/` as a user's program does.
   */
  readonly source?: boolean;
}

/** A running case child. */
export interface CaseHandle {
  readonly name: string;
  probe(): Promise<unknown>;
  round(): Promise<Round>;
  extra(): Promise<Figures>;
  close(): void;
}

/** Write a dataset (structured-clonable data) to a temporary file for case children; returns its path. */
export function writeDataset(data: unknown): { file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const file = join(dir, 'data.v8');
  writeFileSync(file, serialize(data));
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Start a case child and wait until it has loaded its data and set up. */
export async function startCase(spec: CaseSpec): Promise<CaseHandle> {
  const source = spec.source ?? true;
  const child: ChildProcess = fork(CHILD, [spec.case, spec.data, JSON.stringify(spec.params ?? {})], {
    execArgv: [
      ...(source ? ['--conditions=@parley/source'] : []),
      '--import',
      'tsx',
      '--max-old-space-size=8192',
    ],
    serialization: 'advanced',
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending: ((m: FromChild) => void)[] = [];
  let failed: Error | undefined;
  child.on('message', (m: FromChild) => pending.shift()?.(m));
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) failed = new Error(`bench case ${spec.case}: child exited with ${code}`);
    for (const p of pending.splice(0)) p({ op: 'error', message: failed?.message ?? 'child exited' });
  });
  const next = (): Promise<FromChild> =>
    failed
      ? Promise.reject(failed)
      : new Promise<FromChild>((resolve) => pending.push(resolve)).then((m) => {
          if (m.op === 'error') throw new Error(`bench case ${spec.case}: ${m.message}`);
          return m;
        });
  const ask = async <K extends FromChild['op']>(
    msg: ToChild,
    op: K,
  ): Promise<Extract<FromChild, { op: K }>> => {
    const reply = next();
    child.send(msg);
    const m = await reply;
    if (m.op !== op) throw new Error(`bench case ${spec.case}: expected ${op}, got ${m.op}`);
    return m as Extract<FromChild, { op: K }>;
  };
  await next();
  return {
    name: spec.case,
    probe: async () => (await ask({ op: 'probe' }, 'probe')).state,
    round: async () => (await ask({ op: 'round' }, 'round')).round,
    extra: async () => (await ask({ op: 'extra' }, 'extra')).figures,
    close: () => {
      child.disconnect();
    },
  };
}

/** Medians of the rounds of one case. */
export interface IsolatedResult {
  readonly events: number;
  readonly medianCpuMs: number;
  readonly medianWallMs: number;
  /** Events per CPU second at the median round. */
  readonly eventsPerSec: number;
  readonly eventsPerWallSec: number;
}

/**
 * Check that every case reaches the state `reference` reaches on its probe input (deep equality), or
 * throw: a comparison of paths that compute different things means nothing.
 */
export async function checkEqual(reference: CaseHandle, others: readonly CaseHandle[]): Promise<void> {
  const expected = await reference.probe();
  for (const c of others) {
    const got = await c.probe();
    if (!isDeepStrictEqual(got, expected))
      throw new Error(`bench: case "${c.name}" does not reach the state "${reference.name}" reaches`);
  }
}

/**
 * Interleave rounds of isolated cases: `warmup` unmeasured rounds each, then `rounds` measured rounds in
 * which the order rotates. Only one child works at a time.
 */
export async function compareIsolated(
  cases: readonly CaseHandle[],
  options: { rounds: number; warmup: number },
): Promise<Record<string, IsolatedResult>> {
  const samples = new Map<string, Round[]>(cases.map((c) => [c.name, []]));
  for (let w = 0; w < options.warmup; w++) for (const c of cases) await c.round();
  for (let r = 0; r < options.rounds; r++)
    for (let k = 0; k < cases.length; k++) {
      const c = cases[(k + r) % cases.length]!;
      samples.get(c.name)!.push(await c.round());
    }
  const out: Record<string, IsolatedResult> = {};
  for (const c of cases) {
    const s = samples.get(c.name)!;
    const cpu = median(s.map((x) => x.cpu));
    const wall = median(s.map((x) => x.wall));
    const events = s[0]!.events;
    out[c.name] = {
      events,
      medianCpuMs: cpu,
      medianWallMs: wall,
      eventsPerSec: (events / cpu) * 1000,
      eventsPerWallSec: (events / wall) * 1000,
    };
  }
  return out;
}

/** Start several cases, run `fn` with them, and always stop them. */
export async function withCases<T>(
  specs: readonly CaseSpec[],
  fn: (cases: CaseHandle[]) => Promise<T>,
): Promise<T> {
  const cases: CaseHandle[] = [];
  try {
    for (const s of specs) cases.push(await startCase(s));
    return await fn(cases);
  } finally {
    for (const c of cases) c.close();
  }
}
