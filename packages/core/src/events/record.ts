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
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth >= MAX_DEPTH)
    throw new ValidationError(`${path}: arrays or objects nested deeper than ${MAX_DEPTH} levels`, {
      issues: [{ path, message: `nested deeper than ${MAX_DEPTH} levels` }],
    });
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findForbiddenKey(value[i], `${path}[${i}]`, depth + 1);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
  for (const k of Object.keys(value)) {
    const p = path ? `${path}.${k}` : k;
    if (FORBIDDEN.has(k)) return p;
    const hit = findForbiddenKey((value as Record<string, unknown>)[k], p, depth + 1);
    if (hit !== undefined) return hit;
  }
  return undefined;
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
  const str = (k: string) => {
    if (!(k in r)) issues.push({ path: k, message: 'required field is missing' });
    else if (typeof r[k] !== 'string' || r[k] === '')
      issues.push({ path: k, message: 'expected a non-empty string' });
  };
  const int = (k: string) => {
    if (!(k in r)) issues.push({ path: k, message: 'required field is missing' });
    else if (!Number.isInteger(r[k]) || (r[k] as number) < 1)
      issues.push({ path: k, message: `expected an integer ≥ 1, got ${JSON.stringify(r[k])}` });
  };
  str('stream');
  int('seq');
  str('id');
  if (!('at' in r)) issues.push({ path: 'at', message: 'required field is missing' });
  else if (!isWorldTime(r.at))
    issues.push({
      path: 'at',
      message: `expected an ISO 8601 date or date-time, got ${JSON.stringify(r.at)}`,
    });
  str('type');
  if (!('data' in r)) issues.push({ path: 'data', message: 'required field is missing' });
  int('v');
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
