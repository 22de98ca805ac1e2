import { dateOf } from '@parley/core';
import type { RecordStep } from './step.js';

/**
 * Merge dated steps into a chronological record: each extra step goes after every step of `base` dated
 * on or before its date (so an observation dated on a day follows that day's events). `base` must be in
 * chronological order; `extra` is sorted by date, keeping the order of steps of the same date.
 *
 * @example
 * ```ts
 * mergeByDate(events, observations).map((s) => s.command.at);
 * ```
 */
export function mergeByDate(base: readonly RecordStep[], extra: readonly RecordStep[]): RecordStep[] {
  const out: RecordStep[] = [];
  let i = 0;
  const sorted = [...extra].sort((a, b) => {
    const x = dateOf(a.command.at);
    const y = dateOf(b.command.at);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  for (const e of sorted) {
    const day = dateOf(e.command.at);
    while (i < base.length && dateOf(base[i]!.command.at) <= day) out.push(base[i++]!);
    out.push(e);
  }
  while (i < base.length) out.push(base[i++]!);
  return out;
}
