import type { StandardSchemaV1 } from '@standard-schema/spec';
import { ValidationError, type ValidationIssue } from '../errors.js';

export type { StandardSchemaV1 };

/** Any Standard Schema validator (zod, valibot, arktype, or Parley's own `s`). */
export type Schema<Output = unknown> = StandardSchemaV1<unknown, Output>;

/** The output type of a schema. */
export type Infer<S extends Schema> = StandardSchemaV1.InferOutput<S>;

function pathOf(issue: StandardSchemaV1.Issue): string {
  let out = '';
  for (const seg of issue.path ?? []) {
    const key = typeof seg === 'object' && seg !== null ? seg.key : seg;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * Validate `value` synchronously against a Standard Schema; returns the schema's output or throws a
 * {@link ValidationError} listing every issue with its field path. `what` names the value in the message
 * (e.g. `event "meeting-convened" data`).
 *
 * @example
 * ```ts
 * const offer = validateWith(s.object({ price: s.number() }), input, 'offer');
 * // throws ValidationError: offer is invalid: price: expected a finite number, got string "ten"
 * ```
 */
export function validateWith<T>(schema: Schema<T>, value: unknown, what: string, prefix = ''): T {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) {
    throw new ValidationError(
      `${what}: its schema validates asynchronously; Parley needs a synchronous schema`,
    );
  }
  if (result.issues) {
    const issues: ValidationIssue[] = result.issues.map((i) => {
      const p = pathOf(i);
      return { path: prefix && p ? `${prefix}.${p}` : prefix || p, message: i.message };
    });
    const list = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    throw new ValidationError(`${what} is invalid: ${list}`, { issues });
  }
  return result.value;
}
