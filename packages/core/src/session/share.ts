import type { Draft } from 'immer';
import { freeze, immer } from '../_internals/immer.js';
import { cloneState } from '../replay.js';

const hasOwn = Object.prototype.hasOwnProperty;

/** A plain object or an array, indexed by key. */
type Container = Record<PropertyKey, unknown>;

/** A plain object (prototype `Object.prototype`) or an array: what the copy-on-read draft handles. */
function isPlainContainer(v: unknown): v is Container {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return true;
  return Object.getPrototypeOf(v) === Object.prototype;
}

/**
 * `next` with every subtree that is deeply equal to the one at the same place in `prev` replaced by
 * `prev`'s (so unchanged parts keep their identity); `prev` itself when the whole is equal. Writes only
 * into `next`'s own unfrozen plain objects and arrays.
 */
function share(prev: unknown, next: unknown): unknown {
  if (Object.is(prev, next)) return prev;
  if (!isPlainContainer(prev) || !isPlainContainer(next) || Object.isFrozen(next)) return next;
  if (Array.isArray(prev) !== Array.isArray(next)) return next;
  let same = true;
  if (Array.isArray(next) && Array.isArray(prev)) {
    // Align the two lists, so that an element that moved (a capped list that dropped its oldest, an
    // element removed before it) keeps its identity: at most two candidates of `prev` per element.
    const p: unknown[] = prev;
    if (p.length !== next.length) same = false;
    let j = 0;
    for (let i = 0; i < next.length; i++) {
      let v = j < p.length ? share(p[j], next[i]) : next[i];
      if (j < p.length && v === p[j]) j++;
      else if (j + 1 < p.length) {
        v = share(p[j + 1], next[i]);
        if (v === p[j + 1]) j += 2;
      }
      if (v !== next[i]) next[i] = v;
      if (same && v !== p[i]) same = false;
    }
    return same ? prev : next;
  }
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(prev).length) same = false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const had = hasOwn.call(prev, k);
    const v = share(had ? prev[k] : undefined, next[k]);
    if (v !== next[k]) next[k] = v;
    if (same && (!had || v !== prev[k])) same = false;
  }
  return same ? prev : next;
}

/**
 * Apply `evolve` for each event of `batch` to a frozen state and return the next frozen state, sharing
 * every unchanged subtree with `state` — what immer's `produce` gives, for less: the draft is a shallow
 * copy of the top level whose members are deep-copied (plain objects and arrays, `cloneState`) the first
 * time the recipe reads them; afterwards the copies are compared with the old members and every part
 * that did not change is replaced by the old one, and only the new parts are frozen. States that are not
 * a plain object or an array at the top go through immer.
 *
 * @example
 * ```ts
 * const next = evolveShared(state, [record], decider.evolve); // state is untouched
 * ```
 */
export function evolveShared<S, R>(
  state: S,
  batch: readonly R[],
  evolve: (draft: Draft<S>, event: R) => void,
): S {
  if (!isPlainContainer(state))
    return immer.produce(state, (draft: Draft<S>) => {
      for (const r of batch) evolve(draft, r);
    }) as S;
  const prev: Record<PropertyKey, unknown> = state;
  const target: Container = Array.isArray(state) ? Object.assign([], state) : { ...state };
  const copied = new Set<PropertyKey>();
  const draft = new Proxy(target, {
    get(t, k) {
      const v = t[k];
      if (typeof v === 'object' && v !== null && !copied.has(k) && hasOwn.call(t, k)) {
        copied.add(k);
        const c = cloneState(v);
        t[k] = c;
        return c;
      }
      return v;
    },
    set(t, k, v) {
      copied.add(k);
      t[k] = v;
      return true;
    },
  });
  for (let i = 0; i < batch.length; i++) evolve(draft as Draft<S>, batch[i]!);
  const next = share(prev, target);
  return (next === prev ? state : freeze(next, true)) as S;
}
