import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { type MergeShardsOptions, mergeShardItems, mergeShards } from './merge.js';
import type { SweepLine } from './output.js';

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
 * {@link mergeShards} over files (named in errors by their paths, or by `options.names`).
 *
 * @example
 * ```ts
 * for await (const line of mergeShardFiles(['s1.ndjson', 's2.ndjson'])) out.write(`${line}\n`);
 * ```
 */
export function mergeShardFiles(
  paths: readonly string[],
  options: MergeShardsOptions = { names: paths },
): AsyncGenerator<string> {
  return mergeShards(paths.map(readLines), options);
}

/**
 * {@link mergeShardItems} over files: the merged sweep as typed lines.
 *
 * @example
 * ```ts
 * for await (const line of mergeShardFileItems(['s1.ndjson', 's2.ndjson']))
 *   if (line.kind === 'summary') console.log(line.runs);
 * ```
 */
export function mergeShardFileItems(
  paths: readonly string[],
  options: MergeShardsOptions = { names: paths },
): AsyncGenerator<SweepLine> {
  return mergeShardItems(paths.map(readLines), options);
}
