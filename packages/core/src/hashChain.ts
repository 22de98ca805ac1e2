import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AnyRecordedEvent } from './events/envelope.js';
import { encodeRecord } from './ndjson/encode.js';

/**
 * Optional tamper evidence for a log: each record's `prev` holds the SHA-256 (lower-case hex) of the
 * previous record's canonical NDJSON line (`encodeRecord`, which includes that record's own `prev`), so
 * changing, inserting, removing or reordering any record breaks every link after it.
 *
 * The chain runs over the log in its order, across streams (a file holds many streams interleaved).
 * The first record of a log carries {@link GENESIS_PREV}, 64 zeros, so a chained log is recognisable
 * from its first line and a log with its head cut off fails verification at its new first record.
 * The chain shows that a log was changed after it was written; it is not a signature: whoever can rewrite
 * the whole file can rebuild the chain.
 */
export const GENESIS_PREV = '0'.repeat(64);

/**
 * SHA-256 of a line of text (UTF-8), lower-case hex.
 *
 * @example
 * ```ts
 * hashLine(encodeRecord(record)); // '3a7bd3e2…' (64 hex digits)
 * ```
 */
export function hashLine(line: string): string {
  return bytesToHex(sha256(utf8ToBytes(line)));
}

/**
 * Link records into a hash chain: returns new (frozen) records whose `prev` is the hash of the previous
 * record's canonical line; the first gets `options.prev` (default {@link GENESIS_PREV}), so a chain can be
 * continued from the hash of a log's last line. Existing `prev` values are replaced.
 *
 * @example
 * ```ts
 * const chained = chainRecords(records);
 * verifyChain(chained); // { ok: true, count: 3, head: '…' }
 * ```
 */
export function chainRecords<R extends AnyRecordedEvent>(
  records: Iterable<R>,
  options: { prev?: string } = {},
): R[] {
  let prev = options.prev ?? GENESIS_PREV;
  const out: R[] = [];
  for (const r of records) {
    const linked = Object.freeze({ ...r, prev }) as R;
    prev = hashLine(encodeRecord(linked));
    out.push(linked);
  }
  return out;
}

/** The outcome of checking a hash chain. */
export type ChainVerdict =
  | {
      readonly ok: true;
      /** Records checked. */
      readonly count: number;
      /** Hash of the last record's line: the `prev` the next record must carry. */
      readonly head: string;
    }
  | {
      readonly ok: false;
      /** Seq of the first record whose link is broken (with `stream`, since seqs repeat across streams). */
      readonly seq: number;
      readonly stream: string;
      /** 0-based position of that record in the log. */
      readonly index: number;
      readonly reason: string;
    };

/**
 * Incremental chain checking: feed records in log order; `check` returns a failure verdict for the first
 * broken link (and keeps returning it), `verdict()` the result so far.
 *
 * Give `check` the line the record was read from (as text, without its newline) and the chain covers
 * the exact bytes of the log: the next link must be the hash of that line, and the line must be its
 * record's canonical encoding (`encodeRecord`), so a line that decodes to the same record from other
 * bytes (a duplicate key before the real one, reordered keys, extra spaces) fails, the last line
 * included. Every line Parley writes is canonical, so logs chained by earlier versions verify unchanged:
 * the chain's format is the same, only the check is stricter. Without a line (records in memory), the
 * canonical encoding is hashed.
 *
 * @example
 * ```ts
 * const v = chainVerifier();
 * for await (const r of readLog('log.ndjson')) if (v.check(r)) break;
 * console.log(v.verdict());
 * ```
 */
export function chainVerifier(options: { prev?: string } = {}): {
  check(record: AnyRecordedEvent, line?: string): Extract<ChainVerdict, { ok: false }> | undefined;
  verdict(): ChainVerdict;
} {
  let expected = options.prev ?? GENESIS_PREV;
  let index = 0;
  let failure: Extract<ChainVerdict, { ok: false }> | undefined;
  return {
    check(record, line) {
      if (failure) return failure;
      const canonical = encodeRecord(record);
      if (line !== undefined && line !== canonical) {
        failure = {
          ok: false,
          seq: record.seq,
          stream: record.stream,
          index,
          reason:
            'the line is not the canonical encoding of its record (a duplicate or reordered key, or extra spaces): the bytes were changed after the record was written',
        };
        return failure;
      }
      if (record.prev !== expected) {
        const reason =
          record.prev === undefined
            ? `record has no prev; expected ${expected} (the log is not hash-chained, or a record was inserted)`
            : index === 0 && expected === GENESIS_PREV
              ? `the first record's prev is ${record.prev}, not ${GENESIS_PREV}: records were removed from the start of the log`
              : `prev is ${record.prev}, but the previous record hashes to ${expected}: a record before it was changed, inserted, removed or reordered`;
        failure = { ok: false, seq: record.seq, stream: record.stream, index, reason };
        return failure;
      }
      expected = hashLine(line ?? canonical);
      index++;
      return undefined;
    },
    verdict() {
      return failure ?? { ok: true, count: index, head: expected };
    },
  };
}

/**
 * Check the hash chain of records in log order (see {@link chainRecords}).
 *
 * @example
 * ```ts
 * const v = verifyChain(records);
 * if (!v.ok) console.error(`${v.stream} seq ${v.seq}: ${v.reason}`);
 * ```
 */
export function verifyChain(
  records: Iterable<AnyRecordedEvent>,
  options: { prev?: string } = {},
): ChainVerdict {
  const v = chainVerifier(options);
  for (const r of records) if (v.check(r)) break;
  return v.verdict();
}

/**
 * {@link verifyChain} over an async iterable, e.g. `readLog(path)`; memory stays flat.
 *
 * @example
 * ```ts
 * const v = await verifyChainAsync(readLog('vienna.ndjson'));
 * ```
 */
export async function verifyChainAsync(
  records: AsyncIterable<AnyRecordedEvent> | Iterable<AnyRecordedEvent>,
  options: { prev?: string } = {},
): Promise<ChainVerdict> {
  const v = chainVerifier(options);
  for await (const r of records) if (v.check(r)) break;
  return v.verdict();
}
