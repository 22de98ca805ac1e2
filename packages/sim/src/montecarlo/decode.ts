import { ValidationError } from '@parley/core';
import type { SweepSummary } from '../stats/summary.js';
import type { SweepLine } from './output.js';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNums = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');

/**
 * Why a value is not a sweep's statistics (`SweepSummary`: runs, days, a survival curve, bands), or
 * undefined when it is one.
 *
 * @example
 * ```ts
 * summaryProblem({ hello: 1 }); // 'no survival curve (survival.times / survival.survival)'
 * ```
 */
export function summaryProblem(value: unknown): string | undefined {
  if (!isObj(value)) return 'not a JSON object';
  const sv = value.survival;
  if (!isObj(sv) || !isNums(sv.times) || !isNums(sv.survival))
    return 'no survival curve (survival.times / survival.survival)';
  if (typeof value.days !== 'number' || typeof value.runs !== 'number') return 'no runs or days';
  if (value.bands !== undefined && !isObj(value.bands)) return 'bands is not an object';
  return undefined;
}

/**
 * Whether a value is a sweep's statistics (see {@link summaryProblem}).
 *
 * @example
 * ```ts
 * if (isSweepSummary(json.summary)) draw(json.summary.survival);
 * ```
 */
export function isSweepSummary(value: unknown): value is SweepSummary {
  return summaryProblem(value) === undefined;
}

/**
 * The one decoder of sweep outputs, the inverse of `encodeSweepLine`: one NDJSON line of `parley mc`
 * (a `sweep` header, a `run`, the `summary`) as a typed line. A line that is not one is a
 * `ValidationError` naming the file and line. Browser-safe.
 *
 * @example
 * ```ts
 * for (const l of splitNdjson(text)) if (l.text.trim()) lines.push(decodeSweepLine(l.text, { line: l.line }));
 * ```
 */
export function decodeSweepLine(
  text: string,
  where: { readonly file?: string; readonly line?: number } = {},
): SweepLine {
  const at = `${where.file !== undefined ? `${where.file}:` : 'line '}${where.line ?? 1}: `;
  const bad = (reason: string) =>
    new ValidationError(`${at}${reason}`, {
      ...(where.file !== undefined ? { file: where.file } : {}),
      ...(where.line !== undefined ? { line: where.line } : {}),
      issues: [{ path: '', message: reason }],
    });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw bad('not JSON; expected a line of the NDJSON output of `parley mc`');
  }
  const o = value;
  if (!isObj(o)) throw bad('not a JSON object; expected a line of the NDJSON output of `parley mc`');
  // `value` is checked through `o` below: the line's own fields, as the encoder wrote them
  switch (o.kind) {
    case 'sweep':
      if (typeof o.format !== 'number' || typeof o.runs !== 'number' || typeof o.days !== 'number')
        throw bad('a sweep header without format, runs or days');
      return value as SweepLine;
    case 'run':
      if (typeof o.run !== 'number' || typeof o.seed !== 'number') throw bad('a run without run or seed');
      return value as SweepLine;
    case 'summary': {
      const problem = summaryProblem(o);
      if (problem !== undefined) throw bad(`a summary with ${problem}`);
      return value as SweepLine;
    }
    default:
      throw bad(`unknown line kind ${JSON.stringify(o.kind)}; expected sweep, run or summary`);
  }
}
