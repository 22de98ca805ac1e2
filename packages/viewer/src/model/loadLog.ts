import {
  type AnyRecordedEvent,
  type EventCatalog,
  type LogProblem,
  ParleyError,
  validateLog,
} from '@parley/core';

/**
 * Why a log could not be opened: the 1-based line of the first problem (0 when the whole file is at fault),
 * a reason, and every problem `validateLog` found. A kernel error with the stable code `validation`.
 */
export class LogError extends ParleyError {
  readonly line: number;
  readonly problems: readonly LogProblem[];
  constructor(line: number, message: string, problems: readonly LogProblem[] = []) {
    super('validation', message);
    this.name = 'LogError';
    this.line = line;
    this.problems = problems;
  }
}

export interface ParseLogOptions {
  readonly file: string;
  readonly catalog?: EventCatalog<any> | undefined;
  /** Hears what the log's reading policy left out or noted (a torn last line, a duplicate id). */
  readonly onWarning?: (warning: LogProblem) => void;
}

/**
 * Read an NDJSON event log as `parley validate` judges it (core's `validateLog`: envelope, forbidden keys,
 * the catalog's schemas and upcasters, gapless seqs, world time, the hash chain; a torn last line is left
 * out with a warning), then check what time travel needs: one stream. A log with a problem throws a
 * {@link LogError} whose message names the file and the first bad line (`bad.ndjson:7: malformed JSON …`)
 * and which carries every problem; so does a log with no record.
 *
 * @example
 * ```ts
 * const records = parseLog(await file.text(), { file: file.name, catalog: issgEvents });
 * ```
 */
export function parseLog(text: string | Uint8Array, options: ParseLogOptions): AnyRecordedEvent[] {
  const { file } = options;
  const { problems, warnings, records, lines } = validateLog(text, { catalog: options.catalog });
  const first = [...problems].sort((a, b) => a.line - b.line)[0];
  if (first) {
    const more =
      problems.length > 1
        ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})`
        : '';
    throw new LogError(first.line, `${file}:${first.line}: ${first.reason}${more}`, problems);
  }
  for (const w of warnings) options.onWarning?.(w);
  const head = records[0];
  if (!head) throw new LogError(0, `${file}: no records (an event log has one JSON record a line)`);
  const other = records.findIndex((r) => r.stream !== head.stream);
  if (other >= 0) {
    const r = records[other]!;
    const line = lines[other] ?? 0;
    throw new LogError(
      line,
      `${file}:${line}: record of stream "${r.stream}" after stream "${head.stream}"; the viewer shows one stream`,
    );
  }
  return [...records];
}
