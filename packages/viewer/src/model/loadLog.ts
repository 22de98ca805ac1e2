import {
  type AnyEventCatalog,
  type AnyRecordedEvent,
  decodeRecord,
  type LogProblem,
  ParleyError,
  splitNdjson,
  validateLog,
} from '@parley/core';

/**
 * Why a log could not be opened: every problem core's `validateLog` found (or the one the viewer adds),
 * the line of the first (0 when the whole file is at fault). A kernel error with the stable code
 * `validation`.
 */
export class LogError extends ParleyError {
  readonly line: number;
  readonly problems: readonly LogProblem[];
  constructor(file: string, problems: readonly LogProblem[]) {
    super(
      'validation',
      problems
        .map((p) => (p.line > 0 ? `${file}:${p.line}: ${p.reason}` : `${file}: ${p.reason}`))
        .join('\n'),
    );
    this.name = 'LogError';
    this.line = problems[0]?.line ?? 0;
    this.problems = problems;
  }
}

/**
 * Check an NDJSON event log with core's `validateLog` (the checks of `parley validate`: envelope, forbidden
 * keys, the catalog's schemas and upcasters, seqs without gaps, world time never going backwards…), then
 * what time travel needs: one stream. A file a person picked is whole, so a last line without a newline is
 * read as a line, not as a write cut short. Blank lines are skipped. Any problem throws a
 * {@link LogError} listing every one as `FILE:LINE: reason`.
 *
 * @example
 * ```ts
 * const records = parseLog(await file.text(), { file: file.name, catalog: issgEvents });
 * ```
 */
export function parseLog(
  text: string,
  options: { readonly file: string; readonly catalog?: AnyEventCatalog },
): AnyRecordedEvent[] {
  const { file, catalog } = options;
  const whole = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  const problems = validateLog(whole, catalog ? { catalog } : {});
  if (problems.length > 0) throw new LogError(file, problems);
  const records: AnyRecordedEvent[] = [];
  for (const { line, text: json } of splitNdjson(whole)) {
    if (json.trim() === '') continue;
    const record = decodeRecord(line === 1 ? json.replace(/^\ufeff/, '') : json, {
      line,
      file,
      ...(catalog ? { catalog } : {}),
    });
    const first = records[0];
    if (first && record.stream !== first.stream)
      throw new LogError(file, [
        {
          line,
          reason: `record of stream "${record.stream}" after stream "${first.stream}"; the viewer shows one stream`,
        },
      ]);
    records.push(record);
  }
  if (records.length === 0)
    throw new LogError(file, [{ line: 0, reason: 'no records (an event log has one JSON record a line)' }]);
  return records;
}
