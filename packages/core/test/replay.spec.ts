import * as fc from 'fast-check';
import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { immer } from '../src/_internals/immer.js';
import { validateEnvelope } from '../src/events/record.js';
import { replay, replayAsync } from '../src/replay.js';
import { eventSequence, recordArb } from '../src/testing/arbitraries.js';
import { type TalksState, talks, talksCommand } from './fixtures/talks.js';

const sequences = eventSequence(talks, talksCommand, { maxCommands: 40 });

/** The slow, obviously right fold: one immer produce per event. */
const foldWithImmer = (records: Parameters<typeof replay<TalksState, any, any>>[1]) => {
  let state = talks.initial();
  for (const r of records) state = immer.produce(state, (d: Draft<TalksState>) => talks.evolve(d, r as any));
  return state;
};

async function* asAsync<T>(items: readonly T[]) {
  for (const i of items) yield i;
}

describe('replay', () => {
  it('equals a per-event immer fold for every event sequence a decider produces', () => {
    fc.assert(
      fc.property(sequences, (records) => {
        expect(replay(talks, records)).toEqual(foldWithImmer(records));
      }),
    );
  });

  it('continuing from a mid-stream state equals replaying everything', () => {
    fc.assert(
      fc.property(sequences, fc.nat(), (records, pick) => {
        const cut = pick % (records.length + 1);
        const mid = replay(talks, records.slice(0, cut));
        expect(replay(talks, records.slice(cut), { from: { state: mid, seq: cut } })).toEqual(
          replay(talks, records),
        );
        expect(mid).toEqual(replay(talks, records.slice(0, cut))); // the state it started from is untouched
      }),
    );
  });

  it('replayAsync equals replay', async () => {
    await fc.assert(
      fc.asyncProperty(sequences, async (records) => {
        expect(await replayAsync(talks, asAsync(records))).toEqual(replay(talks, records));
      }),
    );
  });

  it('freezes the result deeply', () => {
    const [records] = fc.sample(
      sequences.filter((r) => r.length > 3),
      { numRuns: 1, seed: 11 },
    );
    const state = replay(talks, records!);
    expect(Object.isFrozen(state) && Object.isFrozen(state.parties) && Object.isFrozen(state.offers)).toBe(
      true,
    );
  });
});

describe('arbitraries', () => {
  it('eventSequence makes gapless, validated records with non-decreasing world time', () => {
    fc.assert(
      fc.property(sequences, (records) => {
        records.forEach((r, i) => {
          expect(r.seq).toBe(i + 1);
          expect(validateEnvelope(r)).toBe(r);
          if (i > 0) expect(r.at >= records[i - 1]!.at).toBe(true);
        });
      }),
    );
  });

  it('recordArb makes records that pass validateEnvelope and survive JSON', () => {
    fc.assert(
      fc.property(recordArb(), (r) => {
        expect(validateEnvelope(r)).toBe(r);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
    );
  });
});
