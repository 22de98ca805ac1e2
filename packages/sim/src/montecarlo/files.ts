import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { mergeShards } from './merge.js';

/**
 * The lines of a text file, streamed (memory stays flat for any file size).
 *
 * @example
 * ```ts
 * for await (const line of readLines('shard-1.ndjson')) console.log(line);
 * ```
 */
export async function* readLines(path: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) yield line;
}

/**
 * {@link mergeShards} over files.
 *
 * @example
 * ```ts
 * for await (const line of mergeShardFiles(['s1.ndjson', 's2.ndjson'])) out.write(`${line}\n`);
 * ```
 */
export function mergeShardFiles(paths: readonly string[]): AsyncGenerator<string> {
  return mergeShards(paths.map(readLines));
}
