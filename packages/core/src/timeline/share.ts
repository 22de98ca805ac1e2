import { freeze } from '../_internals/immer.js';

/**
 * A deeply frozen copy of `value` (plain data) that reuses every subtree of `previous` that is
 * structurally equal: the result *is* `previous` when nothing changed, and shares each unchanged branch
 * otherwise. Used to snapshot a mutable working state so that consecutive snapshots share structure the
 * way immer states do, at the cost of one walk of the state (no proxies).
 *
 * @example
 * ```ts
 * const a = shareCopy({ x: { y: 1 }, z: [1] }, undefined);
 * const b = shareCopy({ x: { y: 1 }, z: [2] }, a);
 * b.x === a.x; // true
 * ```
 */
export function shareCopy<T>(value: T, previous: unknown): T {
  return copy(value, previous) as T;
}

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function copy(v: unknown, prev: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const p = Array.isArray(prev) ? prev : undefined;
    let same = p !== undefined && p.length === v.length;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const c = copy(v[i], p?.[i]);
      out[i] = c;
      if (same && !Object.is(c, p![i])) same = false;
    }
    return same ? p : Object.freeze(out);
  }
  if (!isPlain(v)) return freeze(structuredClone(v), true);
  const p =
    typeof prev === 'object' && prev !== null && !Array.isArray(prev)
      ? (prev as Record<string, unknown>)
      : undefined;
  const keys = Object.keys(v);
  let same = p !== undefined && Object.keys(p).length === keys.length;
  const out: Record<string, unknown> = Object.getPrototypeOf(v) === null ? Object.create(null) : {};
  for (const k of keys) {
    const had = p !== undefined && Object.hasOwn(p, k);
    const c = copy((v as Record<string, unknown>)[k], had ? p[k] : undefined);
    if (k === '__proto__')
      Object.defineProperty(out, k, { value: c, enumerable: true, writable: true, configurable: true });
    else out[k] = c;
    if (same && (!had || !Object.is(c, p![k]))) same = false;
  }
  return same ? p : Object.freeze(out);
}
