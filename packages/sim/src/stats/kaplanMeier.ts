import { UsageError } from '@parley/core';
/**
 * Kaplan–Meier estimator of a survival function from right-censored observations.
 * Convention: at a tie, events happen before censoring (a unit censored at `t` is at risk at `t`).
 */

/** One observed unit: the time it was followed for, and whether it ended in the event (else censored). */
export interface SurvivalObservation {
  readonly time: number;
  readonly event: boolean;
}

/** A Kaplan–Meier curve, one point per distinct event time, plus the median survival time. */
export interface SurvivalCurve {
  /** Distinct times at which at least one event happened, ascending. */
  readonly times: readonly number[];
  /** S(t) right after each of `times`. */
  readonly survival: readonly number[];
  /** Units at risk just before each of `times`. */
  readonly atRisk: readonly number[];
  /** Events at each of `times`. */
  readonly events: readonly number[];
  /** Number of observations. */
  readonly n: number;
  /** Smallest time with S(t) ≤ 0.5, or null when the curve never drops that low. */
  readonly median: number | null;
}

/**
 * Kaplan–Meier estimate from a list of observations.
 *
 * @example
 * ```ts
 * const km = kaplanMeier([{ time: 3, event: true }, { time: 5, event: false }, { time: 8, event: true }]);
 * km.survival; // [0.6667, 0]
 * ```
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): SurvivalCurve {
  const byTime = new Map<number, { events: number; censored: number }>();
  for (const o of observations) {
    if (!Number.isFinite(o.time)) throw new UsageError(`kaplanMeier: time must be finite, got ${o.time}`);
    const c = byTime.get(o.time) ?? { events: 0, censored: 0 };
    if (o.event) c.events++;
    else c.censored++;
    byTime.set(o.time, c);
  }
  const times = [...byTime.keys()].sort((a, b) => a - b);
  return fromCounts(
    times.map((t) => ({ time: t, ...byTime.get(t)! })),
    observations.length,
  );
}

/**
 * Build the curve from per-time counts sorted by time (shared by the list and the streaming forms).
 *
 * @example
 * ```ts
 * fromCounts([{ time: 3, events: 1, censored: 0 }, { time: 5, events: 0, censored: 1 }], 2).survival; // [0.5]
 * ```
 */
export function fromCounts(
  counts: readonly { readonly time: number; readonly events: number; readonly censored: number }[],
  n: number,
): SurvivalCurve {
  const times: number[] = [];
  const survival: number[] = [];
  const atRisk: number[] = [];
  const events: number[] = [];
  let risk = n;
  let s = 1;
  let median: number | null = null;
  for (const c of counts) {
    if (c.events > 0) {
      s *= 1 - c.events / risk;
      times.push(c.time);
      survival.push(s);
      atRisk.push(risk);
      events.push(c.events);
      if (median === null && s <= 0.5) median = c.time;
    }
    risk -= c.events + c.censored;
  }
  return { times, survival, atRisk, events, n, median };
}

/**
 * Streaming Kaplan–Meier over integer times in [0, horizon]: memory is O(horizon), not O(observations).
 *
 * @example
 * ```ts
 * const acc = survivalAccumulator(90);
 * acc.add(12, true); acc.add(90, false);
 * acc.curve().median; // 12
 * ```
 */
export function survivalAccumulator(horizon: number): {
  add(time: number, event: boolean): void;
  curve(): SurvivalCurve;
} {
  const ev = new Float64Array(horizon + 1);
  const ce = new Float64Array(horizon + 1);
  let n = 0;
  return {
    add(time, event) {
      if (!Number.isInteger(time) || time < 0 || time > horizon)
        throw new UsageError(
          `survivalAccumulator.add: time must be an integer in [0, ${horizon}], got ${time}`,
        );
      n++;
      if (event) ev[time]!++;
      else ce[time]!++;
    },
    curve() {
      const counts = [];
      for (let t = 0; t <= horizon; t++)
        if (ev[t]! + ce[t]! > 0) counts.push({ time: t, events: ev[t]!, censored: ce[t]! });
      return fromCounts(counts, n);
    },
  };
}

/**
 * S(t) of a curve at any time t (a step function: 1 before the first event time).
 *
 * @example
 * ```ts
 * survivalAt(kaplanMeier(obs), 30);
 * ```
 */
export function survivalAt(curve: SurvivalCurve, t: number): number {
  let s = 1;
  for (let i = 0; i < curve.times.length && curve.times[i]! <= t; i++) s = curve.survival[i]!;
  return s;
}
