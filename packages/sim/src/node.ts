/**
 * `@parley/sim/node` — Monte Carlo sweeps on worker threads (tinypool), NDJSON sweep outputs, shard
 * merging, what-if comparisons, and loading scenario scripts for a sweep. Node.js only.
 * @packageDocumentation
 */

export type { IssgScenario } from './issg/prepare.js';
export { loadIssgScenario, prepareIssgModel } from './issg/prepare.js';
export { mergeShardFileItems, mergeShardFiles, readLines } from './montecarlo/files.js';
export type { JobRunner, JobTask } from './montecarlo/jobs.js';
export { runJob } from './montecarlo/jobs.js';
export { simulateLog } from './montecarlo/log.js';
export type { LineSource, MergeShardsOptions } from './montecarlo/merge.js';
export { mergeShardItems, mergeShards } from './montecarlo/merge.js';
export { prepareModel } from './montecarlo/prepare.js';
export type { ChunkTask } from './montecarlo/runChunk.js';
export { runChunk } from './montecarlo/runChunk.js';
export type { RunJobsOptions } from './montecarlo/runJobs.js';
export { runJobs } from './montecarlo/runJobs.js';
export type { MonteCarloOptions, MonteCarloStream } from './montecarlo/runMonteCarlo.js';
export { runMonteCarlo, sweepSpec } from './montecarlo/runMonteCarlo.js';
export { runSweep, sweepItems, sweepLines } from './montecarlo/sweep.js';
export type { NegotiationChunk } from './negotiation/runChunk.js';
export { runNegotiationChunk } from './negotiation/runChunk.js';
export type { NegotiationSweepOptions } from './negotiation/sweep.js';
export { negotiationRuns, negotiationSweepSpec, runNegotiationSweep } from './negotiation/sweep.js';
export type { Branch, Comparison } from './whatif/compare.js';
export { compareBranches } from './whatif/compare.js';
