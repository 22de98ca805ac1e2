import { type AnyRecordedEvent, dateOf } from '@parley/core';
import type { DomainView } from '../domain.js';

/** Event types that mark a turn of the story: the state is shown on their dates. */
const TURNING_POINTS = new Set([
  'statement-adopted',
  'agreement-reached',
  'cessation-took-effect',
  'ceasefire-reached',
  'arrangement-collapsed',
  'talks-opened',
  'resolution-adopted',
]);

const MAX = 8;

/**
 * Key dates of a story: the dates of its turning points (at most 7, spread evenly when there are more) and
 * the date of the last event; for a domain without turning points, evenly spaced dates.
 */
export function keyDates(
  records: readonly AnyRecordedEvent[],
  domain: DomainView,
): { date: string; label: string }[] {
  if (records.length === 0) return [];
  const byDate = new Map<string, string>();
  for (const r of records)
    if (TURNING_POINTS.has(r.type) && !byDate.has(dateOf(r.at)))
      byDate.set(dateOf(r.at), domain.describe(r).split(' (')[0]!.split(' — ')[0]!);
  let picks = [...byDate.entries()].map(([date, label]) => ({ date, label }));
  if (picks.length === 0) {
    const step = Math.max(1, Math.floor(records.length / (MAX - 1)));
    picks = records.filter((_, i) => i % step === 0).map((r) => ({ date: dateOf(r.at), label: r.type }));
  }
  if (picks.length > MAX - 1) picks = spread(picks, MAX - 1);
  const lastDate = dateOf(records[records.length - 1]!.at);
  const out = picks.filter((p) => p.date !== lastDate);
  out.push({ date: lastDate, label: 'the last event' });
  return dedupe(out);
}

function spread<T>(items: readonly T[], n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(items[Math.round((i * (items.length - 1)) / (n - 1))]!);
  return out;
}

function dedupe<T extends { date: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    if (seen.has(i.date)) return false;
    seen.add(i.date);
    return true;
  });
}
