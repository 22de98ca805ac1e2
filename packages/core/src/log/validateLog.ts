import type { ValidationIssue } from '../errors.js';
import type { EventCatalog } from '../events/catalog.js';
import type { AnyRecordedEvent } from '../events/envelope.js';
import { validateEnvelope } from '../events/record.js';
import { compareAt, isWorldTime } from '../events/worldTime.js';
import { chainVerifier } from '../hashChain.js';
import { binaryReason, parseLine } from '../ndjson/decode.js';
import { splitNdjson } from '../ndjson/lines.js';
import { isTornTail, MAX_LINE_LENGTH } from '../ndjson/lineText.js';
import { CONTINUED } from '../node/batches.js';

/** A problem (or a warning) of a log, on its 1-based line. */
export interface LogProblem {
  readonly line: number;
  readonly reason: string;
}

/** What {@link validateLog} found. */
export interface LogValidation {
  /** Bad input, in line order: the log must not be used. */
  readonly problems: readonly LogProblem[];
  /**
   * Worth saying but not fatal, in line order: a torn last line or an unfinished append at the end (what
   * a crash mid-append leaves, which readers skip and a store cuts off), duplicate ids, and the notes of
   * `options.notes`.
   */
  readonly warnings: readonly LogProblem[];
  /** The records (upcast with the catalog), without the crash artefacts at the end; empty when there is a problem. */
  readonly records: readonly AnyRecordedEvent[];
  /** The line of each of `records`. */
  readonly lines: readonly number[];
}

export interface ValidateLogOptions {
  /** Check each record's type, version and data against it (upcasting old versions). */
  readonly catalog?: EventCatalog<any> | undefined;
  /**
   * The domain's notes on a sound record (an unknown party id, say): each becomes a warning on its line.
   * The vocabulary is the domain's, not the log's structure, so these never make a log bad.
   */
  readonly notes?: ((record: AnyRecordedEvent) => readonly string[]) | undefined;
}

interface StreamCursor {
  seq: number;
  at: string | undefined;
  atLine: number;
}

function issueText(i: ValidationIssue): string {
  if (i.message === 'required field is missing') return `missing field "${i.path}"`;
  if (i.message.startsWith('forbidden key')) return `forbidden key "${i.path.split('.').pop()}" at ${i.path}`;
  return i.path ? `${i.path}: ${i.message}` : i.message;
}

function issuesOf(e: unknown): readonly ValidationIssue[] {
  const issues = e instanceof Error && 'issues' in e ? e.issues : undefined;
  if (Array.isArray(issues) && issues.length > 0) return issues as readonly ValidationIssue[];
  return [{ path: '', message: e instanceof Error ? e.message : String(e) }];
}

/**
 * Check an NDJSON event log without trusting it, and report every problem with its line: one bad line never
 * hides the next. Lines are split by the one line splitter (`splitNdjson`) and judged by core's reading
 * policy — the same as `readLog` and `fileStore` (`parseLine`, `isTornTail`, `validateEnvelope`, the
 * catalog, `chainVerifier` over each line's exact text) — so a validator, the readers and the stores agree
 * on every file:
 *
 * - a complete line that is not a sound record, the last included, is a problem (malformed JSON, binary
 *   data, a bad envelope, an unknown type, a version without an upcaster, data failing its schema);
 * - seqs must be gapless per stream, world time must not go backwards within a stream, a hash-chained
 *   log's chain must hold: problems on the line where they break;
 * - an unterminated last line (or an unfinished multi-event append) at the end is a warning: it is what a
 *   crash mid-append leaves, which readers leave out and a store cuts off;
 * - a file with no record whose only content is an unterminated line that is not one is a problem; an empty
 *   file is an empty log.
 *
 * Browser-safe: works on a string (a `File`'s text) or the bytes of a file.
 *
 * @example
 * ```ts
 * const { problems, warnings, records } = validateLog(await file.text(), { catalog: issgEvents });
 * for (const p of problems) console.error(`${file.name}:${p.line}: ${p.reason}`);
 * ```
 */
export function validateLog(source: string | Uint8Array, options: ValidateLogOptions = {}): LogValidation {
  const problems: LogProblem[] = [];
  const warnings: LogProblem[] = [];
  const records: AnyRecordedEvent[] = [];
  const recordLines: number[] = [];
  const streams = new Map<string, StreamCursor>();
  const ids = new Map<string, number>();
  /** Lines already reported whose seq could not be read: a gap they explain is not reported again. */
  let unread = 0;
  let batch: { line: number; records: number } | undefined;
  let chain: ReturnType<typeof chainVerifier> | null | undefined;
  let chainReported = false;
  let seen = 0;
  const lines = splitNdjson(source, { maxLineLength: Number.POSITIVE_INFINITY });
  for (const [i, l] of lines.entries()) {
    const add = (reason: string) => problems.push({ line: l.line, reason });
    const note = (reason: string) => warnings.push({ line: l.line, reason });
    // the line's length from where the next starts (its newline counted): the splitter accepts any length here
    const end = lines[i + 1]?.offset ?? (l.terminated ? source.length : source.length + 1);
    if (end - l.offset - 1 > MAX_LINE_LENGTH) {
      add(`line is longer than ${MAX_LINE_LENGTH} bytes; is this an NDJSON event log?`);
      unread++;
      continue;
    }
    const text = l.text;
    if (!l.terminated) {
      if (isTornTail(text, seen)) {
        note(
          'torn last line: the file ends in the middle of a record (no newline); a write was cut short, so readers leave it out and a store cuts it off',
        );
        continue;
      }
      const binary = binaryReason(text);
      add(
        binary !== undefined
          ? `binary garbage: ${binary}`
          : 'the file holds no record, only an unterminated line that is not one; is this an event log?',
      );
      continue;
    }
    if (text.trim() === '') continue; // blank lines carry nothing (the file store skips them too)
    const continued = text.endsWith(CONTINUED);
    const body = continued ? text.slice(0, -CONTINUED.length) : text;
    if (continued) batch ??= { line: l.line, records: records.length };
    const parsed = parseLine(body);
    if ('reason' in parsed) {
      add(
        binaryReason(body) !== undefined
          ? `binary garbage: ${parsed.reason}`
          : parsed.reason.startsWith('not valid JSON')
            ? `malformed JSON: ${parsed.reason.replace(/^not valid JSON \((.*)\); each line must hold one JSON record$/, '$1')}`
            : parsed.reason,
      );
      unread++;
      batch = continued ? batch : undefined;
      continue;
    }
    seen++;
    const record = checkRecord(parsed.value);
    if (record) {
      if (chain === undefined) chain = record.prev !== undefined ? chainVerifier() : null;
      const broken = chain?.check(record, body);
      if (broken && !chainReported) {
        chainReported = true;
        add(`hash chain broken: ${broken.reason}`);
      }
      records.push(record);
      recordLines.push(l.line);
    }
    if (!continued) batch = undefined;

    function checkRecord(value: unknown): AnyRecordedEvent | undefined {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        add('not a record: expected a JSON object');
        unread++;
        return undefined;
      }
      let envelope: AnyRecordedEvent | undefined;
      try {
        envelope = validateEnvelope(value);
      } catch (e) {
        for (const issue of issuesOf(e)) add(issueText(issue));
      }
      checkOrder(value as Readonly<Record<string, unknown>>);
      if (envelope === undefined) return undefined;
      let r = envelope;
      const { catalog } = options;
      if (catalog) {
        if (!catalog.has(r.type)) {
          add(`unknown event type "${r.type}"`);
          return r;
        }
        try {
          r = catalog.upcast(r);
        } catch (e) {
          const issues = issuesOf(e);
          if (issues.some((x) => x.path === 'v'))
            add(`schema version ${r.v}: ${e instanceof Error ? e.message : String(e)}`);
          else for (const x of issues) add(`event "${r.type}": ${issueText(x)}`);
          return r;
        }
      }
      if (options.notes) for (const n of options.notes(r)) note(n);
      return r;
    }

    /** seq gapless per stream, ids unique, world time never going backwards: judged on the fields that are sound. */
    function checkOrder(r: Readonly<Record<string, unknown>>): void {
      const { stream, seq, id, at } = r;
      if (
        typeof stream !== 'string' ||
        stream === '' ||
        typeof seq !== 'number' ||
        !Number.isInteger(seq) ||
        seq < 1
      ) {
        unread++;
        return;
      }
      const cur = streams.get(stream) ?? { seq: 0, at: undefined, atLine: 0 };
      streams.set(stream, cur);
      if (seq === cur.seq) add(`duplicate seq ${seq} in stream "${stream}"`);
      else if (seq < cur.seq) add(`seq ${seq} goes backwards in stream "${stream}" (after seq ${cur.seq})`);
      else if (seq > cur.seq + 1 && seq - cur.seq - 1 <= unread) unread -= seq - cur.seq - 1;
      else if (seq > cur.seq + 1)
        add(
          `gap in seq of stream "${stream}": expected ${cur.seq + 1}, got ${seq} (missing ${cur.seq + 1}${seq - cur.seq > 2 ? `–${seq - 1}` : ''})`,
        );
      cur.seq = Math.max(cur.seq, seq);
      if (typeof id === 'string' && id !== '') {
        const first = ids.get(id);
        // ids are not part of a log's structure (seqs are): stores accept a repeated id, so this is a note
        if (first !== undefined) note(`duplicate id "${id}" (first on line ${first})`);
        else ids.set(id, l.line);
      }
      if (isWorldTime(at)) {
        if (cur.at !== undefined && compareAt(at, cur.at) < 0)
          add(`world time goes backwards: ${at} is before ${cur.at} (line ${cur.atLine})`);
        else {
          cur.at = at;
          cur.atLine = l.line;
        }
      }
    }
  }
  if (batch !== undefined) {
    warnings.push({
      line: batch.line,
      reason:
        'unfinished append: the log ends inside a multi-event append that was never committed (its last line ends with a space), so readers leave it out and a store cuts it off',
    });
    records.length = batch.records;
    recordLines.length = batch.records;
  }
  warnings.sort((a, b) => a.line - b.line);
  const ok = problems.length === 0;
  return { problems, warnings, records: ok ? records : [], lines: ok ? recordLines : [] };
}
