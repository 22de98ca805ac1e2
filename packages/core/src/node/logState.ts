import { CorruptLogError, UsageError } from '../errors.js';
import { compareAt } from '../events/worldTime.js';
import { GENESIS_PREV, hashLine } from '../hashChain.js';
import { encodeRecord } from '../ndjson/encode.js';
import type { LineRecord } from './batches.js';

/** Records between two remembered positions of a stream: reads start at the nearest one before `from`. */
export const CHECKPOINT_EVERY = 1024;

/** What a file store keeps in memory of a stream: never its records. */
export interface StreamInfo {
  version: number;
  lastAt: string | undefined;
  /** `checkpoints[k]`: where the record with seq `k * CHECKPOINT_EVERY + 1` starts. */
  readonly checkpoints: { readonly offset: number; readonly line: number }[];
}

/**
 * The state of a log as its committed batches are applied in order: per-stream versions, world times and
 * read checkpoints, and the hash chain's head. Checks that seqs are gapless per stream, that world time
 * never goes backwards within a stream, and (when the log is hash-chained) every link over the exact text of each line, which must be
 * its record's canonical encoding; a failure is a `CorruptLogError` naming the file and line.
 *
 * `hashChain`: `true` requires a chained log, `false` an unchained one, `undefined` follows the log's
 * first record (an empty log is unchained).
 *
 * @example
 * ```ts
 * const state = logState('log.ndjson', undefined);
 * for await (const item of logBatches(…)) if (item.kind === 'batch') state.apply(item.items);
 * ```
 */
export function logState(file: string, hashChain: boolean | undefined) {
  const streams = new Map<string, StreamInfo>();
  let chained = hashChain;
  let head = GENESIS_PREV;
  let lines = 0;
  return {
    streams,
    /** Whether appends must carry `prev` (decided by the first record when the option was not given). */
    get chained() {
      return chained ?? false;
    },
    /** The `prev` the next record must carry. */
    get head() {
      return head;
    },
    /** Line number of the last applied record (0 for none). */
    get lines() {
      return lines;
    },
    apply(items: readonly LineRecord[]): void {
      for (const { record: r, line, offset, text } of items) {
        if (chained === undefined) chained = r.prev !== undefined;
        else if (lines === 0 && chained !== (r.prev !== undefined))
          throw new UsageError(
            chained
              ? `fileStore("${file}"): hashChain: true, but the log is not hash-chained (its first record has no prev); omit the option, or rewrite the log with chainRecords + writeLog`
              : `fileStore("${file}"): hashChain: false, but the log is hash-chained; omit the option so appends keep the chain`,
          );
        let info = streams.get(r.stream);
        if (!info) {
          info = { version: 0, lastAt: undefined, checkpoints: [] };
          streams.set(r.stream, info);
        }
        if (r.seq !== info.version + 1)
          throw new CorruptLogError(
            file,
            line,
            `stream "${r.stream}" seq ${r.seq} follows seq ${info.version}; seqs must be gapless, so a record is missing, duplicated or out of order`,
          );
        if (info.lastAt !== undefined && compareAt(r.at, info.lastAt) < 0)
          throw new CorruptLogError(
            file,
            line,
            `stream "${r.stream}" seq ${r.seq} is dated ${r.at}, before ${info.lastAt}; world time must not go backwards within a stream`,
          );
        if (chained) {
          if (r.prev !== head)
            throw new CorruptLogError(
              file,
              line,
              `hash chain broken: prev is ${r.prev ?? 'missing'}, expected ${head}; the log was changed after it was written (run verifyChain to see where)`,
            );
          if (text !== encodeRecord(r))
            throw new CorruptLogError(
              file,
              line,
              'hash chain broken: the line is not the canonical encoding of its record (a duplicate or reordered key, or extra spaces): the bytes were changed after the record was written',
            );
          head = hashLine(text);
        }
        if ((r.seq - 1) % CHECKPOINT_EVERY === 0) info.checkpoints.push({ offset, line });
        info.version = r.seq;
        info.lastAt = r.at;
        lines = line;
      }
    },
  };
}
