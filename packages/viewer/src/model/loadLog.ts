import {
  type AnyRecordedEvent,
  compareAt,
  decodeRecord,
  type EventCatalog,
  ParleyError,
  ValidationError,
} from '@parley/core';

/**
 * Why a log could not be opened: the 1-based line (0 when the whole file is at fault) and a reason. A
 * kernel error with the stable code `validation`.
 */
export class LogError extends ParleyError {
  readonly line: number;
  constructor(line: number, message: string) {
    super('validation', message);
    this.name = 'LogError';
    this.line = line;
  }
}

/**
 * Decode an NDJSON event log with the kernel's decoder (envelope, forbidden keys, the catalog's schemas and
 * upcasters), then check what time travel needs: one stream, seqs 1, 2, 3… without gaps, world time never
 * going backwards. Blank lines are skipped. The first problem throws a {@link LogError} whose message
 * names the file and line: `bad.ndjson:7: not valid JSON …`.
 *
 * @example
 * ```ts
 * const records = parseLog(await file.text(), { file: file.name, catalog: issgEvents });
 * ```
 */
export function parseLog(
  text: string,
  options: { readonly file: string; readonly catalog?: EventCatalog<any> },
): AnyRecordedEvent[] {
  const { file } = options;
  const lines = text.split('\n');
  const records: AnyRecordedEvent[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    const textLine = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (textLine.trim() === '') return;
    let record: AnyRecordedEvent;
    try {
      record = decodeRecord(i === 0 ? textLine.replace(/^\ufeff/, '') : textLine, {
        line,
        file,
        ...(options.catalog ? { catalog: options.catalog } : {}),
      });
    } catch (e) {
      if (e instanceof ValidationError) throw new LogError(line, e.message);
      throw e;
    }
    const prev = records[records.length - 1];
    const fail = (reason: string) => new LogError(line, `${file}:${line}: ${reason}`);
    if (prev && record.stream !== prev.stream)
      throw fail(
        `record of stream "${record.stream}" after stream "${prev.stream}"; the viewer shows one stream`,
      );
    const expected = records.length + 1;
    if (record.seq !== expected)
      throw fail(
        record.seq < expected
          ? `seq ${record.seq} repeats or goes back (expected ${expected})`
          : `seq ${record.seq} leaves a gap (expected ${expected})`,
      );
    if (prev && compareAt(record.at, prev.at) < 0)
      throw fail(`world time ${record.at} is before the previous record's ${prev.at}`);
    records.push(record);
  });
  if (records.length === 0)
    throw new LogError(0, `${file}: no records (an event log has one JSON record a line)`);
  return records;
}
