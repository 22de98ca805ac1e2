/**
 * The worker-thread entry of `runMonteCarlo` (tinypool calls the default export with a task).
 * Built as its own file (`dist/worker.js`); from sources it runs under tsx.
 */
import { type ChunkTask, runChunk } from './runChunk.js';

/**
 * Run one chunk of a sweep in a worker thread.
 *
 * @example
 * ```ts
 * new Tinypool({ filename: new URL('./worker.js', import.meta.url).href }).run({ spec, start: 0, end: 25 });
 * ```
 */
export default function work(task: ChunkTask): Promise<unknown> {
  return runChunk(task);
}
