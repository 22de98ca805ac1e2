import { DESIGNATED_GROUPS } from '../vocabulary/parties.js';
import type { IssgState } from './types.js';

/**
 * A fresh initial state: no members, no arrangement, talks not scheduled; the UN-designated groups of
 * the vocabulary (`isil`, `nusra`) already designated.
 *
 * @example
 * ```ts
 * initialIssgState().hostilities.status; // 'none'
 * ```
 */
export function initialIssgState(): IssgState {
  return {
    at: null,
    seq: 0,
    issg: { members: [], coChairs: [], joined: {} },
    meetings: { issgMeetings: 0, total: 0, open: null, last: null, taskForces: { ctf: 0, htf: 0 } },
    statements: { pending: [], adopted: 0, recent: [] },
    commitments: { pending: [], met: 0, lapsed: 0, recentLapsed: [] },
    agreements: { count: 0, recent: [] },
    channels: { suspended: [] },
    designated: DESIGNATED_GROUPS.map((g) => g.id),
    designationRequests: [],
    hostilities: {
      status: 'none',
      since: null,
      terms: null,
      parties: [],
      excludedParties: [],
      goal: null,
      nonComplianceRule: false,
      localExtensions: [],
      transitions: 0,
    },
    violations: {
      total: 0,
      counted: 0,
      verified: 0,
      contested: 0,
      disputed: 0,
      killed: 0,
      byParty: {},
      recent: [],
    },
    referrals: [],
    violence: { level: 0, lastAt: null },
    momentum: {
      progress: { level: 0, lastAt: null },
      setbacks: { level: 0, lastAt: null },
      lastStepAt: null,
    },
    humanitarian: {
      requests: { requested: 0, granted: 0, denied: 0 },
      convoys: { delivered: 0, trucks: 0, attacked: 0, trucksHit: 0, killed: 0 },
      convoysSuspended: false,
      disruption: { level: 0, lastAt: null },
      peopleReachedByConvoys: 0,
      besiegedReached: [],
      cutOff: [],
      airDrops: { authorized: false, trigger: null, conducted: 0, failed: 0, tonnes: 0 },
      detaineesReleased: 0,
    },
    observations: {},
    observationsByMonitor: {},
    political: {
      talks: { status: 'not-scheduled', nextDate: null, round: 0, since: null, parties: [], postponedBy: [] },
      transitionTarget: null,
      positions: [],
      disagreements: [],
    },
    resolutions: [],
  };
}
