import { ValidationError } from '../errors.js';
import type { EventCatalog } from '../events/catalog.js';
import type { AnyRecordedEvent } from '../events/envelope.js';
import { locate } from '../ndjson/decode.js';
import { deepFreeze } from '../ndjson/jsonValue.js';
import { parseNdjson } from '../ndjson/lines.js';
import { logBatches } from './batches.js';
import { fileChunks } from './chunks.js';
import { logState } from './logState.js';

export interface ReadLogOptions {
  /** Upcast each record to the current version of its type and validate its data. */
  readonly catalog?: EventCatalog<any>;
  /**
   * What to do when the log ends with an interrupted append (a torn last line, or a multi-event append
   * whose commit line never reached the disk): `'error'` (default) throws a `ValidationError` naming the
   * line; `'skip'` leaves those lines out, as `fileStore` does when it opens the log.
   */
  readonly torn?: 'error' | 'skip';
  /** With `torn: 'skip'`, hears which lines were left out and why (to warn about them). */
  readonly onTorn?: (torn: { readonly line: number; readonly reason: string }) => void;
}

/**
 * Read every record of an NDJSON log file, in order, streaming (memory stays flat), for tools such as
 * `parley validate`, `state` or `export`. Reads as `fileStore` reads (the same policy, `logBatches`): each
 * complete line's envelope, the last included (a bad line is a `ValidationError` with `file` and `line`), gapless seqs and world time order per stream, the hash
 * chain when the log has one (a `CorruptLogError` naming the line), and, with a catalog, each record's data.
 * Does not take the log's lock: reading a log that a store is appending to sees the appends committed
 * so far.
 *
 * @example
 * ```ts
 * import { readLog } from '@parley/core/node';
 * for await (const r of readLog('vienna.ndjson', { catalog: issgEvents })) console.log(r.seq, r.type);
 * ```
 */
export async function* readLog(path: string, options: ReadLogOptions = {}): AsyncGenerator<AnyRecordedEvent> {
  const state = logState(path, undefined);
  const lines = parseNdjson(fileChunks(path), { file: path });
  for await (const item of logBatches(lines, path, (_line, e) => e)) {
    if (item.kind === 'torn') {
      if (options.torn === 'skip') {
        options.onTorn?.({ line: item.line, reason: item.reason });
        return;
      }
      throw new ValidationError(
        `${path}:${item.line}: ${item.reason}; open the log with fileStore to repair it, or read it with { torn: 'skip' }`,
        { line: item.line, file: path, issues: [{ path: '', message: item.reason }] },
      );
    }
    state.apply(item.items);
    for (const { record, line } of item.items) {
      if (!options.catalog) {
        yield record;
        continue;
      }
      try {
        yield deepFreeze(options.catalog.upcast(record));
      } catch (e) {
        throw e instanceof ValidationError ? locate(e, { line, file: path }) : e;
      }
    }
  }
}
