import { describe, expect, expectTypeOf, it } from 'vitest';
import { ValidationError } from '../src/errors.js';
import { s } from '../src/schema/s.js';
import { type Infer, validateWith } from '../src/schema/standard.js';
import { z } from './fixtures/miniZod.js';

const ok = <T>(schema: { '~standard': { validate: (v: unknown) => any } }, v: unknown): T => {
  const r = schema['~standard'].validate(v);
  if (r.issues) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const issues = (schema: { '~standard': { validate: (v: unknown) => any } }, v: unknown) =>
  (schema['~standard'].validate(v).issues ?? []).map((i: any) => ({ path: i.path, message: i.message }));

describe('s (built-in schema helper)', () => {
  it('checks primitives with options', () => {
    expect(ok(s.string({ minLength: 1 }), 'a')).toBe('a');
    expect(issues(s.string({ minLength: 2 }), 'a')[0].message).toMatch(/at least 2/);
    expect(issues(s.string({ pattern: /^[a-z]+$/ }), 'A1')[0].message).toMatch(/matching/);
    expect(issues(s.number({ int: true }), 1.5)[0].message).toMatch(/integer/);
    expect(issues(s.number({ min: 0 }), -1)[0].message).toMatch(/≥ 0/);
    expect(issues(s.number(), Number.NaN)[0].message).toMatch(/finite/);
    expect(issues(s.boolean(), 'yes')[0].message).toMatch(/true or false/);
    expect(ok(s.literal('x'), 'x')).toBe('x');
    expect(issues(s.enum(['a', 'b']), 'c')[0].message).toMatch(/one of a, b/);
    expect(ok(s.worldTime(), '2016-02-27T00:00+02:00')).toBe('2016-02-27T00:00+02:00');
    expect(issues(s.worldTime(), '2016-02-30')[0].message).toMatch(/ISO 8601/);
  });

  it('objects are strict, name every broken field, and never accept prototype keys', () => {
    const Offer = s.object({
      by: s.string(),
      terms: s.object({ amount: s.number() }),
      note: s.optional(s.string()),
    });
    expect(ok(Offer, { by: 'us', terms: { amount: 1 } })).toEqual({ by: 'us', terms: { amount: 1 } });
    expect(issues(Offer, { terms: { amount: 'x' }, extra: 1 })).toEqual([
      { path: ['extra'], message: 'unknown field' },
      { path: ['by'], message: 'required field is missing' },
      { path: ['terms', 'amount'], message: expect.stringMatching(/finite number/) },
    ]);
    const polluted = JSON.parse('{"by":"us","terms":{"amount":1},"__proto__":{"admin":true}}');
    expect(issues(Offer, polluted)).toEqual([
      { path: ['__proto__'], message: 'the key "__proto__" is not allowed' },
    ]);
    expect(issues(s.record(s.number()), JSON.parse('{"constructor":1}'))[0].message).toMatch(/not allowed/);
    expect(issues(Offer, Object.create({ by: 'us' }))[0].message).toMatch(/expected an object/);
  });

  it('arrays, records, nullable and unions', () => {
    expect(issues(s.array(s.number(), { maxLength: 1 }), [1, 2])[0].message).toMatch(/at most 1/);
    expect(issues(s.array(s.number()), [1, 'x'])).toEqual([{ path: [1], message: expect.any(String) }]);
    expect(ok(s.record(s.number()), { a: 1 })).toEqual({ a: 1 });
    expect(ok(s.nullable(s.number()), null)).toBe(null);
    const U = s.union([s.number(), s.literal('none')]);
    expect(ok(U, 'none')).toBe('none');
    expect(issues(U, true)[0].message).toMatch(/no alternative matched/);
  });

  it('infers types', () => {
    const Offer = s.object({
      by: s.string(),
      note: s.optional(s.string()),
      tags: s.array(s.enum(['a', 'b'])),
    });
    expectTypeOf<Infer<typeof Offer>>().toEqualTypeOf<{
      readonly by: string;
      readonly tags: readonly ('a' | 'b')[];
      readonly note?: string;
    }>();
  });

  it('validateWith throws a ValidationError listing each issue with its path, for any Standard Schema', () => {
    expect(() => validateWith(s.object({ a: s.number() }), { a: 'x' }, 'event "e" data', 'data')).toThrow(
      /event "e" data is invalid: data\.a: expected a finite number/,
    );
    expect(validateWith(z.number(), 3, 'n')).toBe(3);
    const err = (() => {
      try {
        validateWith(z.number(), 'x', 'n');
      } catch (e) {
        return e as ValidationError;
      }
    })()!;
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.issues).toEqual([{ path: '', message: 'not a number' }]);
    expect(() => validateWith(z.async(), 1, 'n')).toThrow(/synchronous/);
  });
});
