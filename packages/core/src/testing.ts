/**
 * `@parley/core/testing` — helpers to test deciders and stores: given/when/then specifications,
 * fast-check arbitraries (fast-check is an optional peer dependency, needed only here) and the store
 * conformance suite.
 * @packageDocumentation
 */

export type { EventSequenceOptions, RecordArbOptions, WorldTimeArbOptions } from './testing/arbitraries.js';
export { eventSequence, jsonDataArb, recordArb, worldTimeArb } from './testing/arbitraries.js';
export type { Difference } from './testing/assert.js';
export { differences, SpecificationError } from './testing/assert.js';
export { storeConformance } from './testing/conformance.js';
export type {
  ExpectedEvent,
  Given,
  GivenEvent,
  Outcome,
  Specification,
  WhenOptions,
} from './testing/spec.js';
export { spec } from './testing/spec.js';
