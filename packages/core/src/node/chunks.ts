import { createReadStream } from 'node:fs';

/** 64 KiB: big enough for throughput, small enough for flat memory. */
const HIGH_WATER_MARK = 64 * 1024;

/**
 * The bytes of `path` from `start` (inclusive) to `end` (exclusive; default the end of the file) as an async iterable of chunks,
 * read only as fast as they are consumed.
 *
 * @example
 * ```ts
 * for await (const line of parseNdjson(fileChunks('log.ndjson', 0, size))) …
 * ```
 */
export async function* fileChunks(path: string, start = 0, end?: number): AsyncGenerator<Uint8Array> {
  if (end !== undefined && end <= start) return;
  const stream = createReadStream(path, {
    start,
    ...(end !== undefined ? { end: end - 1 } : {}),
    highWaterMark: HIGH_WATER_MARK,
  });
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } finally {
    stream.destroy();
  }
}
