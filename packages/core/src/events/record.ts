import { ValidationError, type ValidationIssue } from '../errors.js';
import { MAX_DEPTH } from '../ndjson/jsonValue.js';
import type { AnyRecordedEvent } from './envelope.js';
import { isWorldTime } from './worldTime.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const ENVELOPE_KEYS = new Set(['stream', 'seq', 'id', 'at', 'type', 'data', 'v', 'meta', 'prev']);

/**
 * Path of the first forbidden key (`__proto__`, `constructor`, `prototype`) anywhere in `value`, or undefined.
 * A value nested deeper than `MAX_DEPTH` (256) levels is a `ValidationError`, not a stack overflow.
 *
 * @example
 * ```ts
 * findForbiddenKey(JSON.parse('{"data":{"__proto__":{}}}')); // 'data.__proto__'
 * findForbiddenKey({ data: { ok: 1 } }); // undefined
 * ```
 */
export function findForbiddenKey(value: unknown, path = '', depth = 0): string | undefined {
  // the walk builds no path strings; the path of a hit (or of the level too deep) is built once, from
  // the keys on the way down
  if (typeof value !== 'object' || value === null) return undefined;
  const trail: (string | number)[] = [];
  return forbiddenIn(value, depth, trail, path) ? pathOf(path, trail) : undefined;
}

/** `path` followed by the keys of `trail`, as `findForbiddenKey` writes paths (`a.b[2].c`). */
function pathOf(path: string, trail: readonly (string | number)[]): string {
  return trail.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${k}` : k), path);
}

/**
 * Whether `value` holds a forbidden key. `trail` holds the keys from the top down to `value`; on a hit it
 * is left holding the keys down to the forbidden one.
 */
function forbiddenIn(value: object, depth: number, trail: (string | number)[], prefix: string): boolean {
  if (depth >= MAX_DEPTH) {
    const path = pathOf(prefix, trail);
    throw new ValidationError(`${path}: arrays or objects nested deeper than ${MAX_DEPTH} levels`, {
      issues: [{ path, message: `nested deeper than ${MAX_DEPTH} levels` }],
    });
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v !== 'object' || v === null) continue;
      trail.push(i);
      if (forbiddenIn(v, depth + 1, trail, prefix)) return true;
      trail.pop();
    }
    return false;
  }
  for (const k of Object.keys(value)) {
    trail.push(k);
    if (FORBIDDEN.has(k)) return true;
    const v = (value as Record<string, unknown>)[k];
    if (typeof v === 'object' && v !== null && forbiddenIn(v, depth + 1, trail, prefix)) return true;
    trail.pop();
  }
  return false;
}

/** Field `k` of `r` must be a non-empty string. */
function str(r: Record<string, unknown>, k: string, issues: ValidationIssue[]): void {
  if (!(k in r)) issues.push({ path: k, message: 'required field is missing' });
  else if (typeof r[k] !== 'string' || r[k] === '')
    issues.push({ path: k, message: 'expected a non-empty string' });
}

/** Field `k` of `r` must be an integer ≥ 1. */
function int(r: Record<string, unknown>, k: string, issues: ValidationIssue[]): void {
  if (!(k in r)) issues.push({ path: k, message: 'required field is missing' });
  else if (!Number.isInteger(r[k]) || (r[k] as number) < 1)
    issues.push({ path: k, message: `expected an integer ≥ 1, got ${JSON.stringify(r[k])}` });
}

/**
 * Check that an untrusted value has the shape of a recorded event (DESIGN.md "Records"): `stream`
 * non-empty string, `seq` integer ≥ 1, `id` non-empty string, `at` world time, `type` non-empty string,
 * `data` present, `v` integer ≥ 1, optional `meta` object, optional `prev` string, no other keys and no
 * forbidden keys anywhere. Does not look at `data` against a schema (that is the catalog's job).
 * Throws {@link ValidationError} naming every broken field.
 *
 * @example
 * ```ts
 * const record = validateEnvelope(JSON.parse(line)); // throws ValidationError naming each bad field
 * record.seq; // 1
 * ```
 */
export function validateEnvelope(value: unknown): AnyRecordedEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ValidationError('a record must be a JSON object', {
      issues: [{ path: '', message: 'not an object' }],
    });
  const r = value as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const bad = findForbiddenKey(r);
  if (bad !== undefined) issues.push({ path: bad, message: 'forbidden key (prototype pollution guard)' });
  for (const k of Object.keys(r))
    if (!ENVELOPE_KEYS.has(k)) issues.push({ path: k, message: 'unknown field' });
  str(r, 'stream', issues);
  int(r, 'seq', issues);
  str(r, 'id', issues);
  if (!('at' in r)) issues.push({ path: 'at', message: 'required field is missing' });
  else if (!isWorldTime(r.at))
    issues.push({
      path: 'at',
      message: `expected an ISO 8601 date or date-time, got ${JSON.stringify(r.at)}`,
    });
  str(r, 'type', issues);
  if (!('data' in r)) issues.push({ path: 'data', message: 'required field is missing' });
  int(r, 'v', issues);
  if ('meta' in r && (typeof r.meta !== 'object' || r.meta === null || Array.isArray(r.meta)))
    issues.push({ path: 'meta', message: 'expected an object' });
  if ('prev' in r && typeof r.prev !== 'string') issues.push({ path: 'prev', message: 'expected a string' });
  if (!isSound(r, issues)) {
    const type = typeof r.type === 'string' ? r.type : undefined;
    const list = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    throw new ValidationError(`${type ? `event "${type}": ` : ''}${list}`, {
      issues,
      ...(type !== undefined ? { type } : {}),
    });
  }
  return r;
}

/** The value has a record's shape when the checks above found no issue with it. */
function isSound(_value: object, issues: readonly ValidationIssue[]): _value is AnyRecordedEvent {
  return issues.length === 0;
}
