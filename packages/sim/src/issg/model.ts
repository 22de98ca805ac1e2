import type { Decider } from '@parley/core';
import { type IssgCommand, type IssgEvent, type IssgState, issgDecider } from '@parley/issg';
import type { DayContext, SimModel } from '../engine/types.js';
import type { Rng } from '../rng/rng.js';
import type { IssgAction } from './actions.js';
import { type IssgAgent, issgAgents, type PolicyOverrides } from './agents.js';
import type { IssgParams } from './params.js';
import { resolveIssgParams } from './params.js';
import type { IssgView } from './views.js';
import {
  type Blame,
  breakPlace,
  createIssgWorld,
  holdingShare,
  type IssgWorld,
  pruneReports,
  restorePlace,
} from './world.js';

/** The ISSG simulation model type. */
export type IssgModel = SimModel<IssgState, IssgCommand, IssgEvent, IssgWorld, IssgView, IssgAction>;

/** Options of {@link createIssgModel}. */
export interface IssgModelOptions {
  readonly params?: IssgParams;
  /** Replace built-in policies by agent id. */
  readonly policies?: PolicyOverrides;
  /** The decider (default `issgDecider`). */
  readonly decider?: Decider<IssgState, IssgCommand, IssgEvent>;
  /** Named places for reports and local extensions (default: the record's locations). */
  readonly locations?: readonly string[];
  /** Named besieged locations (the rest up to 18 are numbered). */
  readonly besieged?: readonly string[];
}

/** Indicators the ISSG model reports each day, all in [0, 1]. */
export const ISSG_INDICATORS = ['violence', 'holding', 'access', 'talks'] as const;

/** Nature's usual move: no command (one shared, frozen array instead of a new one every day). */
const NO_COMMANDS: readonly IssgCommand[] = Object.freeze([]);

/** No report against a party today (shared, frozen). */
const NO_BLAME: readonly Blame[] = Object.freeze([]);

const inForce = (s: IssgState) =>
  s.hostilities.status === 'cessation' || s.hostilities.status === 'ceasefire';

/**
 * The stochastic ISSG model: a latent front of places (see {@link IssgWorld}) under the mechanisms of
 * `ISSG_MECHANISMS`, with agents for every kind of party. Every command goes through the ISSG decider.
 *
 * @example
 * ```ts
 * const model = createIssgModel({ params: resolveIssgParams({ monitoring: { enabled: false } }) });
 * const result = simulateRun(model, { base, stream: 'sim', start: '2016-02-27', days: 90, seed: 1, run: 0 });
 * ```
 */
export function createIssgModel(options: IssgModelOptions = {}): IssgModel {
  const params = options.params ?? resolveIssgParams();
  const locations = options.locations ?? ['aleppo', 'rural-damascus', 'eastern-ghouta', 'north-latakia'];
  const named = options.besieged ?? [];
  const b = params.baseline;

  return {
    id: 'issg',
    decider: options.decider ?? issgDecider,
    indicators: ISSG_INDICATORS,
    createWorld: (state, rng) => createIssgWorld(state, rng, params, named),
    agents(state) {
      const parties = state.hostilities.parties.filter((p) => !state.designated.includes(p));
      const government = parties.includes('syria-gov') || parties.length === 0 ? 'syria-gov' : parties[0]!;
      const opp = parties.filter((p) => p !== government);
      return issgAgents(government, opp.length > 0 ? opp : ['hnc'], state, params, options.policies);
    },

    nature({ state, world: w }, rng) {
      w.deterrence *= params.exclusion.decay;
      if (w.verified.size > 0)
        for (const [k, x] of w.verified) w.verified.set(k, x * params.exclusion.memory);
      if (w.grudge.size > 0) for (const [k, g] of w.grudge) w.grudge.set(k, g * params.titForTat.memory);
      if (!inForce(state)) return NO_COMMANDS;
      const access = w.reached.size / w.besieged.length;
      let r = b.recovery;
      if (params.monitoring.enabled) r *= 1 + params.monitoring.recoveryBoost;
      if (params.humanitarian.enabled) r *= 1 + params.humanitarian.recoveryWeight * access;
      for (let i = 0; i < w.places.length; i++) if (w.places[i] === 0 && rng.chance(r)) restorePlace(w, i);
      const inSession = state.political.talks.status === 'in-session';
      w.pressureMonths += (inSession ? params.vetoPlayers.inSessionRelief : 1) / 30;
      return NO_COMMANDS;
    },

    view(agent: IssgAgent, { day, at, state, world: w }: DayContext<IssgState, IssgWorld>): IssgView {
      const h = state.hostilities;
      switch (agent.kind) {
        case 'government':
        case 'opposition':
        case 'spoiler': {
          const blamed = w.blamed.get(agent.id) ?? NO_BLAME;
          if (blamed.length > 0) w.blamed.delete(agent.id);
          const talks = state.political.talks;
          return {
            kind: 'party',
            self: agent.id,
            role: agent.kind,
            day,
            at,
            status: h.status,
            bound: h.parties.includes(agent.id) && !h.excludedParties.includes(agent.id),
            frontHolding: holdingShare(w, agent.kind === 'spoiler' ? undefined : agent.id),
            grudge: w.grudge.get(agent.id) ?? 0,
            vetoPlayers: h.parties.length,
            pressureMonths: w.pressureMonths,
            access: w.reached.size / w.besieged.length,
            deterrence: w.deterrence,
            monitored: params.monitoring.enabled,
            standingRule: w.standingRule,
            blamed,
            talks: talks.status,
            inTalks: talks.parties.includes(agent.id),
            postponed: talks.postponedBy.includes(agent.id),
            share: agent.kind === 'opposition' ? 1 / w.opposition.length : 1,
          };
        }
        case 'co-chair':
          return {
            kind: 'co-chair',
            self: agent.id,
            day,
            at,
            status: h.status,
            holding: holdingShare(w),
            lowDays: w.lowDays,
            nonComplianceRule: h.nonComplianceRule,
            parties: h.parties,
            referrals: state.referrals,
            verified: w.verified,
            locations,
          };
        case 'mediator': {
          const t = state.political.talks;
          return {
            kind: 'mediator',
            self: agent.id,
            day,
            at,
            holding: holdingShare(w),
            talks: { status: t.status, nextDate: t.nextDate, since: t.since, postponedBy: t.postponedBy },
            parties: h.parties.filter((p) => !h.excludedParties.includes(p)),
          };
        }
        default:
          return {
            kind: 'humanitarian',
            self: agent.id,
            day,
            at,
            holding: holdingShare(w),
            government: w.government,
            besieged: w.besieged,
            reached: w.reached,
            airDropsFrom: state.humanitarian.airDrops.authorized ? state.humanitarian.airDrops.trigger : null,
          };
      }
    },

    translate(ctx, action, _actor, rng) {
      if (action.type !== 'strike') return [action];
      return strike(ctx, action.by, rng, params, locations);
    },

    onEvent({ state, world: w }, e) {
      switch (e.type) {
        case 'violation-reported':
          if (e.data.attribution === 'verified' && e.data.countsTowardArrangement)
            w.verified.set(e.data.perpetrator, (w.verified.get(e.data.perpetrator) ?? 0) + 1);
          pruneReports(w, state.violations.recent);
          return;
        case 'violation-disputed': {
          const report = w.reports.get(e.data.violation);
          if (!report || report.disputed) return;
          report.disputed = true;
          if (report.verified)
            w.verified.set(report.perpetrator, (w.verified.get(report.perpetrator) ?? 1) - 1);
          if (report.culprit !== report.perpetrator && params.attribution.enabled)
            w.grudge.set(
              report.perpetrator,
              (w.grudge.get(report.perpetrator) ?? 0) + params.attribution.grievance,
            );
          return;
        }
        case 'party-excluded':
          w.exclusions++;
          w.deterrence = 1;
          return;
        case 'local-extension-declared': {
          const broken: number[] = [];
          for (let i = 0; i < w.places.length; i++) if (w.places[i] === 0) broken.push(i);
          const k = Math.round(broken.length * params.monitoring.reaffirmRestores);
          for (let j = 0; j < k; j++) restorePlace(w, broken[j]!);
          return;
        }
        case 'arrangement-collapsed':
          for (let i = 0; i < w.places.length; i++) breakPlace(w, i);
          return;
        case 'convoy-delivered':
          w.reached.add(e.data.location);
          return;
        case 'air-drop-conducted':
          if (e.data.outcome === 'delivered') w.reached.add(e.data.location);
          return;
        default:
          return;
      }
    },

    observe({ state, world: w }) {
      const holding = holdingShare(w);
      w.lowDays = inForce(state) && holding < b.collapseBelow ? w.lowDays + 1 : 0;
      const talks = state.political.talks.status === 'in-session';
      return {
        indicators: {
          violence: 1 - holding,
          holding,
          access: w.reached.size / w.besieged.length,
          talks: talks ? 1 : 0,
        },
        collapsed: state.hostilities.status === 'collapsed',
        talks,
        exclusions: w.exclusions,
      };
    },
  };
}

/** A strike: damage at a place of the striker's front and, maybe, a report with a noisy culprit. */
function strike(
  { at, state, world: w }: DayContext<IssgState, IssgWorld>,
  by: string,
  rng: Rng,
  p: IssgParams,
  locations: readonly string[],
): IssgCommand[] {
  const n = w.places.length;
  const spoiler = w.spoilers.includes(by);
  const f = w.opposition.indexOf(by);
  const i = f >= 0 ? rng.pick(w.frontPlaces[f]!) : rng.int(0, n - 1);
  const otherSide = by === w.government ? w.opposition[w.front[i]!]! : w.government;
  const victim = spoiler ? (rng.chance(0.5) ? w.government : w.opposition[w.front[i]!]!) : otherSide;
  const broke = spoiler ? rng.chance(p.spoilers.breakProbability) && breakPlace(w, i) : breakPlace(w, i);
  w.grudge.set(victim, (w.grudge.get(victim) ?? 0) + 1);
  if (!broke || !inForce(state)) return [];
  if (!rng.chance(p.monitoring.enabled ? p.monitoring.reportRate : p.monitoring.unmonitoredReportRate))
    return [];
  let perpetrator = by;
  if (spoiler) {
    if (!rng.chance(p.spoilers.blameShift)) return []; // a designated group's strike is no violation
    perpetrator = victim === w.government ? w.opposition[w.front[i]!]! : w.government;
  } else if (p.attribution.enabled && rng.chance(p.attribution.noise)) perpetrator = victim;
  const verified = p.monitoring.enabled && rng.chance(p.monitoring.verifiedShare);
  const violation = `v${w.nextViolation++}`;
  w.reports.set(violation, { perpetrator, culprit: by, verified, disputed: false });
  const blamed = w.blamed.get(perpetrator);
  const blame = { violation, mine: perpetrator === by };
  if (blamed) blamed.push(blame);
  else w.blamed.set(perpetrator, [blame]);
  return [
    {
      type: 'report-violation',
      at,
      violation,
      reporter: p.monitoring.enabled ? 'us' : victim,
      perpetrator,
      target: perpetrator === victim ? (spoiler ? null : by) : victim,
      location: locations[i % locations.length]!,
      severity: 1 + rng.int(0, 2),
      attribution: verified ? 'verified' : rng.chance(0.5) ? 'contested' : 'alleged',
    },
  ];
}
