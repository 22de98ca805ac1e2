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
  if (prev === cur) return true;
  if (typeof cur !== 'object' || cur === null || typeof prev !== 'object' || prev === null)
    return Object.is(prev, cur);
  if (Object.isFrozen(cur) || !isPlainContainer(cur) || !isPlainContainer(prev)) return false;
  if (Array.isArray(cur)) {
    if (!Array.isArray(prev)) return false;
    const p: readonly unknown[] = prev;
    if (p.length !== cur.length) return false;
    for (let i = 0; i < cur.length; i++) {
      const c = cur[i];
      if (c !== p[i] && (typeof c !== 'object' || c === null ? !Object.is(c, p[i]) : !equal(p[i], c)))
        return false;
    }
    return true;
  }
  if (Array.isArray(prev)) return false;
  // own enumerable keys of plain objects, counted without allocating key lists
  let n = 0;
  for (const k in cur) {
    if (!hasOwn.call(prev, k)) return false;
    const c = cur[k];
    const q = prev[k];
    if (c !== q && (typeof c !== 'object' || c === null ? !Object.is(c, q) : !equal(q, c))) return false;
    n++;
  }
  for (const _ in prev) n--;
  return n === 0;
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
  const p = comparable ? (prev as Container) : undefined;
  let out: Container | undefined = p === undefined ? {} : undefined;
  let n = 0;
  for (const k in cur) {
    let c = cur[k];
    const had = p !== undefined && hasOwn.call(p, k);
    const q = had ? p[k] : undefined;
    let v: unknown;
    if (typeof c !== 'object' || c === null) v = c;
    else {
      if (Object.isFrozen(c)) cur[k] = c = cloneState(c);
      v = publish(q, c);
    }
    if (out === undefined && (!had || v !== q)) {
      // the first difference: copy the members before it (all equal to prev's)
      out = {};
      for (const m in cur) {
        if (m === k) break;
        setMember(out, m, p![m]);
      }
    }
    if (out !== undefined) setMember(out, k, v);
    n++;
  }
  if (out === undefined) {
    for (const _ in p) n--;
    if (n === 0) return prev;
    // a member was deleted: every remaining one is prev's
    out = {};
    for (const k in cur) setMember(out, k, p![k]);
  }
  return Object.freeze(out);
}

function setMember(out: Container, k: PropertyKey, v: unknown): void {
  if (k === '__proto__')
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  else out[k] = v;
}

/**
 * Folds batches of events into frozen, structurally shared states — what immer's `produce` gives, for
 * less. It keeps a private mutable working copy of the last state it returned and runs `evolve` on it
 * directly (as `replay` does), through proxies of the top level and of its plain-object members only
 * (made once per member and kept), which note the members, and the members' members, that the recipe
 * read as objects or wrote. The next state is the previous one with each noted part replaced by a frozen
 * copy of its working version in which every part equal to the old one is the old one (the previous
 * state itself when nothing changed). Given any other state (a first call, a state from elsewhere) it
 * copies that state first; if `evolve` throws, the working copy is dropped and the state is unchanged.
 * States that are not a plain object at the top go through immer.
 */
export interface SharedFold<S, R> {
  /** The state after `batch`, from a frozen `state`; `state` itself when nothing changed. */
  next(state: S, batch: readonly R[]): S;
}

/** A plain-object member of the working copy's top level, behind its proxy. */
interface Member {
  readonly target: Container;
  readonly proxy: Container;
  /** Keys of `target` read as objects or written in this batch. */
  readonly keys: PropertyKey[];
  /** A key was added, deleted or defined: compare the whole member. */
  reshaped: boolean;
}

const noteKey = (keys: PropertyKey[], k: PropertyKey): void => {
  if (!keys.includes(k)) keys.push(k);
};

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
  let members = new Map<PropertyKey, Member>();
  const targets = new WeakMap<object, Container>(); // member proxy → member
  const touched: PropertyKey[] = []; // top-level keys read as objects or written
  const whole: PropertyKey[] = []; // top-level keys to compare whole (written, arrays, frozen values)
  let reshaped = false; // a top-level member added or deleted
  const unwrap = (v: unknown): unknown => (typeof v === 'object' && v !== null ? (targets.get(v) ?? v) : v);

  const memberOf = (k: PropertyKey, v: Container): Member => {
    const known = members.get(k);
    if (known !== undefined && known.target === v) return known;
    const keys: PropertyKey[] = [];
    const m: Member = {
      target: v,
      keys,
      reshaped: false,
      proxy: new Proxy(v, {
        get(t, j) {
          const x = t[j];
          if (typeof x === 'object' && x !== null) noteKey(keys, j);
          return x;
        },
        getOwnPropertyDescriptor(t, j) {
          if (typeof t[j] === 'object' && t[j] !== null) noteKey(keys, j);
          return Reflect.getOwnPropertyDescriptor(t, j);
        },
        set(t, j, x) {
          if (!hasOwn.call(t, j)) m.reshaped = true;
          noteKey(keys, j);
          t[j] = unwrap(x);
          return true;
        },
        deleteProperty(t, j) {
          m.reshaped = true;
          return delete t[j];
        },
        defineProperty(t, j, d) {
          m.reshaped = true;
          return Reflect.defineProperty(t, j, d);
        },
      }),
    };
    members.set(k, m);
    targets.set(m.proxy, v);
    return m;
  };
  /** What the top-level proxy hands out for member `k`: a member proxy for plain objects. */
  const member = (k: PropertyKey, v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    noteKey(touched, k);
    if (Array.isArray(v) || Object.isFrozen(v) || Object.getPrototypeOf(v) !== Object.prototype) {
      noteKey(whole, k);
      return v;
    }
    return memberOf(k, v as Container).proxy;
  };
  const handler: ProxyHandler<Container> = {
    get(t, k) {
      return member(k, t[k]);
    },
    getOwnPropertyDescriptor(t, k) {
      const d = Reflect.getOwnPropertyDescriptor(t, k);
      if (d !== undefined && 'value' in d) d.value = member(k, d.value);
      return d;
    },
    set(t, k, v) {
      if (!hasOwn.call(t, k)) reshaped = true;
      noteKey(touched, k);
      noteKey(whole, k);
      t[k] = unwrap(v);
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
  /** Member `k` of the next state: the noted keys of its working version published over `prev`'s. */
  const publishMember = (k: PropertyKey, p: unknown, c: unknown): unknown => {
    const m = members.get(k);
    if (
      whole.includes(k) ||
      m === undefined ||
      m.target !== c ||
      m.reshaped ||
      !isPlainContainer(p) ||
      Array.isArray(p)
    )
      return publish(p, c);
    let out: Container | undefined;
    const t = m.target;
    for (const j of m.keys) {
      let x = t[j];
      const q = p[j];
      let v: unknown;
      if (typeof x !== 'object' || x === null) v = x;
      else {
        if (Object.isFrozen(x)) t[j] = x = cloneState(x);
        v = publish(q, x);
      }
      if (v === q) continue;
      out ??= { ...p };
      setMember(out, j, v);
    }
    return out === undefined ? p : Object.freeze(out);
  };
  const reset = (): void => {
    for (const k of touched) {
      const m = members.get(k);
      if (m !== undefined) {
        m.keys.length = 0;
        m.reshaped = false;
      }
    }
    touched.length = 0;
    whole.length = 0;
    reshaped = false;
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
        members = new Map();
        base = state;
      }
      const w = work;
      const prev: Container = state;
      reset();
      try {
        for (let i = 0; i < batch.length; i++) evolve(draft as Draft<S>, batch[i]!);
      } catch (e) {
        work = undefined;
        base = undefined;
        reset();
        throw e;
      }
      let next: unknown;
      if (reshaped) next = publish(prev, w);
      else {
        let out: Container | undefined;
        for (const k of touched) {
          let c = w[k];
          if (isFrozenObject(c)) w[k] = c = cloneState(c);
          const v = publishMember(k, prev[k], c);
          if (v === prev[k]) continue;
          out ??= { ...prev };
          setMember(out, k, v);
        }
        next = out === undefined ? prev : Object.freeze(out);
      }
      reset();
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
