import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Collect garbage so one case does not pay for the garbage of the one before, then block this thread for
 * a moment: V8 sweeps on background threads after a full collection, and that CPU time (large with a
 * multi-million-event log in the heap) must not be charged to the next measured round.
 */
export function collect(): void {
  gc();
  // ~0.3 s per GB of live heap, at least 0.1 s: generous, the machine is shared.
  const mb = getHeapStatistics().used_heap_size / 2 ** 20;
  Atomics.wait(pause, 0, 0, Math.max(100, Math.round(mb * 0.3)));
}

/** A case of a side-by-side comparison: runs once and returns the number of events it processed. */
export interface Case {
  readonly name: string;
  run(): number;
}

export interface CaseResult {
  readonly name: string;
  /** CPU time (user + system, all threads of this process) of each measured round, in ms. */
  readonly samples: readonly number[];
  /** Wall-clock time of each measured round, in ms. */
  readonly wallSamples: readonly number[];
  /** Median CPU time of a round. */
  readonly medianMs: number;
  readonly medianWallMs: number;
  readonly bestMs: number;
  readonly events: number;
  /** Events per CPU second at the median round. */
  readonly eventsPerSec: number;
  /** Events per wall-clock second at the median round. */
  readonly eventsPerWallSec: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Time one call of `fn` after a garbage collection: CPU time of this process (user + system) and wall
 * time, in ms. The machines are shared (load often above the number of cores), so wall time partly
 * measures the scheduler; CPU time is what the fold itself costs, and is what ratios use.
 */
export function time(fn: () => void): { cpu: number; wall: number } {
  collect();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall };
}

/**
 * Run cases side by side in one process: `warmup` unmeasured rounds, then `rounds` measured rounds in
 * which the order of the cases rotates (so no case always runs first, on a cold cache, or after the
 * heaviest one). Reports the median round of each case.
 */
export function compare(
  cases: readonly Case[],
  options: { rounds: number; warmup: number; roundsOf?: Readonly<Record<string, number>> },
): Record<string, CaseResult> {
  const samples = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  const wallSamples = new Map<string, number[]>(cases.map((c) => [c.name, []]));
  const events = new Map<string, number>();
  const wanted = (c: Case): number => options.roundsOf?.[c.name] ?? options.rounds;
  for (let w = 0; w < options.warmup; w++) for (const c of cases) c.run();
  const total = Math.max(...cases.map(wanted));
  for (let r = 0; r < total; r++) {
    for (let k = 0; k < cases.length; k++) {
      const c = cases[(k + r) % cases.length]!;
      const list = samples.get(c.name)!;
      if (list.length >= wanted(c)) continue;
      let n = 0;
      const t = time(() => {
        n = c.run();
      });
      list.push(t.cpu);
      wallSamples.get(c.name)!.push(t.wall);
      events.set(c.name, n);
    }
  }
  const out: Record<string, CaseResult> = {};
  for (const c of cases) {
    const s = samples.get(c.name)!;
    const ws = wallSamples.get(c.name)!;
    const med = median(s);
    const medWall = median(ws);
    const n = events.get(c.name) ?? 0;
    out[c.name] = {
      name: c.name,
      samples: s,
      wallSamples: ws,
      medianMs: med,
      medianWallMs: medWall,
      bestMs: Math.min(...s),
      events: n,
      eventsPerSec: (n / med) * 1000,
      eventsPerWallSec: (n / medWall) * 1000,
    };
  }
  return out;
}

/** A sink the optimiser cannot see through, so folds are never dead code. */
export const sink: { value: unknown } = { value: undefined };

/** A case that folds `events` events with `fn` and keeps the result in {@link sink}. */
export function foldCase(name: string, events: number, fn: () => unknown): Case {
  return {
    name,
    run: () => {
      sink.value = fn();
      return events;
    },
  };
}
