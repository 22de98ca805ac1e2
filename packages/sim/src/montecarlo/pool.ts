import Tinypool from 'tinypool';
import type { RunResult } from '../engine/types.js';
import type { JobTask } from './jobs.js';
import type { ChunkTask } from './runChunk.js';

/** True when this module runs from TypeScript sources (vitest, tsx) rather than from the built package. */
const fromSource = import.meta.url.endsWith('.ts');

/** Node flags a worker needs to load TypeScript sources: the `source` export condition. */
const SOURCE_EXEC_ARGV = ['--conditions=@parley/source'];

/** A pool of worker threads running {@link ChunkTask}s. */
export interface ChunkPool {
  run(task: ChunkTask): Promise<RunResult[]>;
  /** Run a task of a named job (see `jobs.ts`). */
  runJob(task: JobTask): Promise<readonly unknown[]>;
  destroy(): Promise<void>;
}

/**
 * Start `threads` worker threads: `dist/worker.js` from the built package, or `worker.ts` through tsx
 * (with the `source` export condition) when running from sources.
 *
 * @example
 * ```ts
 * const pool = startPool(2);
 * const runs = await pool.run({ spec, start: 0, end: 10 });
 * await pool.destroy();
 * ```
 */
export function startPool(threads: number): ChunkPool {
  // from sources, a JS shim loads worker.ts through tsx (Node 20 workers ignore `--import tsx`)
  const filename = new URL(fromSource ? './worker-source.mjs' : './worker.js', import.meta.url).href;
  const pool = new Tinypool({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    ...(fromSource ? { execArgv: SOURCE_EXEC_ARGV } : {}),
  });
  return {
    run: (task) => pool.run(task) as Promise<RunResult[]>,
    runJob: (task) => pool.run(task) as Promise<readonly unknown[]>,
    destroy: () => pool.destroy(),
  };
}
