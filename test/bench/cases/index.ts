/**
 * The cases of the benchmarks, each run in a process of its own (`lib/isolated.ts`) that loads only its
 * own case's modules. One case = one file of this folder + one line here.
 */
import type { CaseFactory } from './types.js';

export const CASES: Readonly<Record<string, () => Promise<CaseFactory>>> = {
  replay: async () => (await import('./replay.js')).replayCase,
  mutable: async () => (await import('./mutable.js')).mutableCase,
  naive: async () => (await import('./naive.js')).naiveCase,
  emmettAggregate: async () => (await import('./emmett.js')).emmettAggregateCase,
  emmettAggregateIdiomatic: async () => (await import('./emmett.js')).emmettAggregateIdiomaticCase,
  rtkReduce: async () => (await import('./rtk.js')).rtkReduceCase,
  rtkStore: async () => (await import('./rtk.js')).rtkStoreCase,
  session: async () => (await import('./session.js')).sessionCase,
  parleyCommand: async () => (await import('./commands.js')).parleyCommandCase,
  emmettCommand: async () => (await import('./commands.js')).emmettCommandCase,
  mc: async () => (await import('./mc.js')).mcCase,
};
