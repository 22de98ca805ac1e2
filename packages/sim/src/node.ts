/**
 * `@parley/sim/node` — Monte Carlo sweeps on worker threads (tinypool), NDJSON sweep outputs, shard
 * merging and what-if comparisons. Node.js only.
 * @packageDocumentation
 */

export { mergeShardFileItems, mergeShardFiles, readLines } from './montecarlo/files.js';
export { simulateLog } from './montecarlo/log.js';
export type { LineSource, MergeShardsOptions } from './montecarlo/merge.js';
export { mergeShardItems, mergeShards } from './montecarlo/merge.js';
export { prepareModel } from './montecarlo/prepare.js';
export type { ChunkTask } from './montecarlo/runChunk.js';
export { runChunk } from './montecarlo/runChunk.js';
export type { MonteCarloOptions, MonteCarloStream } from './montecarlo/runMonteCarlo.js';
export { runMonteCarlo, sweepSpec } from './montecarlo/runMonteCarlo.js';
export { runSweep, sweepItems, sweepLines } from './montecarlo/sweep.js';
export type { Branch, Comparison } from './whatif/compare.js';
export { compareBranches } from './whatif/compare.js';
