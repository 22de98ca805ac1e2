/** One place where two values differ, with a dotted path (`events[0].data.amount`). */
export interface Difference {
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/**
 * Every place where `actual` differs from `expected` (plain data: objects, arrays, primitives).
 * Keys whose value is `undefined` count as absent.
 *
 * @example
 * ```ts
 * differences({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }); // [{ path: 'b[1]', expected: 2, actual: 3 }]
 * ```
 */
export function differences(expected: unknown, actual: unknown, path = ''): Difference[] {
  if (Object.is(expected, actual)) return [];
  const out: Difference[] = [];
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const n = Math.max(expected.length, actual.length);
    for (let i = 0; i < n; i++) {
      const p = `${path}[${i}]`;
      if (i >= expected.length) out.push({ path: p, expected: '(nothing)', actual: actual[i] });
      else if (i >= actual.length) out.push({ path: p, expected: expected[i], actual: '(nothing)' });
      else out.push(...differences(expected[i], actual[i], p));
    }
    return out;
  }
  if (isObject(expected) && isObject(actual) && !Array.isArray(expected) && !Array.isArray(actual)) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const k of keys) {
      const e = expected[k];
      const a = actual[k];
      if (e === undefined && a === undefined) continue;
      out.push(...differences(e, a, path ? `${path}.${k}` : k));
    }
    return out;
  }
  return [{ path, expected, actual }];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/**
 * A readable report of differences, one line each, then both values in full.
 *
 * @example
 * ```ts
 * throw new SpecificationError(formatDifferences('the state differs', want, got, differences(want, got)));
 * ```
 */
export function formatDifferences(
  what: string,
  expected: unknown,
  actual: unknown,
  diffs: readonly Difference[],
): string {
  const lines = diffs
    .slice(0, 20)
    .map((d) => `  ${d.path || '(root)'}: expected ${show(d.expected)}, got ${show(d.actual)}`);
  if (diffs.length > 20) lines.push(`  … and ${diffs.length - 20} more`);
  return `${what}:\n${lines.join('\n')}\n\nexpected:\n${indent(expected)}\n\nactual:\n${indent(actual)}`;
}

function show(v: unknown): string {
  if (v === '(nothing)') return 'nothing';
  if (v === undefined) return 'undefined';
  const s = JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

function indent(v: unknown): string {
  return (JSON.stringify(v, null, 2) ?? 'undefined')
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

/** The error a failed specification throws: runner-agnostic, with a readable diff in its message. */
export class SpecificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpecificationError';
  }
}
