/**
 * The worker-thread entry of `runMonteCarlo` (tinypool calls the default export with a task).
 * Built as its own file (`dist/worker.js`); from sources it runs under tsx.
 */
import { type ChunkTask, runChunk } from './runChunk.js';

export default function work(task: ChunkTask): Promise<unknown> {
  return runChunk(task);
}
