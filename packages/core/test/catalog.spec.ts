import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError, ValidationError } from '../src/errors.js';
import { defineEvents } from '../src/events/catalog.js';
import { s } from '../src/schema/s.js';
import { talksEvents } from './fixtures/talks.js';

/** Three versions of one event: v1 { from, amount }, v2 { by, amount }, v3 { by, terms: { amount } }. */
const offers = defineEvents({
  'offer-made': {
    schema: s.object({ by: s.string(), terms: s.object({ amount: s.number() }) }),
    version: 3,
    upcast: {
      1: (d: { from: string; amount: number }) => ({ by: d.from, amount: d.amount }),
      2: (d: { by: string; amount: number }) => ({ by: d.by, terms: { amount: d.amount } }),
    },
    description: 'A party puts an offer on the table.',
  },
  'deal-closed': { schema: s.object({ amount: s.number() }) },
});

const base = { stream: 's', seq: 1, id: 's:1', at: '2016-01-01' };
const party = fc.constantFrom('us', 'ru', 'eu');
const amount = fc.integer({ min: -1000, max: 1000 });
/** A record of offer-made at any of its versions. */
const offerRecord = fc.oneof(
  fc.record({ from: party, amount }).map((data) => ({ ...base, type: 'offer-made', v: 1, data })),
  fc.record({ by: party, amount }).map((data) => ({ ...base, type: 'offer-made', v: 2, data })),
  fc
    .record({ by: party, terms: fc.record({ amount }) })
    .map((data) => ({ ...base, type: 'offer-made', v: 3, data })),
);

describe('defineEvents', () => {
  it('knows its types, versions and descriptions', () => {
    expect(offers.types).toEqual(['offer-made', 'deal-closed']);
    expect(offers.has('deal-closed')).toBe(true);
    expect(offers.has('toString')).toBe(false);
    expect(offers.version('offer-made')).toBe(3);
    expect(offers.version('deal-closed')).toBe(1);
    expect(offers.description('offer-made')).toMatch(/offer/);
  });

  it('validates data, naming the type and the field', () => {
    expect(offers.validateData('deal-closed', { amount: 3 })).toEqual({ amount: 3 });
    const err = (() => {
      try {
        offers.validateData('offer-made', { by: 'us', terms: { amount: 'x' } });
      } catch (e) {
        return e as ValidationError;
      }
    })()!;
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.type).toBe('offer-made');
    expect(err.issues).toEqual([
      { path: 'data.terms.amount', message: expect.stringMatching(/finite number/) },
    ]);
    expect(() => offers.validateData('nope' as any, {})).toThrow(
      /unknown event type "nope"; known types: offer-made, deal-closed/,
    );
  });

  it('refuses a catalog with a gap in its upcaster chain or a bad version', () => {
    expect(() => defineEvents({ a: { schema: s.unknown(), version: 3, upcast: { 1: (d) => d } } })).toThrow(
      /"a" is at version 3 but has no upcaster from version 2/,
    );
    expect(() => defineEvents({ a: { schema: s.unknown(), version: 0 } })).toThrow(UsageError);
  });

  it('old records upcast to the current version (property)', () => {
    fc.assert(
      fc.property(offerRecord, (r) => {
        const up = offers.upcast(r);
        expect(up.v).toBe(3);
        expect(offers.validateData('offer-made', up.data)).toEqual(up.data);
        const amountOf = r.v === 3 ? (r.data as any).terms.amount : (r.data as any).amount;
        expect((up.data as any).terms.amount).toBe(amountOf);
      }),
    );
  });

  it('upcasting is idempotent: upcast twice equals upcast once (property)', () => {
    fc.assert(
      fc.property(offerRecord, (r) => {
        const once = offers.upcast(r);
        expect(offers.upcast(once)).toEqual(once);
      }),
    );
    // and for the fixture's catalog
    const old = { ...base, type: 'offer-made', v: 1, data: { offer: 1, from: 'us', amount: 2 } };
    const once = talksEvents.upcast(old);
    expect(talksEvents.upcast(once)).toEqual(once);
  });

  it('a record from the future or with a broken version is a ValidationError, not a crash', () => {
    expect(() => offers.upcast({ ...base, type: 'offer-made', v: 4, data: {} })).toThrow(
      /newer than this code knows/,
    );
    expect(() => offers.upcast({ ...base, type: 'offer-made', v: 0, data: {} })).toThrow(ValidationError);
    expect(() => offers.upcast({ ...base, type: 'offer-made', v: 1, data: { nope: true } })).toThrow(
      ValidationError,
    );
  });
});
