/**
 * `@parley/sim/node` — Monte Carlo sweeps on worker threads (tinypool), NDJSON sweep outputs, shard
 * merging, what-if comparisons, and loading scenario scripts for a sweep. Node.js only.
 * @packageDocumentation
 */

export type { IssgScenario } from './issg/prepare.js';
export { loadIssgScenario, prepareIssgModel } from './issg/prepare.js';
export { mergeShardFiles, readLines } from './montecarlo/files.js';
export { simulateLog } from './montecarlo/log.js';
export type { LineSource } from './montecarlo/merge.js';
export { mergeShards } from './montecarlo/merge.js';
export { prepareModel } from './montecarlo/prepare.js';
export type { ChunkTask } from './montecarlo/runChunk.js';
export { runChunk } from './montecarlo/runChunk.js';
export type { MonteCarloOptions, MonteCarloStream } from './montecarlo/runMonteCarlo.js';
export { runMonteCarlo, sweepSpec } from './montecarlo/runMonteCarlo.js';
export { runSweep, sweepItems, sweepLines } from './montecarlo/sweep.js';
export type { Branch, Comparison } from './whatif/compare.js';
export { compareBranches } from './whatif/compare.js';
