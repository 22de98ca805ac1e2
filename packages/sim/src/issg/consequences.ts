import { issgAgenda, negotiatedRecord } from '@parley/issg';
import type { Text } from '@parley/negotiation';
import type { PreparedModel } from '../engine/prepared.js';
import { simulateRun } from '../engine/simulateRun.js';
import type { RunResult } from '../engine/types.js';
import { prepareIssgModelOf } from './prepareOf.js';

/** Prepared ISSG models by (agenda, outcome): a sweep adopts few distinct texts, each is prepared once. */
const prepared = new Map<string, PreparedModel>();

function preparedFor(agendaId: string, text: Text | null): PreparedModel {
  const agenda = issgAgenda(agendaId);
  const key = `${agendaId}|${text === null ? 'failed' : agenda.issues.map((i) => text[i.id]).join(',')}`;
  let p = prepared.get(key);
  if (!p) {
    p = prepareIssgModelOf(negotiatedRecord(agenda, text), {
      scenario: `${agendaId}+negotiated`,
      model: 'issg',
      seed: 0,
      runs: 1,
      days: 1,
      from: agenda.at,
      params: {},
      inject: [],
    });
    if (prepared.size >= 256) prepared.delete(prepared.keys().next().value!); // bounded: oldest out
    prepared.set(key, p);
  }
  return p;
}

/**
 * What follows a negotiation of an ISSG agenda: the record to the meeting's day with the negotiated text
 * (or none, when it failed) in place of the real one, then `days` days of the stochastic ceasefire model
 * from that day — run `run` of sweep seed `seed`, so the same inputs give the same trajectory.
 *
 * @example
 * ```ts
 * const after = issgConsequences('vienna-2016-05-17', realOutcome('vienna-2016-05-17'), 90, 1, 0);
 * after.collapseDay; // a day, or null when the cessation held 90 days
 * ```
 */
export function issgConsequences(
  agendaId: string,
  text: Text | null,
  days: number,
  seed: number,
  run: number,
): RunResult {
  const p = preparedFor(agendaId, text);
  return simulateRun(p.model, { base: p.base, stream: p.stream, start: p.start, days, seed, run });
}
