import type { StandardSchemaV1 } from '@standard-schema/spec';
import { isWorldTime } from '../events/worldTime.js';

/**
 * `s`: Parley's small built-in schema helper. Every schema it makes is a Standard Schema
 * (`~standard.validate`), so zod, valibot or arktype schemas can be used in its place anywhere.
 * Objects are strict: unknown keys are errors, and `__proto__`, `constructor` and `prototype` are never
 * accepted as keys, so decoded data cannot pollute prototypes.
 *
 * @example
 * ```ts
 * const Offer = s.object({ from: s.string(), amount: s.number({ min: 0 }), note: s.optional(s.string()) });
 * type Offer = Infer<typeof Offer>; // { from: string; amount: number; note?: string }
 * ```
 */

type Issue = StandardSchemaV1.Issue;
type Result<T> = StandardSchemaV1.Result<T>;
type PathSeg = PropertyKey;

/** A schema made by `s`. `optional` marks object keys that may be absent. */
export interface SSchema<T> extends StandardSchemaV1<unknown, T> {
  readonly kind: string;
  /** @internal validation with a path prefix, collecting issues. */
  readonly check: (value: unknown, path: PathSeg[], issues: Issue[]) => T;
}
export interface SOptional<T> extends SSchema<T | undefined> {
  readonly optional: true;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function make<T>(kind: string, check: SSchema<T>['check']): SSchema<T> {
  return {
    kind,
    check,
    '~standard': {
      version: 1,
      vendor: 'parley',
      validate(value: unknown): Result<T> {
        const issues: Issue[] = [];
        const out = check(value, [], issues);
        return issues.length > 0 ? { issues } : { value: out };
      },
    },
  };
}

function fail<T>(issues: Issue[], path: PathSeg[], message: string): T {
  issues.push({ message, path: [...path] });
  return undefined as T;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The fields of an `s.object` schema. */
export type Shape = Record<string, SSchema<any>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends SOptional<any> ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ObjectOut<S extends Shape> = Simplify<
  { readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Out<S[K]> } & {
    readonly [K in OptionalKeys<S>]?: Exclude<Out<S[K]>, undefined>;
  }
>;
/** The output type of an `s` schema. */
export type Out<S> = S extends SSchema<infer T> ? T : never;

export const s = {
  string(opts: { minLength?: number; maxLength?: number; pattern?: RegExp } = {}): SSchema<string> {
    return make('string', (v, path, issues) => {
      if (typeof v !== 'string') return fail(issues, path, `expected a string, got ${describe(v)}`);
      if (opts.minLength !== undefined && v.length < opts.minLength)
        return fail(issues, path, `expected at least ${opts.minLength} characters`);
      if (opts.maxLength !== undefined && v.length > opts.maxLength)
        return fail(issues, path, `expected at most ${opts.maxLength} characters`);
      if (opts.pattern && !opts.pattern.test(v))
        return fail(issues, path, `expected a string matching ${opts.pattern}, got ${describe(v)}`);
      return v;
    });
  },
  number(opts: { min?: number; max?: number; int?: boolean } = {}): SSchema<number> {
    return make('number', (v, path, issues) => {
      if (typeof v !== 'number' || !Number.isFinite(v))
        return fail(issues, path, `expected a finite number, got ${describe(v)}`);
      if (opts.int && !Number.isInteger(v)) return fail(issues, path, `expected an integer, got ${v}`);
      if (opts.min !== undefined && v < opts.min)
        return fail(issues, path, `expected ≥ ${opts.min}, got ${v}`);
      if (opts.max !== undefined && v > opts.max)
        return fail(issues, path, `expected ≤ ${opts.max}, got ${v}`);
      return v;
    });
  },
  boolean(): SSchema<boolean> {
    return make('boolean', (v, path, issues) =>
      typeof v === 'boolean' ? v : fail(issues, path, `expected true or false, got ${describe(v)}`),
    );
  },
  /** A world time (ISO 8601 date or date-time), see `isWorldTime`. */
  worldTime(): SSchema<string> {
    return make('worldTime', (v, path, issues) =>
      isWorldTime(v)
        ? v
        : fail(issues, path, `expected an ISO 8601 date (YYYY-MM-DD) or date-time, got ${describe(v)}`),
    );
  },
  literal<const L extends string | number | boolean | null>(value: L): SSchema<L> {
    return make('literal', (v, path, issues) =>
      v === value ? (v as L) : fail(issues, path, `expected ${JSON.stringify(value)}, got ${describe(v)}`),
    );
  },
  /** One of a fixed list of strings. */
  enum<const L extends readonly string[]>(values: L): SSchema<L[number]> {
    const set = new Set<string>(values);
    return make('enum', (v, path, issues) =>
      typeof v === 'string' && set.has(v)
        ? (v as L[number])
        : fail(issues, path, `expected one of ${values.join(', ')}, got ${describe(v)}`),
    );
  },
  array<T>(item: SSchema<T>, opts: { minLength?: number; maxLength?: number } = {}): SSchema<readonly T[]> {
    return make('array', (v, path, issues) => {
      if (!Array.isArray(v)) return fail(issues, path, `expected an array, got ${describe(v)}`);
      if (opts.minLength !== undefined && v.length < opts.minLength)
        return fail(issues, path, `expected at least ${opts.minLength} items`);
      if (opts.maxLength !== undefined && v.length > opts.maxLength)
        return fail(issues, path, `expected at most ${opts.maxLength} items`);
      const out: T[] = new Array(v.length);
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        out[i] = item.check(v[i], path, issues);
        path.pop();
      }
      return out;
    });
  },
  object<S extends Shape>(shape: S): SSchema<ObjectOut<S>> {
    const keys = Object.keys(shape);
    return make('object', (v, path, issues) => {
      if (!isPlainObject(v)) return fail(issues, path, `expected an object, got ${describe(v)}`);
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) {
        if (FORBIDDEN.has(k)) {
          fail(issues, [...path, k], `the key "${k}" is not allowed`);
        } else if (!Object.hasOwn(shape, k)) {
          fail(issues, [...path, k], 'unknown field');
        }
      }
      for (const k of keys) {
        const sub = shape[k]!;
        const present = Object.hasOwn(v, k) && v[k] !== undefined;
        if (!present) {
          if (!('optional' in sub)) fail(issues, [...path, k], 'required field is missing');
          continue;
        }
        path.push(k);
        out[k] = sub.check(v[k], path, issues);
        path.pop();
      }
      return out as ObjectOut<S>;
    });
  },
  /** A dictionary with string keys (never `__proto__`, `constructor`, `prototype`). */
  record<T>(value: SSchema<T>): SSchema<Readonly<Record<string, T>>> {
    return make('record', (v, path, issues) => {
      if (!isPlainObject(v)) return fail(issues, path, `expected an object, got ${describe(v)}`);
      const out: Record<string, T> = {};
      for (const k of Object.keys(v)) {
        if (FORBIDDEN.has(k)) {
          fail(issues, [...path, k], `the key "${k}" is not allowed`);
          continue;
        }
        path.push(k);
        out[k] = value.check(v[k], path, issues);
        path.pop();
      }
      return out;
    });
  },
  optional<T>(inner: SSchema<T>): SOptional<T> {
    const base = make<T | undefined>('optional', (v, path, issues) =>
      v === undefined ? undefined : inner.check(v, path, issues),
    );
    return { ...base, optional: true };
  },
  nullable<T>(inner: SSchema<T>): SSchema<T | null> {
    return make('nullable', (v, path, issues) => (v === null ? null : inner.check(v, path, issues)));
  },
  /** The first schema that accepts the value wins; otherwise every alternative's first issue is reported. */
  union<const T extends readonly SSchema<any>[]>(options: T): SSchema<Out<T[number]>> {
    return make('union', (v, path, issues) => {
      const tried: string[] = [];
      for (const o of options) {
        const local: Issue[] = [];
        const out = o.check(v, [...path], local);
        if (local.length === 0) return out;
        tried.push(local[0]!.message);
      }
      return fail(issues, path, `no alternative matched (${tried.join(' | ')})`);
    });
  },
  /** Any JSON value, unchecked. */
  unknown(): SSchema<unknown> {
    return make('unknown', (v) => v);
  },
};
