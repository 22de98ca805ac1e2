import { isDeepStrictEqual } from 'node:util';
import * as fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { freeze } from '../src/_internals/immer.js';
import { createSharedFold, evolveShared } from '../src/session/share.js';

interface S {
  n: number;
  list: { id: number; tag: string }[];
  other: { deep: { x: number } };
  /** A member whose members are written, read only, reached through Object.values, added and removed. */
  rec: { a: { x: number }; b: { y: number[] }; c: number; extra?: { z: number } };
}

const initial = (): S =>
  freeze(
    {
      n: 0,
      list: [0, 1, 2, 3].map((id) => ({ id, tag: `t${id}` })),
      other: { deep: { x: 1 } },
      rec: { a: { x: 0 }, b: { y: [1, 2] }, c: 0 },
    },
    true,
  );

type Op =
  | { kind: 'push' }
  | { kind: 'drop'; at: number }
  | { kind: 'tag'; at: number }
  | { kind: 'n' }
  | { kind: 'adopt'; item: { id: number; tag: string } }
  | { kind: 'fail' }
  | { kind: 'rec'; what: 'a' | 'peek' | 'values' | 'c' | 'add' | 'remove' | 'swap' };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant({ kind: 'push' } as const),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat(6) }),
  fc.record({ kind: fc.constant('tag' as const), at: fc.nat(6) }),
  fc.constant({ kind: 'n' } as const),
  // a frozen object from the event put into the state (later ops edit it in place)
  fc
    .record({ id: fc.integer({ min: 500, max: 503 }), tag: fc.constantFrom('a', 'b') })
    .map((item) => ({ kind: 'adopt' as const, item: Object.freeze({ ...item }) })),
  fc.constant({ kind: 'fail' } as const),
  fc.record({
    kind: fc.constant('rec' as const),
    what: fc.constantFrom('a', 'peek', 'values', 'c', 'add', 'remove', 'swap' as const),
  }),
);

/** A recipe in the style of the ISSG evolve: capped pushes, removals, in-place edits. */
function evolve(d: S, o: Op): void {
  switch (o.kind) {
    case 'push':
      d.n += 1;
      d.list.push({ id: 100 + d.n, tag: 'new' });
      if (d.list.length > 5) d.list.splice(0, d.list.length - 5);
      break;
    case 'drop':
      d.list = d.list.filter((_, i) => i !== o.at);
      break;
    case 'tag':
      if (d.list[o.at]) d.list[o.at]!.tag += '!';
      break;
    case 'n':
      d.n += 1;
      break;
    case 'adopt':
      d.list.push(o.item);
      if (d.list.length > 5) d.list.splice(0, d.list.length - 5);
      break;
    case 'rec':
      switch (o.what) {
        case 'a':
          d.rec.a.x += 1;
          break;
        case 'peek':
          if (d.rec.b.y.length > 99 && d.rec.a.x < 0) d.n = -1; // reads, never true
          break;
        case 'values':
          for (const v of Object.values(d.rec)) if (typeof v === 'object' && 'y' in v) v.y.push(v.y.length);
          break;
        case 'c':
          d.rec.c += 1;
          break;
        case 'add':
          d.rec.extra = { z: d.rec.c };
          break;
        case 'remove':
          delete d.rec.extra;
          break;
        case 'swap': {
          const b = d.rec.b;
          d.rec.b = { y: [...b.y, -1] };
          break;
        }
      }
      break;
    case 'fail':
      // a recipe that writes, then throws: the state must stay as it was
      d.n += 1000;
      d.list.pop();
      throw new Error('refused');
  }
}

/** Ops through `fold`, or (when the recipe throws) the unchanged state. */
const step = (s: S, ops: readonly Op[], fold: (s: S, ops: readonly Op[]) => S): S => {
  try {
    return fold(s, ops);
  } catch (e) {
    if (!ops.some((o) => o.kind === 'fail')) throw e;
    return s;
  }
};

/** Every plain object of `next` deeply equal to the one at the same place in `prev` is that one. */
const expectShared = (prev: unknown, next: unknown): void => {
  if (typeof prev !== 'object' || prev === null || typeof next !== 'object' || next === null) return;
  if (Array.isArray(prev) || Array.isArray(next)) return; // lists: the element checks below
  if (isDeepStrictEqual(prev, next)) {
    expect(next).toBe(prev);
    return;
  }
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  for (const k of Object.keys(n)) if (k in p) expectShared(p[k], n[k]);
};

const frozenDeep = (v: unknown): boolean =>
  typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(frozenDeep));

describe('evolveShared (the session draft)', () => {
  it('gives the state immer gives, deeply frozen, and keeps every element that did not change', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), (ops) => {
        let ours = initial();
        let theirs = initial();
        for (const o of ops) {
          const before = ours;
          ours = step(ours, [o], (x, y) => evolveShared(x, y, evolve));
          theirs = step(theirs, [o], (x, y) => produce(x, (d) => evolve(d, y[0]!)));
          expect(ours).toEqual(theirs);
          expect(frozenDeep(ours)).toBe(true);
          expect(ours.other).toBe(before.other);
          expectShared(before, ours);
          // (adopted items, ids ≥ 500, may repeat an equal value: only the others are unique)
          for (const e of ours.list) {
            const old = before.list.find((x) => x.id === e.id && x.tag === e.tag);
            if (old && e.id < 500) expect(e).toBe(old);
          }
        }
      }),
    );
  });

  it('returns the same state when the recipe changes nothing', () => {
    const s = initial();
    expect(evolveShared(s, [{ kind: 'tag', at: 99 }], evolve)).toBe(s);
  });
});

describe('createSharedFold (the session fold, with its working copy kept between batches)', () => {
  it("gives immer's states, deeply frozen and shared, over sequences of batches, a recipe that throws and states from elsewhere", () => {
    fc.assert(
      fc.property(
        // (a frozen item edited in the batch that adopted it would throw, as in `replay`: adopt ends a batch)
        fc.array(
          fc
            .array(op, { minLength: 1, maxLength: 3 })
            .map((b) => b.filter((o, i) => o.kind !== 'adopt' || i === b.length - 1))
            .filter((b) => b.length > 0),
          { maxLength: 15 },
        ),
        fc.nat(15),
        (batches, restartAt) => {
          const fold = createSharedFold<S, Op>(evolve);
          let ours = initial();
          let theirs = initial();
          batches.forEach((batch, i) => {
            // a state the fold did not make (as after a hydration): it must start again from it
            if (i === restartAt)
              ours = freeze(
                produce(ours, () => {}),
                true,
              );
            const before = ours;
            const snapshot = structuredClone(before);
            ours = step(ours, batch, (x, y) => fold.next(x, y));
            theirs = step(theirs, batch, (x, y) =>
              produce(x, (d) => {
                for (const o of y) evolve(d, o);
              }),
            );
            if (batch.some((o) => o.kind === 'fail')) expect(ours).toBe(before);
            expect(ours).toEqual(theirs);
            expect(before).toEqual(snapshot); // the previous state is untouched
            expect(frozenDeep(ours)).toBe(true);
            expect(ours.other).toBe(before.other);
            expectShared(before, ours);
            expectShared(before, ours);
            for (const e of ours.list) {
              const old = before.list.find((x) => isDeepStrictEqual(x, e));
              if (old && e.id < 500) expect(e).toBe(old);
            }
          });
        },
      ),
    );
  });

  it('returns the same state for an empty batch and for a batch that changes nothing', () => {
    const fold = createSharedFold<S, Op>(evolve);
    const s = initial();
    expect(fold.next(s, [])).toBe(s);
    expect(fold.next(s, [{ kind: 'tag', at: 99 }])).toBe(s);
    const t = fold.next(s, [{ kind: 'n' }]);
    expect(t.n).toBe(1);
    expect(t.list).toBe(s.list);
    expect(s.n).toBe(0);
  });
});
