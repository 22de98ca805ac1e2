import type { RecordedEvent } from '@parley/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type NegotiationEvent, runNegotiation } from '../src/index.js';
import { toy, toyPrefs } from './fixtures.js';
import { randomAgenda } from './support/random-agenda.js';

/**
 * Every text the pen tabled in the round it accepted an amendment, with the amendment's option: the
 * tabled text must keep it (a chair does not undo, in the same breath, what it just accepted).
 */
function retablings(records: readonly RecordedEvent<NegotiationEvent>[]) {
  const proposed = new Map<string, { issue: string; option: string }>();
  const acceptedThisRound: { by: string; issue: string; option: string }[] = [];
  const out: { issue: string; option: string; tabled: string | undefined }[] = [];
  for (const r of records) {
    const e = r as NegotiationEvent;
    if (e.type === 'amendment-proposed')
      proposed.set(e.data.amendment, { issue: e.data.issue, option: e.data.option });
    else if (e.type === 'amendment-accepted') {
      const a = proposed.get(e.data.amendment)!;
      // a later amendment on the same issue replaces an earlier one
      const i = acceptedThisRound.findIndex((x) => x.issue === a.issue);
      if (i >= 0) acceptedThisRound.splice(i, 1);
      acceptedThisRound.push({ by: e.data.by, ...a });
    } else if (e.type === 'draft-tabled')
      for (const a of acceptedThisRound)
        if (a.by === e.data.by) out.push({ issue: a.issue, option: a.option, tabled: e.data.draft[a.issue] });
    if (e.type === 'round-ended') acceptedThisRound.length = 0;
  }
  return out;
}

describe('the pen keeps the amendments it accepts', () => {
  it('given the toy agenda, when the US accepts Iran\'s "no date" in round 3, then it does not re-table June', () => {
    const run = runNegotiation({ agenda: toy, preferences: toyPrefs, seed: 1 });
    // before the fix the US accepted talks → none and tabled June again in the same round
    expect(run.rounds[2]!.moves.map((m) => `${m.by} ${m.command.type}`)).toEqual([
      'us accept-amendment',
      'ir withdraw-objection',
      'us adopt-text',
    ]);
    expect(run.outcome.text).toEqual({ talks: 'none', aid: 'convoys', list: 'keep' });
    expect(retablings(run.records)).toEqual([]);
  });

  it('given random agendas and strategies, when the pen accepts an amendment and tables a text in the same round, then the text keeps the amendment', () => {
    const names = ['boulware', 'linear', 'conceder', 'tit-for-tat', 'hardliner', 'mediator'];
    let seen = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 2, max: 5 }),
        fc.array(fc.constantFrom(...names), { minLength: 5, maxLength: 5 }),
        (seed, issues, parties, picks) => {
          const { agenda, preferences } = randomAgenda(seed, {
            issues,
            parties,
            blocs: 2,
            rounds: 8,
            options: [2, 4],
            redLines: true,
          });
          const strategies = Object.fromEntries(agenda.parties.map((p, i) => [p, picks[i]!]));
          const run = runNegotiation({ agenda, preferences, strategies, seed });
          for (const r of retablings(run.records)) {
            seen++;
            expect(r.tabled).toBe(r.option);
          }
        },
      ),
      { numRuns: 150 },
    );
    // the property is not vacuous: pens do accept and re-table in the same round
    expect(seen).toBeGreaterThan(0);
  });
});
