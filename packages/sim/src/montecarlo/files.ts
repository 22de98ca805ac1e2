import { createReadStream } from 'node:fs';
import { parseNdjson } from '@parley/core';
import { type MergeShardsOptions, mergeShardItems, mergeShards } from './merge.js';
import type { SweepLine } from './output.js';

/**
 * The lines of a text file, streamed by core's NDJSON line splitter (memory stays flat for any file size).
 *
 * @example
 * ```ts
 * for await (const line of readLines('shard-1.ndjson')) console.log(line);
 * ```
 */
export async function* readLines(path: string): AsyncGenerator<string> {
  for await (const { text } of parseNdjson(createReadStream(path))) yield text;
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
