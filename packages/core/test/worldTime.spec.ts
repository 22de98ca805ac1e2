import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareAt,
  dateOf,
  daysBetween,
  isOnOrBefore,
  isWorldTime,
} from '../src/events/worldTime.js';
import { worldTimeArb } from '../src/testing/arbitraries.js';

const at = worldTimeArb({ min: '2015-12-30', max: '2016-01-03' }); // a narrow range: many ties and same days
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe('world time', () => {
  it('the arbitrary only makes well-formed world times', () => {
    fc.assert(fc.property(worldTimeArb(), (t) => isWorldTime(t)));
  });

  it('recognises ISO 8601 dates and date-times, and real calendar days only', () => {
    for (const ok of [
      '2016-02-27',
      '2016-02-29',
      '2016-02-27T00:00',
      '2016-02-27T23:59:59.999Z',
      '2016-02-27T00:00+02:00',
    ])
      expect(isWorldTime(ok)).toBe(true);
    for (const bad of [
      '2015-02-29',
      '2016-13-01',
      '2016-02-27T24:00',
      '27/02/2016',
      '2016-2-27',
      '',
      20160227,
      null,
    ])
      expect(isWorldTime(bad)).toBe(false);
  });

  it('compareAt is a total order (preorder: equal instants tie): reflexive, antisymmetric, transitive, total', () => {
    fc.assert(
      fc.property(at, at, at, (a, b, c) => {
        expect(compareAt(a, a)).toBe(0);
        expect(sign(compareAt(a, b)) + sign(compareAt(b, a))).toBe(0);
        if (compareAt(a, b) <= 0 && compareAt(b, c) <= 0) expect(compareAt(a, c)).toBeLessThanOrEqual(0);
        if (compareAt(a, b) === 0 && compareAt(b, c) === 0) expect(compareAt(a, c)).toBe(0);
        expect(Number.isNaN(compareAt(a, b))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('sorting by compareAt is consistent: every pair of a sorted list is in order', () => {
    fc.assert(
      fc.property(fc.array(at, { maxLength: 20 }), (list) => {
        const sorted = [...list].sort(compareAt);
        for (let i = 0; i < sorted.length; i++)
          for (let j = i + 1; j < sorted.length; j++)
            expect(compareAt(sorted[i]!, sorted[j]!)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('orders by the calendar date as written, then instant; a bare date comes first in its day', () => {
    expect(compareAt('2016-02-27T00:00+02:00', '2016-02-26T23:00Z')).toBeGreaterThan(0); // earlier instant, later day
    expect(compareAt('2016-02-27', '2016-02-27T00:00Z')).toBeLessThan(0);
    expect(compareAt('2016-02-27T10:00Z', '2016-02-27T12:00+02:00')).toBe(0);
  });

  it('isOnOrBefore: a bare date bound includes its whole day; a date-time bound is compareAt ≤ 0', () => {
    fc.assert(
      fc.property(at, at, (a, bound) => {
        const expected = bound.length <= 10 ? dateOf(a) <= bound : compareAt(a, bound) <= 0;
        expect(isOnOrBefore(a, bound)).toBe(expected);
      }),
    );
    expect(isOnOrBefore('2016-02-27T23:00Z', '2016-02-27')).toBe(true);
    expect(isOnOrBefore('2016-02-28', '2016-02-27T23:59Z')).toBe(false);
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(worldTimeArb({ dateTimes: false }), fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDays('2016-02-28T22:00+02:00', 2)).toBe('2016-03-01');
  });
});
