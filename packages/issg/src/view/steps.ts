import type { AnyRecordedEvent, Source } from '@parley/core';
import { sourcesOf } from './sources.js';

/** Consecutive events recorded by one step of a record: one date, one citation, one note. */
export interface Step<R extends AnyRecordedEvent = AnyRecordedEvent> {
  readonly at: string;
  readonly records: readonly R[];
  /** The step's note (`meta.note`), shown once for the whole step. */
  readonly note?: string;
  readonly sources: readonly Source[];
}

/** The citation of a record: two records of one step share it. */
function citation(r: AnyRecordedEvent): string {
  const m = r.meta;
  if (!m) return '';
  return JSON.stringify([
    m.note ?? null,
    m.keys ?? null,
    m.source ?? null,
    m.sources ?? null,
    m.cause ?? null,
  ]);
}

/**
 * Group consecutive records dated alike with the same citation (sources, note, cause): the events one
 * command of a record produced. A note printed per step is read once, not on every event of the step.
 *
 * @example
 * ```ts
 * for (const step of stepsOf(records)) print(step.records.map(eventSentence), step.note);
 * ```
 */
export function stepsOf<R extends AnyRecordedEvent>(records: readonly R[]): Step<R>[] {
  const out: Step<R>[] = [];
  let current: R[] = [];
  const flush = () => {
    const first = current[0];
    if (!first) return;
    const note = first.meta?.note;
    out.push({
      at: first.at,
      records: current,
      ...(typeof note === 'string' ? { note } : {}),
      sources: sourcesOf(first),
    });
    current = [];
  };
  for (const r of records) {
    const prev = current[current.length - 1];
    if (prev && (prev.at !== r.at || citation(prev) !== citation(r) || citation(r) === '')) flush();
    current.push(r);
  }
  flush();
  return out;
}
