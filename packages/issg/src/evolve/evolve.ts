import type { RecordedEvent } from '@parley/core';
import type { IssgEvent } from '../events/catalog.js';
import { bump, MOMENTUM_HALF_LIFE_DAYS } from '../indicators/decay.js';
import type { IssgState } from '../state/types.js';
import { evolveDiplomacy, isDiplomacyEvent } from './diplomacy.js';
import { evolveField } from './field.js';
import { PROGRESS_WEIGHTS, SETBACK_WEIGHTS } from './weights.js';

/**
 * The ISSG `evolve`: an immer recipe that also runs on plain mutable objects (core's `replay`). It only
 * mutates the draft, returns nothing, and keeps the state bounded (counts, sums, decayed levels, capped lists).
 *
 * @example
 * ```ts
 * const s = initialIssgState();
 * evolveIssg(s, { stream: 'issg', seq: 1, id: 'issg:1', at: '2016-02-27', v: 1,
 *   type: 'goal-set', data: { goal: 'comprehensive-ceasefire' } });
 * s.hostilities.goal; // 'comprehensive-ceasefire'
 * ```
 */
export function evolveIssg(s: IssgState, e: RecordedEvent<IssgEvent>): void {
  const at = e.at;
  s.at = at;
  s.seq = e.seq;
  // every ISSG event is folded by exactly one of the two (their switches end in assertNever)
  if (isDiplomacyEvent(e)) evolveDiplomacy(s, e, at);
  else evolveField(s, e, at);
  let progress = PROGRESS_WEIGHTS[e.type] ?? 0;
  let setback = SETBACK_WEIGHTS[e.type] ?? 0;
  if (e.type === 'talks-round-ended' && e.data.nextDate !== null) setback = 0;
  if (e.type === 'talks-round-ended' && e.data.nextDate !== null) progress = 0.5;
  if (progress > 0) {
    bump(s.momentum.progress, at, progress, MOMENTUM_HALF_LIFE_DAYS);
    s.momentum.lastStepAt = at;
  }
  if (setback > 0) bump(s.momentum.setbacks, at, setback, MOMENTUM_HALF_LIFE_DAYS);
}
