import type { Draft } from 'immer';
import { freeze, immer } from '../_internals/immer.js';
import { cloneState } from '../replay.js';

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * How many elements of an old list are tried for each element of the new one: a batch of a few events
 * may drop several of a capped list's oldest elements.
 */
const ALIGN = 4;

/** A plain object or an array, indexed by key. */
type Container = Record<PropertyKey, unknown>;

/** A plain object (prototype `Object.prototype`) or an array: what the working copy handles. */
function isPlainContainer(v: unknown): v is Container {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return true;
  return Object.getPrototypeOf(v) === Object.prototype;
}

/** A frozen object or array in the working copy (data a recipe took from an event or another state). */
function isFrozenObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && Object.isFrozen(v);
}

/**
 * Whether the frozen `prev` and the working `cur` are deeply equal plain data (so `prev` can stand for
 * `cur`). A frozen node in `cur` that is not `prev` itself counts as different, so that `publish` walks
 * it and gives the working copy its own mutable copy.
 */
function equal(prev: unknown, cur: unknown): boolean {
  if (Object.is(prev, cur)) return true;
  if (typeof cur !== 'object' || cur === null || typeof prev !== 'object' || prev === null) return false;
  if (Object.isFrozen(cur) || !isPlainContainer(cur) || !isPlainContainer(prev)) return false;
  if (Array.isArray(cur)) {
    if (!Array.isArray(prev)) return false;
    const p: unknown[] = prev;
    if (p.length !== cur.length) return false;
    for (let i = 0; i < cur.length; i++) if (!equal(p[i], cur[i])) return false;
    return true;
  }
  if (Array.isArray(prev)) return false;
  const keys = Object.keys(cur);
  if (keys.length !== Object.keys(prev).length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (!hasOwn.call(prev, k) || !equal(prev[k], cur[k])) return false;
  }
  return true;
}

/**
 * A deeply frozen value deeply equal to `cur` (a node of the working copy, never handed out itself) that
 * reuses every subtree of `prev` (a frozen state's node at the same place) equal to the corresponding
 * part of `cur`: `prev` itself when the whole is equal, else new frozen nodes for what changed only.
 * Frozen nodes met in `cur` (data a recipe took from an event) are replaced there by mutable copies, so
 * that the working copy stays writable, as a fresh draft would be.
 */
function publish(prev: unknown, cur: unknown): unknown {
  if (Object.is(prev, cur)) return prev;
  if (typeof cur !== 'object' || cur === null) return cur;
  if (!isPlainContainer(cur)) return freeze(cloneState(cur), true);
  const comparable = isPlainContainer(prev) && Array.isArray(prev) === Array.isArray(cur);
  if (Array.isArray(cur)) {
    // Align the two lists, so that an element that moved (a capped list that dropped its oldest ones,
    // elements removed before it) keeps its identity: up to ALIGN candidates of `prev` per element.
    const p: readonly unknown[] = comparable && Array.isArray(prev) ? prev : [];
    const out: unknown[] = new Array(cur.length);
    let same = p.length === cur.length && comparable;
    let j = 0;
    for (let i = 0; i < cur.length; i++) {
      let c = cur[i];
      if (isFrozenObject(c)) cur[i] = c = cloneState(c);
      let v: unknown;
      let found = -1;
      for (let m = j, end = Math.min(p.length, j + ALIGN); m < end; m++)
        if (equal(p[m], c)) {
          found = m;
          break;
        }
      if (found >= 0) {
        v = p[found];
        j = found + 1;
      } else v = publish(j < p.length ? p[j] : undefined, c);
      out[i] = v;
      if (same && v !== p[i]) same = false;
    }
    return same ? prev : Object.freeze(out);
  }
  const keys = Object.keys(cur);
  const p = comparable ? (prev as Container) : undefined;
  let out: Container | undefined = p && keys.length === Object.keys(p).length ? undefined : {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    let c = cur[k];
    if (isFrozenObject(c)) cur[k] = c = cloneState(c);
    const had = p !== undefined && hasOwn.call(p, k);
    const v = publish(had ? p[k] : undefined, c);
    if (out === undefined && (!had || v !== p![k])) {
      // the first difference: copy the members before it (all equal to prev's)
      out = {};
      for (let m = 0; m < i; m++) out[keys[m]!] = p![keys[m]!];
    }
    if (out !== undefined) setMember(out, k, v);
  }
  return out === undefined ? prev : Object.freeze(out);
}

function setMember(out: Container, k: PropertyKey, v: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  else out[k] = v;
}

/**
 * Folds batches of events into frozen, structurally shared states — what immer's `produce` gives, for
 * less. It keeps a private mutable working copy of the last state it returned and runs `evolve` on it
 * directly (as `replay` does), through a proxy of the top level only, which notes the members the recipe
 * read or wrote. The next state is the previous one with each such member replaced by a frozen copy of
 * its working version in which every part equal to the old one is the old one (the previous state itself
 * when nothing changed). Given any other state (a first call, a state from elsewhere) it copies that state
 * first; if `evolve` throws, the working copy is dropped and the state is unchanged. States that are not a
 * plain object at the top go through immer.
 */
export interface SharedFold<S, R> {
  /** The state after `batch`, from a frozen `state`; `state` itself when nothing changed. */
  next(state: S, batch: readonly R[]): S;
}

/**
 * A {@link SharedFold} of a recipe (the session's state updates).
 *
 * @example
 * ```ts
 * const fold = createSharedFold(decider.evolve);
 * const next = fold.next(state, [record]); // state is untouched; next shares what did not change
 * ```
 */
export function createSharedFold<S, R>(evolve: (draft: Draft<S>, event: R) => void): SharedFold<S, R> {
  let base: unknown; // the frozen state the working copy equals
  let work: Container | undefined;
  let draft: Container | undefined;
  const touched: PropertyKey[] = [];
  let reshaped = false; // a top-level member added or deleted
  const note = (k: PropertyKey): void => {
    if (!touched.includes(k)) touched.push(k);
  };
  const handler: ProxyHandler<Container> = {
    get(t, k) {
      const v = t[k];
      if (typeof v === 'object' && v !== null) note(k);
      return v;
    },
    set(t, k, v) {
      if (!hasOwn.call(t, k)) reshaped = true;
      note(k);
      t[k] = v;
      return true;
    },
    deleteProperty(t, k) {
      reshaped = true;
      return delete t[k];
    },
    defineProperty(t, k, d) {
      reshaped = true;
      return Reflect.defineProperty(t, k, d);
    },
  };
  return {
    next(state: S, batch: readonly R[]): S {
      if (batch.length === 0) return state;
      if (!isPlainContainer(state) || Array.isArray(state))
        return immer.produce(state, (d: Draft<S>) => {
          for (const r of batch) evolve(d, r);
        }) as S;
      if (work === undefined || base !== state) {
        work = cloneState(state) as Container;
        draft = new Proxy(work, handler);
        base = state;
      }
      const w = work;
      const prev: Container = state;
      touched.length = 0;
      reshaped = false;
      try {
        for (let i = 0; i < batch.length; i++) evolve(draft as Draft<S>, batch[i]!);
      } catch (e) {
        work = undefined;
        base = undefined;
        throw e;
      }
      let next: unknown;
      if (reshaped) next = publish(prev, w);
      else {
        let out: Container | undefined;
        for (const k of touched) {
          let c = w[k];
          if (isFrozenObject(c)) w[k] = c = cloneState(c);
          const v = publish(prev[k], c);
          if (v === prev[k]) continue;
          out ??= { ...prev };
          setMember(out, k, v);
        }
        next = out === undefined ? prev : Object.freeze(out);
      }
      base = next;
      return next as S;
    },
  };
}

/**
 * Apply `evolve` for each event of `batch` to a frozen state and return the next frozen state, sharing
 * every unchanged subtree with `state` (a one-off {@link SharedFold}: it copies `state` first).
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
  return createSharedFold(evolve).next(state, batch);
}
