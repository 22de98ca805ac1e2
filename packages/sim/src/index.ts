/**
 * `@parley/sim` — stochastic simulation for Parley: seeded, splittable random streams, agents as policies,
 * the stochastic ISSG model and its mechanisms, what-if forks and statistics — browser-safe. Monte Carlo
 * across worker threads and loading scenario scripts (Node.js only) live in `@parley/sim/node`.
 * @packageDocumentation
 */

export type { SvgBand, SvgChartOptions, SvgSeries } from './charts/svg.js';
export { bandPoints, survivalPoints, svgChart } from './charts/svg.js';
export type { ModelFactory, PreparedModel } from './engine/prepared.js';
export type { Injection, SimulateRunOptions } from './engine/simulateRun.js';
export { simulateRun } from './engine/simulateRun.js';
export type { Agent, DayContext, DayObservation, Policy, RunResult, SimModel } from './engine/types.js';
export type { IssgAction, StrikeAction } from './issg/actions.js';
export type { IssgAgent, PolicyOverrides } from './issg/agents.js';
export { issgAgents } from './issg/agents.js';
export { issgConsequences } from './issg/consequences.js';
export { ISSG_MECHANISMS } from './issg/mechanisms/index.js';
export type { Mechanism } from './issg/mechanisms/mechanism.js';
export type { IssgModel, IssgModelOptions } from './issg/model.js';
export { createIssgModel, ISSG_INDICATORS } from './issg/model.js';
export { ISSG_NEGOTIATION_DEFAULTS, issgNegotiationModel } from './issg/negotiation.js';
export type { IssgParams } from './issg/params.js';
export { paramPaths, parseParamAssignments, resolveIssgParams } from './issg/params.js';
export { armedPartyPolicy } from './issg/policies/armedParty.js';
export { enforcerPolicy, guarantorPolicy } from './issg/policies/coChair.js';
export { humanitarianPolicy } from './issg/policies/humanitarian.js';
export { MEDIATOR_DEFAULTS, mediatorPolicy } from './issg/policies/mediator.js';
export { spoilerPolicy } from './issg/policies/spoiler.js';
export { prepareIssgModelOf } from './issg/prepareOf.js';
export type { CoChairView, HumanitarianView, IssgView, MediatorView, PartyView } from './issg/views.js';
export type { Blame, IssgWorld } from './issg/world.js';
export { decodeSweepLine, isSweepSummary, summaryProblem } from './montecarlo/decode.js';
export type { SweepHeader, SweepLine } from './montecarlo/output.js';
export {
  encodeSweepLine,
  runCsvRow,
  runLine,
  runsCsvHeader,
  SWEEP_FORMAT,
  summaryCsv,
  sweepHeader,
} from './montecarlo/output.js';
export type { InjectionSpec, ParamOverrides, Shard, SweepSpec } from './montecarlo/spec.js';
export { parseShard, shardRange } from './montecarlo/spec.js';
export { negotiationRun, preferencesOfRun, strategiesOfRun } from './negotiation/run.js';
export { samplePreferences } from './negotiation/sample.js';
export type { NegotiationSweepSummary, OutcomeSurvival } from './negotiation/summary.js';
export { negotiationSummaryAccumulator } from './negotiation/summary.js';
export type { NegotiationModel, NegotiationRunResult, NegotiationSweepSpec } from './negotiation/types.js';
export type { Rng } from './rng/rng.js';
export { createRng } from './rng/rng.js';
export { deriveSeed } from './rng/seed.js';
export type { DailyHistogram } from './stats/histogram.js';
export { dailyHistogram } from './stats/histogram.js';
export type { SurvivalCurve, SurvivalObservation } from './stats/kaplanMeier.js';
export { kaplanMeier, survivalAccumulator, survivalAt } from './stats/kaplanMeier.js';
export type { Bands, SweepSummary } from './stats/summary.js';
export { summaryAccumulator } from './stats/summary.js';
export type { Outcomes } from './whatif/outcomes.js';
export { formatComparison, outcomes } from './whatif/outcomes.js';
