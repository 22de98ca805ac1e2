import { ValidationError } from '../errors.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting of arrays and objects a record may have: deeper is not a record Parley wrote. */
export const MAX_DEPTH = 256;

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * A deep, frozen copy of a JSON value: plain objects (own enumerable keys), arrays, strings, finite
 * numbers, booleans and null. Object properties whose value is `undefined` are dropped (as
 * `JSON.stringify` does), so a value reads back from any store exactly as it was appended.
 * Throws {@link ValidationError} naming the path of anything that is not JSON (a `Date`, a `Map`,
 * `NaN`, a function, `undefined` in an array, a cycle) or of a forbidden key
 * (`__proto__`, `constructor`, `prototype`).
 *
 * @example
 * ```ts
 * const data = copyJson({ parties: ['us', 'ru'], note: undefined }, 'data');
 * // { parties: ['us', 'ru'] }, deeply frozen
 * ```
 */
export function copyJson(value: unknown, path: string, seen: Set<object> = new Set()): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw notJson(path, `${value} is not a finite number`);
      return value;
    case 'object': {
      if (value === null) return null;
      if (seen.has(value)) throw notJson(path, 'the value refers to itself (a cycle)');
      // `seen` holds the objects above this one: its size is the depth
      if (seen.size >= MAX_DEPTH)
        throw notJson(path, `arrays or objects nested deeper than ${MAX_DEPTH} levels`);
      seen.add(value);
      let out: unknown;
      if (Array.isArray(value)) {
        const arr: unknown[] = new Array(value.length);
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (item === undefined) throw notJson(`${path}[${i}]`, 'undefined is not JSON; use null');
          arr[i] = copyJson(item, `${path}[${i}]`, seen);
        }
        out = arr;
      } else {
        if (!isPlainObject(value))
          throw notJson(
            path,
            `a ${value.constructor?.name ?? 'non-plain'} object is not JSON; convert it to plain data`,
          );
        const obj: Record<string, unknown> = {};
        for (const k of Object.keys(value)) {
          const p = path ? `${path}.${k}` : k;
          if (FORBIDDEN.has(k))
            throw new ValidationError(`${p}: the key "${k}" is not allowed (prototype pollution guard)`, {
              issues: [{ path: p, message: 'forbidden key' }],
            });
          const v = (value as Record<string, unknown>)[k];
          if (v !== undefined) obj[k] = copyJson(v, p, seen);
        }
        out = obj;
      }
      seen.delete(value);
      return Object.freeze(out);
    }
    default:
      throw notJson(path, `a ${typeof value} is not JSON`);
  }
}

function notJson(path: string, reason: string): ValidationError {
  return new ValidationError(`${path || 'value'}: ${reason}`, { issues: [{ path, message: reason }] });
}

/**
 * Freeze a freshly parsed JSON value in place, deeply, and return it.
 *
 * @example
 * ```ts
 * const v = deepFreeze(JSON.parse('{"a":[1]}')); Object.isFrozen(v.a); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const k of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[k]);
    Object.freeze(value);
  }
  return value;
}
