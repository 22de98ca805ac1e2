import { dateOf, daysBetween } from '@parley/core';
import type { IssgEvent } from '../events/catalog.js';
import { ACCESS_DISRUPTION_HALF_LIFE_DAYS, bump, VIOLENCE_HALF_LIFE_DAYS } from '../indicators/decay.js';
import { type IssgState, LIMITS } from '../state/types.js';
import { isBesiegedLocation } from '../vocabulary/locations.js';
import {
  ACCESS_SHOCK_WEIGHTS,
  ALTERNATE_MONITORS,
  ATTRIBUTION_WEIGHTS,
  CONVOY_ATTACK_WEIGHT,
  DISPUTE_DISCOUNT,
  OFFENSIVE_WEIGHT,
} from './shocks.js';
import { addTo, pushCapped, removeFrom } from './util.js';

/** Remember a named besieged location reached by aid (once; other locations are not counted). */
function markReached(s: IssgState, location: string): void {
  if (isBesiegedLocation(location) && !s.humanitarian.besiegedReached.includes(location))
    s.humanitarian.besiegedReached.push(location);
}

/** Add a shock to the disruption of humanitarian access. */
function disrupt(s: IssgState, at: string, weight: number): void {
  bump(s.humanitarian.disruption, at, weight, ACCESS_DISRUPTION_HALF_LIFE_DAYS);
}

/**
 * A besieged place that aid reached, or that was emptied, is no longer cut off: the standing weight of its
 * denial becomes an ordinary shock that fades from today.
 */
function lift(s: IssgState, at: string, location: string): void {
  const cut = s.humanitarian.cutOff;
  if (!cut.includes(location)) return;
  removeFrom(cut, location);
  disrupt(s, at, ACCESS_SHOCK_WEIGHTS.deniedBesieged);
}

/** Evolve hostilities, violations, humanitarian access and observations. Returns false if not handled. */
export function evolveField(s: IssgState, e: IssgEvent, at: string): boolean {
  const day = dateOf(at);
  const h = s.hostilities;
  switch (e.type) {
    case 'terms-agreed':
      h.terms = { signOnDeadline: e.data.signOnDeadline, effectiveAt: e.data.effectiveAt, agreedAt: day };
      return true;
    case 'party-signed-on':
      addTo(h.parties, e.data.party);
      return true;
    case 'cessation-took-effect':
    case 'cessation-renewed':
      if (h.status !== 'cessation') h.transitions += 1;
      h.status = 'cessation';
      h.since = day;
      return true;
    case 'ceasefire-reached':
      h.status = 'ceasefire';
      h.since = day;
      h.transitions += 1;
      return true;
    case 'arrangement-collapsed':
      h.status = 'collapsed';
      h.since = day;
      h.transitions += 1;
      h.localExtensions = [];
      return true;
    case 'local-extension-declared':
      pushCapped(
        h.localExtensions,
        { area: e.data.area, at: day, hours: e.data.hours ?? null },
        LIMITS.localExtensions,
      );
      return true;
    case 'goal-set':
      h.goal = e.data.goal;
      return true;
    case 'non-compliance-rule-adopted':
      h.nonComplianceRule = true;
      return true;
    case 'violation-reported': {
      const v = s.violations;
      const d = e.data;
      v.total += 1;
      if (d.attribution === 'verified') v.verified += 1;
      if (d.attribution === 'contested') v.contested += 1;
      v.killed += d.killed ?? 0;
      if (d.countsTowardArrangement) {
        v.counted += 1;
        const p = v.byParty[d.perpetrator] ?? { violations: 0, severity: 0, referrals: 0 };
        p.violations += 1;
        p.severity += d.severity;
        v.byParty[d.perpetrator] = p;
      }
      // Every violation adds to the level of violence (the coalition's strike at Deir ez-Zor too, though it
      // counts against no party), weighted by how well its attribution is established.
      bump(s.violence, at, d.severity * ATTRIBUTION_WEIGHTS[d.attribution], VIOLENCE_HALF_LIFE_DAYS);
      pushCapped(
        v.recent,
        {
          violation: d.violation,
          at: day,
          perpetrator: d.perpetrator,
          location: d.location,
          severity: d.severity,
          attribution: d.attribution,
          disputed: false,
        },
        LIMITS.recentViolations,
      );
      return true;
    }
    case 'violation-disputed': {
      const r = s.violations.recent.find((x) => x.violation === e.data.violation);
      if (r && !r.disputed) {
        r.disputed = true;
        s.violations.disputed += 1;
        // A disputed blame weighs less: take away a share of what the report still weighs today.
        const days = Math.max(0, daysBetween(r.at, at));
        const left =
          r.severity * ATTRIBUTION_WEIGHTS[r.attribution] * 0.5 ** (days / VIOLENCE_HALF_LIFE_DAYS);
        bump(s.violence, at, -DISPUTE_DISCOUNT * left, VIOLENCE_HALF_LIFE_DAYS);
      }
      return true;
    }
    case 'non-compliance-referred': {
      addTo(s.referrals, e.data.party);
      const p = s.violations.byParty[e.data.party] ?? { violations: 0, severity: 0, referrals: 0 };
      p.referrals += 1;
      s.violations.byParty[e.data.party] = p;
      return true;
    }
    case 'party-excluded':
      removeFrom(h.parties, e.data.party);
      addTo(h.excludedParties, e.data.party);
      return true;
    case 'party-reinstated':
      removeFrom(h.excludedParties, e.data.party);
      removeFrom(s.referrals, e.data.party);
      addTo(h.parties, e.data.party);
      return true;
    case 'designation-requested':
      pushCapped(s.designationRequests, { group: e.data.group, by: e.data.by }, LIMITS.designationRequests);
      return true;
    case 'designation-decided':
      s.designationRequests = s.designationRequests.filter((r) => r.group !== e.data.group);
      if (e.data.outcome === 'listed') {
        addTo(s.designated, e.data.group);
        removeFrom(h.parties, e.data.group);
        removeFrom(h.excludedParties, e.data.group);
        removeFrom(s.political.talks.parties, e.data.group);
      }
      return true;
    case 'offensive-announced':
      bump(s.violence, at, OFFENSIVE_WEIGHT, VIOLENCE_HALF_LIFE_DAYS);
      return true;
    case 'access-requested':
      s.humanitarian.requests.requested += 1;
      return true;
    case 'access-granted':
      s.humanitarian.requests.granted += 1;
      return true;
    case 'access-denied': {
      s.humanitarian.requests.denied += 1;
      const besieged = isBesiegedLocation(e.data.location);
      disrupt(s, at, besieged ? ACCESS_SHOCK_WEIGHTS.deniedBesieged : ACCESS_SHOCK_WEIGHTS.denied);
      // A besieged place denied access stays cut off until aid reaches it: that weight does not fade.
      if (besieged) addTo(s.humanitarian.cutOff, e.data.location);
      return true;
    }
    case 'convoy-delivered': {
      const c = s.humanitarian.convoys;
      c.delivered += 1;
      c.trucks += e.data.trucks ?? 0;
      s.humanitarian.peopleReachedByConvoys += e.data.peopleReached ?? 0;
      s.humanitarian.convoysSuspended = false;
      markReached(s, e.data.location);
      lift(s, at, e.data.location);
      return true;
    }
    case 'convoy-attacked': {
      const c = s.humanitarian.convoys;
      c.attacked += 1;
      c.trucksHit += e.data.trucksHit;
      c.killed += e.data.killed;
      bump(s.violence, at, CONVOY_ATTACK_WEIGHT, VIOLENCE_HALF_LIFE_DAYS);
      disrupt(s, at, ACCESS_SHOCK_WEIGHTS.convoyAttacked);
      return true;
    }
    case 'convoys-suspended':
      s.humanitarian.convoysSuspended = true;
      disrupt(s, at, ACCESS_SHOCK_WEIGHTS.convoysSuspended);
      return true;
    case 'air-drops-authorized':
      s.humanitarian.airDrops.authorized = true;
      s.humanitarian.airDrops.trigger = e.data.trigger;
      return true;
    case 'air-drop-conducted': {
      const a = s.humanitarian.airDrops;
      if (e.data.outcome === 'delivered') {
        a.conducted += 1;
        a.tonnes += e.data.tonnes;
        markReached(s, e.data.location);
        lift(s, at, e.data.location);
      } else a.failed += 1;
      return true;
    }
    case 'evacuation-completed':
      lift(s, at, e.data.location);
      return true;
    case 'detainees-released':
      s.humanitarian.detaineesReleased += e.data.count;
      return true;
    case 'indicator-observed': {
      const o = { value: e.data.value, at: day };
      const m = e.data.monitor;
      if (m !== undefined && ALTERNATE_MONITORS.includes(m)) {
        const byMonitor = s.observationsByMonitor[m] ?? {};
        byMonitor[e.data.indicator] = o;
        s.observationsByMonitor[m] = byMonitor;
      } else s.observations[e.data.indicator] = o;
      return true;
    }
    default:
      return false;
  }
}
