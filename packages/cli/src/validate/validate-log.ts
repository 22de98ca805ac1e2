import {
  type AnyRecordedEvent,
  chainVerifier,
  compareAt,
  findForbiddenKey,
  isWorldTime,
  type ValidationIssue,
  validateEnvelope,
} from '@parley/core';
import type { DomainView } from '../domain.js';
import type { Problem } from '../errors.js';
import { decodeText, splitLines } from './lines.js';

/** The file store ends every line of a multi-event append but the last with this (see core's `CONTINUED`). */
const CONTINUED = ' ';

interface Ctx {
  readonly domain: DomainView;
  readonly streams: Map<string, StreamCursor>;
  readonly ids: Map<string, number>;
  /** Lines already reported whose seq could not be read: a gap they explain is not reported again. */
  readonly unread: { n: number };
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

/**
 * Check an NDJSON event log without trusting it, and without modifying it: every line is decoded and
 * checked on its own, so one bad line never hides the next. Finds binary garbage, a torn last line,
 * malformed JSON, forbidden keys (`__proto__`, `constructor`, `prototype`), missing or mistyped envelope
 * fields, unknown event types, schema versions without an upcaster, schema errors in `data`, gaps and
 * duplicates in `seq` (per stream), duplicate ids, world time going backwards, unknown party ids, a broken
 * hash chain (for a chained log) and an append left unfinished at the end.
 *
 * @returns every problem as `{ file, line, reason }`, in line order; empty when the log is sound.
 * @example
 * ```ts
 * const problems = validateLog(readFileSync('run.ndjson'), 'run.ndjson', issgDomain);
 * for (const p of problems) console.log(formatProblem(p)); // run.ndjson:7: gap in seq: expected 7, got 9
 * ```
 */
export function validateLog(bytes: Uint8Array, file: string, domain: DomainView): Problem[] {
  const problems: Problem[] = [];
  const streams = new Map<string, StreamCursor>();
  const ids = new Map<string, number>();
  const ctx: Ctx = { domain, streams, ids, unread: { n: 0 } };
  let batch: number | undefined;
  let chain: ReturnType<typeof chainVerifier> | null | undefined;
  let chainReported = false;
  for (const raw of splitLines(bytes)) {
    const add = (reason: string) => problems.push({ file, line: raw.line, reason });
    const decoded = decodeText(raw.bytes);
    if ('garbage' in decoded) {
      add(decoded.garbage);
      ctx.unread.n++;
      continue;
    }
    const text = raw.line === 1 ? decoded.text.replace(/^\uFEFF/, '') : decoded.text;
    if (raw.torn) {
      add('torn last line: the file ends in the middle of a record (no newline); a write was cut short');
      continue;
    }
    if (text.trim() === '') continue; // blank lines carry nothing (the file store skips them too)
    batch = text.endsWith(CONTINUED) ? (batch ?? raw.line) : undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      add(`malformed JSON: ${(e as Error).message}`);
      ctx.unread.n++;
      continue;
    }
    if (checkRecord(value, raw.line, add, ctx)) {
      const record = value as AnyRecordedEvent;
      if (chain === undefined) chain = record.prev !== undefined ? chainVerifier() : null;
      const broken = chain?.check(record);
      if (broken && !chainReported) {
        chainReported = true;
        add(`hash chain broken: ${broken.reason}`);
      }
    }
  }
  if (batch !== undefined)
    problems.push({
      file,
      line: batch,
      reason:
        'unfinished append: the log ends inside a multi-event append that was never committed (its last line ends with a space)',
    });
  return problems;
}

function checkRecord(value: unknown, line: number, add: (reason: string) => void, ctx: Ctx): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    add('not a record: expected a JSON object');
    ctx.unread.n++;
    return false;
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
  if (!envelopeOk || findForbiddenKey(r) !== undefined) return false;
  const record = r as unknown as AnyRecordedEvent;
  const { catalog } = ctx.domain;
  if (catalog) {
    if (!catalog.has(record.type)) {
      add(`unknown event type "${record.type}"`);
      return true;
    }
    try {
      catalog.upcast(record);
    } catch (e) {
      const issues = issuesOf(e);
      const upcast = issues.some((i) => i.path === 'v');
      if (upcast) add(`schema version ${record.v}: ${(e as Error).message}`);
      else for (const i of issues) add(`event "${record.type}": ${issueText(i)}`);
      return true;
    }
  }
  for (const p of ctx.domain.partiesOf(record))
    if (!ctx.domain.isKnownParty(p.id)) add(`unknown party id "${p.id}" at ${p.path}`);
  return true;
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
    if (first !== undefined) add(`duplicate id "${r.id}" (first on line ${first})`);
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
