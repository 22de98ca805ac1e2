import {
  type AnyRecordedEvent,
  binaryReason,
  chainVerifier,
  compareAt,
  findForbiddenKey,
  isTornTail,
  isWorldTime,
  lineText,
  MAX_LINE_LENGTH,
  parseLine,
  type ValidationIssue,
  validateEnvelope,
} from '@parley/core';
import type { DomainView } from '../domain.js';
import type { Problem } from '../errors.js';
import { splitLines } from './lines.js';

/** The file store ends every line of a multi-event append but the last with this (see core's `CONTINUED`). */
const CONTINUED = ' ';

interface Ctx {
  readonly domain: DomainView;
  readonly streams: Map<string, StreamCursor>;
  readonly ids: Map<string, number>;
  /** Lines already reported whose seq could not be read: a gap they explain is not reported again. */
  readonly unread: { n: number };
  /** Note a warning on the current line. */
  warn: (reason: string) => void;
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
  const issues = (e as { issues?: readonly ValidationIssue[] }).issues;
  if (Array.isArray(issues) && issues.length > 0) return issues;
  return [{ path: '', message: e instanceof Error ? e.message : String(e) }];
}

/** What {@link checkLog} found: problems (bad input), warnings, and the records when there is no problem. */
export interface LogCheck {
  /** Bad input: the log must not be used; each names its line. */
  readonly problems: Problem[];
  /**
   * Worth saying but not fatal: a torn last line or an unfinished append at the end (what a crash
   * mid-append leaves, which readers skip and a store cuts off), unknown party ids, duplicate ids.
   */
  readonly warnings: Problem[];
  /** The records (upcast with the domain's catalog), without the crash artefacts at the end. */
  readonly records: AnyRecordedEvent[];
}

/**
 * Check an NDJSON event log without trusting it, and without modifying it: every line is decoded and
 * checked on its own, so one bad line never hides the next. Lines are judged by core's reading policy —
 * the same as `readLog` and `fileStore` (`lineText`, `parseLine`, `isTornTail`, `validateEnvelope`, the
 * catalog, `chainVerifier` over each line's exact text) — so `parley validate`, the commands that read
 * logs and the stores agree on every file: a complete bad line, the last included, is a problem; an
 * unterminated last line (or an unfinished multi-event append) at the end is a warning, as it is what a
 * crash mid-append leaves; a file with no record that is not empty is a problem.
 *
 * @example
 * ```ts
 * const { problems, warnings } = checkLog(readFileSync('run.ndjson'), 'run.ndjson', issgDomain);
 * ```
 */
export function checkLog(bytes: Uint8Array, file: string, domain: DomainView): LogCheck {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const records: AnyRecordedEvent[] = [];
  const streams = new Map<string, StreamCursor>();
  const ids = new Map<string, number>();
  const ctx: Ctx = { domain, streams, ids, unread: { n: 0 }, warn: () => {} };
  let batch: { line: number; records: number } | undefined;
  let chain: ReturnType<typeof chainVerifier> | null | undefined;
  let chainReported = false;
  let seen = 0;
  for (const raw of splitLines(bytes)) {
    const add = (reason: string) => problems.push({ file, line: raw.line, reason });
    const note = (reason: string) => warnings.push({ file, line: raw.line, reason });
    ctx.warn = note;
    if (raw.bytes.length > MAX_LINE_LENGTH) {
      add(`line is longer than ${MAX_LINE_LENGTH} bytes; is this an NDJSON event log?`);
      ctx.unread.n++;
      continue;
    }
    const text = lineText(raw.bytes, raw.line === 1);
    if (raw.torn) {
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
    if (continued) batch ??= { line: raw.line, records: records.length };
    const parsed = parseLine(body);
    if ('reason' in parsed) {
      add(
        binaryReason(body) !== undefined
          ? `binary garbage: ${parsed.reason}`
          : parsed.reason.startsWith('not valid JSON')
            ? `malformed JSON: ${parsed.reason.replace(/^not valid JSON \((.*)\); each line must hold one JSON record$/, '$1')}`
            : parsed.reason,
      );
      ctx.unread.n++;
      batch = continued ? batch : undefined;
      continue;
    }
    const value = parsed.value;
    seen++;
    const record = checkRecord(value, raw.line, add, ctx);
    if (record) {
      const r = value as AnyRecordedEvent;
      if (chain === undefined) chain = r.prev !== undefined ? chainVerifier() : null;
      const broken = chain?.check(r, body);
      if (broken && !chainReported) {
        chainReported = true;
        add(`hash chain broken: ${broken.reason}`);
      }
      records.push(record);
    }
    if (!continued) batch = undefined;
  }
  if (batch !== undefined) {
    warnings.push({
      file,
      line: batch.line,
      reason:
        'unfinished append: the log ends inside a multi-event append that was never committed (its last line ends with a space), so readers leave it out and a store cuts it off',
    });
    records.length = batch.records;
  }
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { problems, warnings, records: problems.length > 0 ? [] : records };
}

/**
 * The problems of {@link checkLog}: every bad line of an NDJSON event log as `{ file, line, reason }`, in
 * line order; empty when the log is sound (warnings aside).
 *
 * @example
 * ```ts
 * const problems = validateLog(readFileSync('run.ndjson'), 'run.ndjson', issgDomain);
 * for (const p of problems) console.log(formatProblem(p)); // run.ndjson:7: gap in seq: expected 7, got 9
 * ```
 */
export function validateLog(bytes: Uint8Array, file: string, domain: DomainView): Problem[] {
  return checkLog(bytes, file, domain).problems;
}

function checkRecord(
  value: unknown,
  line: number,
  add: (reason: string) => void,
  ctx: Ctx,
): AnyRecordedEvent | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    add('not a record: expected a JSON object');
    ctx.unread.n++;
    return undefined;
  }
  let envelopeOk = true;
  try {
    validateEnvelope(value);
  } catch (e) {
    envelopeOk = false;
    for (const i of issuesOf(e)) add(issueText(i));
  }
  const r = value as Record<string, unknown>;
  checkOrder(r, line, add, ctx);
  if (!envelopeOk || findForbiddenKey(r) !== undefined) return undefined;
  let record = r as unknown as AnyRecordedEvent;
  const { catalog } = ctx.domain;
  if (catalog) {
    if (!catalog.has(record.type)) {
      add(`unknown event type "${record.type}"`);
      return record;
    }
    try {
      record = catalog.upcast(record);
    } catch (e) {
      const issues = issuesOf(e);
      const upcast = issues.some((i) => i.path === 'v');
      if (upcast) add(`schema version ${record.v}: ${(e as Error).message}`);
      else for (const i of issues) add(`event "${record.type}": ${issueText(i)}`);
      return record;
    }
  }
  // the vocabulary is the domain's, not the log's structure: a note, as readers and stores accept it
  for (const p of ctx.domain.partiesOf(record))
    if (!ctx.domain.isKnownParty(p.id)) ctx.warn(`unknown party id "${p.id}" at ${p.path}`);
  return record;
}

/** seq gapless per stream, ids unique, world time never going backwards: judged on the fields that are sound. */
function checkOrder(r: Record<string, unknown>, line: number, add: (reason: string) => void, ctx: Ctx): void {
  if (typeof r.stream !== 'string' || r.stream === '' || !Number.isInteger(r.seq) || (r.seq as number) < 1) {
    ctx.unread.n++;
    return;
  }
  const cur = ctx.streams.get(r.stream) ?? { seq: 0, at: undefined, atLine: 0 };
  ctx.streams.set(r.stream, cur);
  if (Number.isInteger(r.seq) && (r.seq as number) >= 1) {
    const seq = r.seq as number;
    if (seq === cur.seq) add(`duplicate seq ${seq} in stream "${r.stream}"`);
    else if (seq < cur.seq) add(`seq ${seq} goes backwards in stream "${r.stream}" (after seq ${cur.seq})`);
    else if (seq > cur.seq + 1 && seq - cur.seq - 1 <= ctx.unread.n) ctx.unread.n -= seq - cur.seq - 1;
    else if (seq > cur.seq + 1)
      add(
        `gap in seq of stream "${r.stream}": expected ${cur.seq + 1}, got ${seq} (missing ${cur.seq + 1}${seq - cur.seq > 2 ? `–${seq - 1}` : ''})`,
      );
    cur.seq = Math.max(cur.seq, seq);
  }
  if (typeof r.id === 'string' && r.id !== '') {
    const first = ctx.ids.get(r.id);
    // ids are not part of a log's structure (seqs are): stores accept a repeated id, so this is a note
    if (first !== undefined) ctx.warn(`duplicate id "${r.id}" (first on line ${first})`);
    else ctx.ids.set(r.id, line);
  }
  if (isWorldTime(r.at)) {
    if (cur.at !== undefined && compareAt(r.at, cur.at) < 0)
      add(`world time goes backwards: ${r.at} is before ${cur.at} (line ${cur.atLine})`);
    else {
      cur.at = r.at;
      cur.atLine = line;
    }
  }
}
