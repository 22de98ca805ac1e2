import * as fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { freeze } from '../src/_internals/immer.js';
import { evolveShared } from '../src/session/share.js';

interface S {
  n: number;
  list: { id: number; tag: string }[];
  other: { deep: { x: number } };
}

const initial = (): S =>
  freeze(
    {
      n: 0,
      list: [0, 1, 2, 3].map((id) => ({ id, tag: `t${id}` })),
      other: { deep: { x: 1 } },
    },
    true,
  );

type Op = { kind: 'push' } | { kind: 'drop'; at: number } | { kind: 'tag'; at: number } | { kind: 'n' };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.constant({ kind: 'push' } as const),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat(6) }),
  fc.record({ kind: fc.constant('tag' as const), at: fc.nat(6) }),
  fc.constant({ kind: 'n' } as const),
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
  }
}

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
          ours = evolveShared(ours, [o], evolve);
          theirs = produce(theirs, (d) => evolve(d, o));
          expect(ours).toEqual(theirs);
          expect(frozenDeep(ours)).toBe(true);
          expect(ours.other).toBe(before.other);
          for (const e of ours.list) {
            const old = before.list.find((x) => x.id === e.id && x.tag === e.tag);
            if (old) expect(e).toBe(old);
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
