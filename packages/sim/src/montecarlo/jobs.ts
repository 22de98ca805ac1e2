import { BUILT_IN_JOBS } from '../builtins.js';

/**
 * A unit of work of a named job (`negotiation`, or any job registered in `builtins.ts`): the pool's worker
 * threads run it with the job's runner. `input` is plain JSON (it crosses a thread).
 */
export interface JobTask {
  readonly job: string;
  readonly input: unknown;
}

/** Runs one task's input of a job and returns its results (plain JSON), in order. */
export type JobRunner = (input: unknown) => Promise<readonly unknown[]> | readonly unknown[];

/**
 * Run one task of a named job in this thread: what a worker does with a {@link JobTask}.
 *
 * @example
 * ```ts
 * const results = await runJob({ job: 'negotiation', input: { spec, start: 0, end: 10 } });
 * ```
 */
export async function runJob(task: JobTask): Promise<readonly unknown[]> {
  const load = BUILT_IN_JOBS.get(task.job);
  if (!load)
    throw new RangeError(
      `runJob: unknown job "${task.job}" (known: ${[...BUILT_IN_JOBS.keys()].join(', ')})`,
    );
  return (await load())(task.input);
}
