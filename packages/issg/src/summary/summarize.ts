import { addDays, dateOf } from '@parley/core';
import { credibilityReading } from '../indicators/credibility.js';
import { humanitarianAccessReading } from '../indicators/humanitarianAccess.js';
import { momentumReading } from '../indicators/momentum.js';
import type { IndicatorName, IndicatorReading } from '../indicators/reading.js';
import { violenceReading } from '../indicators/violence.js';
import type { HostilitiesStatus, IssgState, TalksStatus } from '../state/types.js';

/** The state summary of DESIGN.md, field by field in docs/state-summary.md. Keys come in this order. */
export interface StateSummary {
  readonly at: string | null;
  readonly seq: number;
  readonly issg: { readonly members: string[]; readonly coChairs: string[]; readonly meetings: number };
  readonly hostilities: {
    readonly status: HostilitiesStatus;
    readonly since: string | null;
    readonly parties: string[];
    readonly excludedFromArrangement: string[];
    readonly excludedParties: string[];
    readonly goal: 'comprehensive-ceasefire' | null;
    readonly nonComplianceRule: boolean;
    readonly localExtensions: string[];
  };
  readonly humanitarian: {
    readonly besiegedLocations: number | null;
    readonly besiegedLocationsReached: number | null;
    readonly peopleReached: number | null;
    readonly airDrops: {
      readonly authorized: boolean;
      readonly trigger: string | null;
      readonly conducted: number;
      readonly failed: number;
    };
    /** OCHA's last count of people in besieged areas (null until reported). */
    readonly peopleBesieged: number | null;
    /** OCHA's last count of people in hard-to-reach areas, besieged ones excluded (null until reported). */
    readonly peopleHardToReach: number | null;
    /** Besieged places denied access and not reached since, in order of the denial (eastern Aleppo from 7 Jul 2016). */
    readonly cutOff: string[];
  };
  readonly political: {
    readonly talks: {
      readonly status: TalksStatus;
      readonly nextDate: string | null;
      readonly round: number;
      readonly postponedBy: string[];
    };
    readonly transitionTarget: string | null;
  };
  readonly commitments: { readonly pending: string[]; readonly met: number; readonly lapsed: number };
  readonly violations: { readonly total: number; readonly counted: number; readonly disputed: number };
  readonly resolutions: string[];
  /** Each indicator in [0, 1], or `null` when it has no data on the date (never a silent 0). */
  readonly indicators: {
    readonly violence: number | null;
    readonly humanitarianAccess: number | null;
    readonly momentum: number | null;
    readonly credibility: number | null;
  };
  /** The indicators that are `null`, each with the reason, in the order of `indicators`. */
  readonly indicatorsMissing: IndicatorMissing[];
}

/** An indicator without data on the summary's date, and why. */
export interface IndicatorMissing {
  readonly indicator: IndicatorName;
  readonly reason: string;
}

/**
 * The areas of the local extensions in force on the date of `at`: one without a duration lasts as long as
 * the arrangement; one of `hours` ends on the day `hours / 24` days (rounded up) after the day it began.
 */
function extensionsInForce(list: IssgState['hostilities']['localExtensions'], at: string | null): string[] {
  const day = at === null ? null : dateOf(at);
  const areas: string[] = [];
  for (const x of list) {
    const ended = x.hours !== null && day !== null && day >= addDays(x.at, Math.ceil(x.hours / 24));
    if (!ended && !areas.includes(x.area)) areas.push(x.area);
  }
  return areas;
}

/**
 * The state summary (DESIGN.md "The state summary"): a plain JSON object with a stable key order, the
 * documented face of the ISSG state. `options.at` evaluates the time-dependent indicators at a later
 * world time than the last event (e.g. the date asked for by `parley state --at`).
 *
 * @example
 * ```ts
 * const summary = summarize(stateAt(issgRecord, '2016-05-17'));
 * summary.hostilities.status; // 'cessation'
 * summary.hostilities.goal;   // 'comprehensive-ceasefire'
 * ```
 */
export function summarize(state: IssgState, options: { readonly at?: string } = {}): StateSummary {
  const at = options.at ?? state.at;
  const h = state.hostilities;
  const hum = state.humanitarian;
  const t = state.political.talks;
  const obs = (k: keyof IssgState['observations']) => state.observations[k]?.value ?? null;
  const readings: Readonly<Record<IndicatorName, IndicatorReading>> = {
    violence: violenceReading(state, at),
    humanitarianAccess: humanitarianAccessReading(state, at),
    momentum: momentumReading(state, at),
    credibility: credibilityReading(state, at),
  };
  const indicatorsMissing: IndicatorMissing[] = [];
  for (const [indicator, r] of Object.entries(readings) as [IndicatorName, IndicatorReading][])
    if (r.value === null) indicatorsMissing.push({ indicator, reason: r.reason });
  return {
    at: at === null ? null : dateOf(at),
    seq: state.seq,
    issg: {
      members: [...state.issg.members],
      coChairs: [...state.issg.coChairs],
      meetings: state.meetings.issgMeetings,
    },
    hostilities: {
      status: h.status,
      since: h.since,
      parties: [...h.parties],
      excludedFromArrangement: [...state.designated],
      excludedParties: [...h.excludedParties],
      goal: h.goal,
      nonComplianceRule: h.nonComplianceRule,
      localExtensions: extensionsInForce(h.localExtensions, at),
    },
    humanitarian: {
      besiegedLocations: obs('besieged-locations'),
      besiegedLocationsReached: obs('besieged-locations-reached'),
      peopleReached: obs('people-reached'),
      airDrops: {
        authorized: hum.airDrops.authorized,
        trigger: hum.airDrops.trigger,
        conducted: hum.airDrops.conducted,
        failed: hum.airDrops.failed,
      },
      peopleBesieged: obs('people-besieged'),
      peopleHardToReach: obs('people-hard-to-reach'),
      cutOff: [...hum.cutOff],
    },
    political: {
      talks: { status: t.status, nextDate: t.nextDate, round: t.round, postponedBy: [...t.postponedBy] },
      transitionTarget: state.political.transitionTarget,
    },
    commitments: {
      pending: state.commitments.pending.map((c) => c.commitment),
      met: state.commitments.met,
      lapsed: state.commitments.lapsed,
    },
    violations: {
      total: state.violations.total,
      counted: state.violations.counted,
      disputed: state.violations.disputed,
    },
    resolutions: [...state.resolutions],
    indicators: {
      violence: readings.violence.value,
      humanitarianAccess: readings.humanitarianAccess.value,
      momentum: readings.momentum.value,
      credibility: readings.credibility.value,
    },
    indicatorsMissing,
  };
}
