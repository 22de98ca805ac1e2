import type { AnyEventCatalog } from '../decider.js';
import type { ValidationIssue } from '../errors.js';
import type { AnyRecordedEvent } from '../events/envelope.js';
import { findForbiddenKey, validateEnvelope } from '../events/record.js';
import { compareAt, isWorldTime } from '../events/worldTime.js';
import { chainVerifier } from '../hashChain.js';
import { CONTINUED } from '../node/batches.js';
import { splitNdjson } from './lines.js';

/** One problem of a log: the 1-based line it is on and what is wrong, in words. */
export interface LogProblem {
  readonly line: number;
  readonly reason: string;
}

export interface ValidateLogOptions {
  /** Event types, schemas and upcasters: unknown types, versions without an upcaster and bad `data`. */
  readonly catalog?: AnyEventCatalog;
  /** A domain's own checks of a record whose envelope is sound (unknown party ids…): reasons, [] if none. */
  readonly check?: (record: AnyRecordedEvent) => readonly string[];
}

interface StreamCursor {
  seq: number;
  at: string | undefined;
  atLine: number;
}

interface Ctx {
  readonly options: ValidateLogOptions;
  readonly streams: Map<string, StreamCursor>;
  readonly ids: Map<string, number>;
  /** Lines already reported whose seq could not be read: a gap they explain is not reported again. */
  readonly unread: { n: number };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Check an NDJSON event log without trusting it: every line is decoded and checked on its own, so one bad
 * line never hides the next. Finds binary garbage, a torn last line, malformed JSON, forbidden keys
 * (`__proto__`, `constructor`, `prototype`), missing or mistyped envelope fields, unknown event types,
 * schema versions without an upcaster and schema errors in `data` (with a catalog), gaps and duplicates in
 * `seq` (per stream), duplicate ids, world time going backwards, a broken hash chain (for a chained log),
 * an append left unfinished at the end, and whatever `options.check` finds. What `parley validate` prints
 * and what the viewer's file input refuses.
 *
 * @returns every problem with its line, in line order; empty when the log is sound.
 * @example
 * ```ts
 * const problems = validateLog(readFileSync('run.ndjson'), { catalog: issgEvents });
 * for (const p of problems) console.log(`run.ndjson:${p.line}: ${p.reason}`); // run.ndjson:7: gap in seq …
 * ```
 */
export function validateLog(source: string | Uint8Array, options: ValidateLogOptions = {}): LogProblem[] {
  const problems: LogProblem[] = [];
  const ctx: Ctx = { options, streams: new Map(), ids: new Map(), unread: { n: 0 } };
  let batch: number | undefined;
  let chain: ReturnType<typeof chainVerifier> | null | undefined;
  let chainReported = false;
  for (const raw of splitNdjson(source, { maxLineLength: Number.POSITIVE_INFINITY })) {
    const add = (reason: string) => problems.push({ line: raw.line, reason });
    const garbage = garbageIn(raw.bytes, raw.text);
    if (garbage !== undefined) {
      add(garbage);
      ctx.unread.n++;
      continue;
    }
    const text = raw.line === 1 ? raw.text.replace(/^\uFEFF/, '') : raw.text;
    if (!raw.terminated) {
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
    const record = checkRecord(value, raw.line, add, ctx);
    if (record) {
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
      line: batch,
      reason:
        'unfinished append: the log ends inside a multi-event append that was never committed (its last line ends with a space)',
    });
  return problems;
}

/**
 * Why a line is binary garbage, or undefined: bytes that are not UTF-8, or a control character (anything
 * below U+0020 but tab, and DEL) where a JSON line can have none.
 */
function garbageIn(bytes: Uint8Array | undefined, decoded: string): string | undefined {
  let text = decoded;
  if (bytes !== undefined) {
    try {
      text = utf8.decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      return `binary garbage: not UTF-8 text (byte 0x${hex(bytes[at] ?? 0)} at column ${at + 1})`;
    }
    if (text.endsWith('\r')) text = text.slice(0, -1);
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f)
      return `binary garbage: control character U+${c.toString(16).padStart(4, '0').toUpperCase()} at column ${i + 1}`;
  }
  return undefined;
}

function hex(b: number): string {
  return b.toString(16).padStart(2, '0').toUpperCase();
}

/** Index of the first byte that breaks UTF-8 (a bad lead byte, a missing continuation, an overlong form). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return Math.max(0, bytes.length - 1);
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

/** The record when its envelope is sound (then the catalog and the domain's checks ran), else undefined. */
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
  let record: AnyRecordedEvent | undefined;
  try {
    record = validateEnvelope(value);
  } catch (e) {
    for (const i of issuesOf(e)) add(issueText(i));
  }
  checkOrder(value as Record<string, unknown>, line, add, ctx);
  if (!record || findForbiddenKey(record) !== undefined) return undefined;
  const { catalog, check } = ctx.options;
  if (catalog) {
    if (!catalog.has(record.type)) {
      add(`unknown event type "${record.type}"`);
      return record;
    }
    try {
      catalog.upcast(record);
    } catch (e) {
      const issues = issuesOf(e);
      if (issues.some((i) => i.path === 'v')) add(`schema version ${record.v}: ${(e as Error).message}`);
      else for (const i of issues) add(`event "${record.type}": ${issueText(i)}`);
      return record;
    }
  }
  for (const reason of check?.(record) ?? []) add(reason);
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
  const seq = r.seq as number;
  if (seq === cur.seq) add(`duplicate seq ${seq} in stream "${r.stream}"`);
  else if (seq < cur.seq) add(`seq ${seq} goes backwards in stream "${r.stream}" (after seq ${cur.seq})`);
  else if (seq > cur.seq + 1 && seq - cur.seq - 1 <= ctx.unread.n) ctx.unread.n -= seq - cur.seq - 1;
  else if (seq > cur.seq + 1)
    add(
      `gap in seq of stream "${r.stream}": expected ${cur.seq + 1}, got ${seq} (missing ${cur.seq + 1}${seq - cur.seq > 2 ? `–${seq - 1}` : ''})`,
    );
  cur.seq = Math.max(cur.seq, seq);
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
