import { ParleyError } from '@parley/core';
/**
 * Monte Carlo results as the viewer reads them: the statistics of a sweep from `parley mc --json`
 * (`{ spec, summary }`, a bare summary, or the sweep's NDJSON lines with their `summary` line).
 */
export interface Bands {
  readonly p05: readonly number[];
  readonly p25: readonly number[];
  readonly p50: readonly number[];
  readonly p75: readonly number[];
  readonly p95: readonly number[];
}

export interface McResult {
  readonly runs: number;
  readonly days: number;
  /** The fork date the runs started from, when the file says. */
  readonly from?: string;
  readonly label: string;
  /** S(d) for d = 0 … days: the share of runs whose arrangement still holds on day d. */
  readonly survival: number[];
  readonly medianSurvival: number | null;
  readonly bands: Readonly<Record<string, Bands>>;
}

/** A file that is not a Monte Carlo sweep: a kernel error with the stable code `validation`. */
export class McError extends ParleyError {
  constructor(message: string) {
    super('validation', message);
    this.name = 'McError';
  }
}

const isObj = (v: unknown): v is Record<string, any> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isNums = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');

function findSummary(text: string): { summary: Record<string, any>; spec?: Record<string, any> } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Perhaps the sweep's NDJSON output: a header, runs, then the summary line.
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    let spec: Record<string, any> | undefined;
    for (const [i, line] of lines.entries()) {
      let v: unknown;
      try {
        v = JSON.parse(line);
      } catch {
        throw new McError(`line ${i + 1} is not JSON; expected the output of \`parley mc --json\``);
      }
      if (isObj(v) && v.kind === 'summary') return { summary: v, ...(spec ? { spec } : {}) };
      if (isObj(v) && i === 0) spec = v;
    }
    throw new McError('no summary line found; a sharded sweep must be merged first (`parley mc --merge`)');
  }
  if (!isObj(value)) throw new McError('expected a JSON object with the statistics of a sweep');
  if (isObj(value.summary))
    return { summary: value.summary, ...(isObj(value.spec) ? { spec: value.spec } : {}) };
  return { summary: value, ...(isObj(value.spec) ? { spec: value.spec } : {}) };
}

/**
 * Read a sweep's statistics from the text of a file; throws {@link McError} with a reason a person can act on.
 *
 * @example
 * ```ts
 * const mc = parseMonteCarlo(await file.text());
 * mc.survival[30]; // share of runs still holding after 30 days
 * ```
 */
export function parseMonteCarlo(text: string, label = 'Monte Carlo'): McResult {
  const { summary, spec } = findSummary(text);
  return fromSummary(summary, label, typeof spec?.from === 'string' ? spec.from : undefined);
}

/**
 * The viewer's reading of a sweep summary object (`SweepSummary` of `@parley/sim`).
 *
 * @example
 * ```ts
 * const mc = fromSummary(acc.summary(), 'monitoring off', '2016-02-27');
 * ```
 */
export function fromSummary(summary: Record<string, any>, label: string, from?: string): McResult {
  const sv = summary.survival;
  if (!isObj(sv) || !isNums(sv.times) || !isNums(sv.survival))
    throw new McError('the file has no survival curve (summary.survival.times / .survival)');
  const days = typeof summary.days === 'number' ? summary.days : Math.max(0, ...sv.times);
  const survival: number[] = [];
  let k = 0;
  let s = 1;
  for (let d = 0; d <= days; d++) {
    while (k < sv.times.length && sv.times[k]! <= d) s = sv.survival[k++]!;
    survival.push(s);
  }
  const bands: Record<string, Bands> = {};
  if (isObj(summary.bands))
    for (const [name, b] of Object.entries(summary.bands)) {
      if (isObj(b) && isNums(b.p05) && isNums(b.p25) && isNums(b.p50) && isNums(b.p75) && isNums(b.p95))
        bands[name] = { p05: b.p05, p25: b.p25, p50: b.p50, p75: b.p75, p95: b.p95 };
    }
  return {
    runs: typeof summary.runs === 'number' ? summary.runs : (sv.n ?? 0),
    days,
    ...(from !== undefined ? { from } : {}),
    label,
    survival,
    medianSurvival: typeof sv.median === 'number' ? sv.median : null,
    bands,
  };
}
