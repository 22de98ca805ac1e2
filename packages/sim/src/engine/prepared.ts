import type { AnyRecordedEvent, StateAtSeq } from '@parley/core';
import type { SweepSpec } from '../montecarlo/spec.js';
import type { Injection } from './simulateRun.js';
import type { SimModel } from './types.js';

/** A model ready to run the runs of a sweep: the model, the state at the fork date, the stream. */
export interface PreparedModel {
  readonly model: SimModel<any, any, any, any, any>;
  readonly base: StateAtSeq<unknown>;
  readonly stream: string;
  /** The fork date (day 1 is the day after). */
  readonly start: string;
  readonly inject: readonly Injection<unknown>[];
  /** The scenario's records up to the fork (for writing one run's full event log). */
  readonly prefix?: readonly AnyRecordedEvent[];
  /** Value range of each indicator, for the quantile histograms. */
  readonly ranges: Readonly<Record<string, readonly [number, number]>>;
}

/** Builds a {@link PreparedModel} from a sweep spec; a model module exports one as `createModel`. */
export type ModelFactory = (spec: SweepSpec) => PreparedModel | Promise<PreparedModel>;
