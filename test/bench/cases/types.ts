import type { RecordedEvent } from '@parley/core';
import type { IssgCommand, IssgEvent } from '@parley/issg';
import type { Figures } from '../lib/args.js';

/** What a case child hands its case: the dataset the parent wrote, and the case's parameters. */
export interface CaseInput {
  readonly data: unknown;
  readonly params: Readonly<Record<string, number | string>>;
}

/** One measured path of the benchmarks, set up in its own process. */
export interface BenchCase {
  /** One round of the measured work; returns the number of events (or commands) it processed. */
  run(): number | Promise<number>;
  /** The state this path reaches on the probe input (compared with the reference before timing). */
  probe(): unknown;
  /** Figures measured apart from the interleaved rounds (optional). */
  extra?(): Promise<Figures>;
}

export type CaseFactory = (input: CaseInput) => Promise<BenchCase>;

/** A log to fold, and the length of the prefix the equality check folds. */
export interface FoldData {
  readonly log: readonly IssgRecord[];
  readonly probe: number;
}

/** A record of the synthetic ISSG logs (what `synth.ts` makes with the ISSG decider). */
export type IssgRecord = RecordedEvent<IssgEvent>;

/**
 * Commands accepted one after another by the ISSG decider, the records they produce (`log`), and how many
 * records each command produced.
 */
export interface CommandData {
  readonly commands: readonly IssgCommand[];
  readonly log: readonly IssgRecord[];
  readonly eventsPerCommand: readonly number[];
  /** Commands of the probe (the equality check). */
  readonly probeCommands: number;
}

/** A number parameter of a case, or `fallback`. */
export function numParam(input: CaseInput, key: string, fallback: number): number {
  const v = input.params[key];
  return typeof v === 'number' ? v : fallback;
}
