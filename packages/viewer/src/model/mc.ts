import { ParleyError, splitNdjson, ValidationError } from '@parley/core';
import {
  type Bands,
  decodeSweepLine,
  isSweepSummary,
  type SweepLine,
  type SweepSummary,
  summaryProblem,
} from '@parley/sim';

/**
 * Monte Carlo results as the viewer reads them: the statistics of a sweep from `parley mc --json`
 * (`{ spec, summary }`, a bare summary, or the sweep's NDJSON lines with their `summary` line).
 */
export type { Bands };

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

/** The statistics of a sweep in a file: `{ spec, summary }` (`parley mc --json`), a bare summary, or NDJSON lines. */
function findSummary(text: string): { summary: SweepSummary; from?: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Perhaps the sweep's NDJSON output: a header, runs, then the summary line (sim's one decoder).
    let from: string | undefined;
    for (const l of splitNdjson(text)) {
      if (l.text.trim() === '') continue;
      let line: SweepLine;
      try {
        line = decodeSweepLine(l.text, { line: l.line });
      } catch (e) {
        if (e instanceof ValidationError)
          throw new McError(`${e.message}; expected the output of \`parley mc --json\``);
        throw e;
      }
      if (line.kind === 'sweep') from = line.from;
      else if (line.kind === 'summary') return { summary: line, ...(from !== undefined ? { from } : {}) };
    }
    throw new McError('no summary line found; a sharded sweep must be merged first (`parley mc --merge`)');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new McError('expected a JSON object with the statistics of a sweep');
  const o = value as { summary?: unknown; spec?: { from?: unknown } };
  const summary = o.summary !== undefined ? o.summary : value;
  if (!isSweepSummary(summary))
    throw new McError(`the file is not the statistics of a sweep: ${summaryProblem(summary)}`);
  const from = o.spec?.from;
  return { summary, ...(typeof from === 'string' ? { from } : {}) };
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
  const { summary, from } = findSummary(text);
  return fromSummary(summary, label, from);
}

/**
 * The viewer's reading of a sweep summary object (`SweepSummary` of `@parley/sim`).
 *
 * @example
 * ```ts
 * const mc = fromSummary(acc.summary(), 'monitoring off', '2016-02-27');
 * ```
 */
export function fromSummary(summary: SweepSummary, label: string, from?: string): McResult {
  const sv = summary.survival;
  const days = summary.days;
  const survival: number[] = [];
  let k = 0;
  let s = 1;
  for (let d = 0; d <= days; d++) {
    while (k < sv.times.length && sv.times[k]! <= d) s = sv.survival[k++]!;
    survival.push(s);
  }
  return {
    runs: summary.runs,
    days,
    ...(from !== undefined ? { from } : {}),
    label,
    survival,
    medianSurvival: typeof sv.median === 'number' ? sv.median : null,
    bands: summary.bands ?? {},
  };
}
