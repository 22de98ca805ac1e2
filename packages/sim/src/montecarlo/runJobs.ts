import { type JobTask, runJob } from './jobs.js';
import { startPool } from './pool.js';

/** Options of {@link runJobs}. */
export interface RunJobsOptions {
  /** The job's name (a key of `BUILT_IN_JOBS`). */
  readonly job: string;
  /** The tasks' inputs, made as they are needed (so a huge sweep allocates nothing up front). */
  readonly inputs: Iterable<unknown>;
  /** Worker threads; 0 runs in this thread. The output does not depend on it. */
  readonly workers: number;
  /** Called with the number of results of each task as it finishes (in finishing order). */
  readonly onTaskDone?: (results: number) => void;
}

/**
 * Run the tasks of a job on the Monte Carlo's worker pool and yield their results in task order, whatever
 * the number of workers or the order tasks finish in — so the output is the same bytes for any `workers`.
 * At most three tasks per worker are in flight, so memory does not grow with the number of tasks.
 *
 * @example
 * ```ts
 * for await (const r of runJobs({ job: 'negotiation', inputs: chunks, workers: 2 })) acc.add(r);
 * ```
 */
export async function* runJobs<R>(options: RunJobsOptions): AsyncGenerator<R> {
  const it = options.inputs[Symbol.iterator]();
  const next = (): JobTask | undefined => {
    const n = it.next();
    return n.done ? undefined : { job: options.job, input: n.value };
  };
  const done = (rs: readonly unknown[]) => {
    options.onTaskDone?.(rs.length);
    return rs;
  };
  const workers = Math.max(0, Math.floor(options.workers));
  if (workers === 0) {
    for (let t = next(); t !== undefined; t = next()) yield* done(await runJob(t)) as R[];
    return;
  }
  const pool = startPool(workers);
  try {
    const window: Promise<readonly unknown[]>[] = [];
    const submit = (t: JobTask) => {
      const p = pool.runJob(t).then(done);
      p.catch(() => {});
      window.push(p);
    };
    while (window.length < workers * 3) {
      const t = next();
      if (t === undefined) break;
      submit(t);
    }
    while (window.length > 0) {
      const results = await window.shift()!;
      const t = next();
      if (t !== undefined) submit(t);
      yield* results as R[];
    }
  } finally {
    await pool.destroy();
  }
}
