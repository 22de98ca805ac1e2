/**
 * The worker-thread entry of `runMonteCarlo` (tinypool calls the default export with a task).
 * Built as its own file (`dist/worker.js`); from sources it runs under tsx.
 */
import { type JobTask, runJob } from './jobs.js';
import { type ChunkTask, runChunk } from './runChunk.js';

/**
 * Run one chunk of a sweep, or one task of a named job (`{ job, input }`), in a worker thread.
 *
 * @example
 * ```ts
 * new Tinypool({ filename: new URL('./worker.js', import.meta.url).href }).run({ spec, start: 0, end: 25 });
 * ```
 */
export default function work(task: ChunkTask | JobTask): Promise<unknown> {
  return 'job' in task ? runJob(task) : runChunk(task);
}
