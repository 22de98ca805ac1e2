import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Collect garbage so one case does not pay for the garbage of the one before. */
export function collect(): void {
  gc();
}

/** A case of a side-by-side comparison: runs once and returns the number of events it processed. */
export interface Case {
  readonly name: string;
  run(): number;
}

export interface CaseResult {
  readonly name: string;
  /** Wall-clock time of each measured round, in ms. */
  readonly samples: readonly number[];
  readonly medianMs: number;
  readonly bestMs: number;
  readonly events: number;
  /** Events per second at the median round. */
  readonly eventsPerSec: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Time one call of `fn`, in ms, after a garbage collection. */
export function time(fn: () => void): number {
  collect();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
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
      list.push(
        time(() => {
          n = c.run();
        }),
      );
      events.set(c.name, n);
    }
  }
  const out: Record<string, CaseResult> = {};
  for (const c of cases) {
    const s = samples.get(c.name)!;
    const med = median(s);
    const n = events.get(c.name) ?? 0;
    out[c.name] = {
      name: c.name,
      samples: s,
      medianMs: med,
      bestMs: Math.min(...s),
      events: n,
      eventsPerSec: (n / med) * 1000,
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
