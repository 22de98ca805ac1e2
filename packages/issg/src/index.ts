/**
 * `@parley/issg` — the International Syria Support Group process (2015–2016) as a Parley domain:
 * vocabulary, events, commands and their rules, decider, indicators, the state summary, and the record
 * as a replayable scenario with sources.
 * @packageDocumentation
 */

export type { DecisionRule } from '@parley/negotiation';
export { describeDecisionRule, meetsDecisionRule } from '@parley/negotiation';
export type {
  HostilitiesCommand,
  HumanitarianCommand,
  IssgCommand,
  IssgCommandType,
  MeetingCommand,
  PoliticalCommand,
  Provision,
  UndatedIssgCommand,
} from './commands/types.js';
export type { IssgRule } from './decide/rules.js';
export { RULE_DESCRIPTIONS, RULES } from './decide/rules.js';
export type { IssgDecider, IssgDeciderOptions } from './decider.js';
export { createIssgDecider, issgDecider } from './decider.js';
export type { IssgEvent, IssgEventData, IssgEventType } from './events/catalog.js';

// events and commands
export { issgEvents } from './events/catalog.js';
export { OBSERVED_INDICATORS } from './events/humanitarian.js';
export { MEETING_FORMATS } from './events/meetings.js';
export type { IssgTrack } from './events/tracks.js';
export { ISSG_TRACKS, issgTrackOf } from './events/tracks.js';
export { evolveIssg } from './evolve/evolve.js';
export {
  ACCESS_SHOCK_WEIGHTS,
  ALTERNATE_MONITORS,
  ATTRIBUTION_WEIGHTS,
  CONVOY_ATTACK_WEIGHT,
  DISPUTE_DISCOUNT,
  OFFENSIVE_WEIGHT,
} from './evolve/shocks.js';
export { PROGRESS_WEIGHTS, SETBACK_WEIGHTS } from './evolve/weights.js';
export { credibility, credibilityReading } from './indicators/credibility.js';
export {
  ACCESS_DISRUPTION_HALF_LIFE_DAYS,
  decayedLevel,
  MOMENTUM_HALF_LIFE_DAYS,
  VIOLENCE_HALF_LIFE_DAYS,
} from './indicators/decay.js';
export {
  DISRUPTION_HALF_SATURATION,
  humanitarianAccess,
  humanitarianAccessReading,
  SUSPENDED_CONVOYS_FACTOR,
} from './indicators/humanitarianAccess.js';
export { momentum, momentumReading } from './indicators/momentum.js';
export type { StandingDeathCount } from './indicators/observed.js';
export { deathCount, lastObservation, standingCompliance } from './indicators/observed.js';
export type { IndicatorName, IndicatorReading } from './indicators/reading.js';
export { INDICATOR_NAMES } from './indicators/reading.js';
// indicators and summary
export {
  DEATHS_HALF_SATURATION,
  SEVERITY_HALF_SATURATION,
  violence,
  violenceReading,
} from './indicators/violence.js';
export type { EventCode } from './interop/codes.js';
// interop
export { cameoCode, EVENT_CODES } from './interop/codes.js';
export type { PloverEvent } from './interop/plover.js';
export { toPlover } from './interop/plover.js';
// negotiations
export type {
  AbsentParty,
  IssgAgenda,
  IssgRoleCard,
  PositionFlag,
  StatedPosition,
  TextStanding,
} from './negotiation/index.js';
export {
  adoptedTextToIssgEvents,
  issgAgenda,
  issgAgendas,
  issgRoleCards,
  negotiatedRecord,
  POSITION_SOURCES,
  positionSource,
  realOutcome,
  textStanding,
  UNCERTAINTY,
} from './negotiation/index.js';
export type { IssgNegotiationSource, IssgNegotiationView } from './negotiation/view.js';
export { defaultAxes, issgNegotiationView } from './negotiation/view.js';
// the record
export { issgRecord, scenarios } from './record/issgRecord.js';
export { cite, SOURCES } from './record/sources.js';
export { initialIssgState } from './state/initial.js';
export { canMoveHostilities, canMoveTalks, HOSTILITIES_EDGES, TALKS_EDGES } from './state/machines.js';
// state and decider
export type {
  Commitment,
  DecayedLevel,
  HostilitiesStatus,
  IssgState,
  Observation,
  ObservedIndicator,
  PartyRecord,
  Proposal,
  TalksStatus,
  ViolationSummary,
} from './state/types.js';
export { LIMITS } from './state/types.js';
export type { IssgRecordLike } from './summary/stateAt.js';
export { stateAt } from './summary/stateAt.js';
export type { IndicatorMissing, StateSummary } from './summary/summarize.js';
export { summarize } from './summary/summarize.js';
export type {
  EventView,
  IndicatorSeries,
  IndicatorSeriesOptions,
  Step,
} from './view/index.js';
export {
  capitalize,
  eventSentence,
  eventView,
  INDICATORS,
  indicatorSeries,
  indicatorValue,
  isIssgEventType,
  isIssgRecordList,
  isTurningPoint,
  listOf,
  locationName,
  partyList,
  partyName,
  safeUrl,
  sourcesOf,
  stepsOf,
  summaryAt,
  turningPoints,
} from './view/index.js';
export type { LocationInfo } from './vocabulary/locations.js';
export { isBesiegedLocation, isKnownLocation, LOCATIONS } from './vocabulary/locations.js';
export type { Flag, MemberInfo } from './vocabulary/members.js';
// vocabulary
export { CO_CHAIRS, FOUNDING_MEMBERS, isKnownMember, MEMBERS, memberInfo } from './vocabulary/members.js';
export type { PartyInfo } from './vocabulary/parties.js';
export {
  DESIGNATED_GROUPS,
  isDesignatedGroup,
  isKnownParty,
  isSyrianParty,
  OTHER_ACTORS,
  SYRIAN_PARTIES,
} from './vocabulary/parties.js';
export type { ResolutionInfo } from './vocabulary/resolutions.js';
export { isBasisResolution, RESOLUTION_ERRATA, RESOLUTIONS } from './vocabulary/resolutions.js';
