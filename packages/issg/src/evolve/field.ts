import { dateOf } from '@parley/core';
import type { IssgEvent } from '../events/catalog.js';
import { bump, VIOLENCE_HALF_LIFE_DAYS } from '../indicators/decay.js';
import { type IssgState, LIMITS } from '../state/types.js';
import { isBesiegedLocation } from '../vocabulary/locations.js';
import { addTo, pushCapped, removeFrom } from './util.js';

/** Remember a named besieged location reached by aid (once; other locations are not counted). */
function markReached(s: IssgState, location: string): void {
  if (isBesiegedLocation(location) && !s.humanitarian.besiegedReached.includes(location))
    s.humanitarian.besiegedReached.push(location);
}

/** Weight of an attacked convoy and of an announced offensive in the violence level (severity scale 1–5). */
const CONVOY_ATTACK_WEIGHT = 5;
const OFFENSIVE_WEIGHT = 3;

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
        bump(s.violence, at, d.severity, VIOLENCE_HALF_LIFE_DAYS);
      }
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
    case 'access-denied':
      s.humanitarian.requests.denied += 1;
      return true;
    case 'convoy-delivered': {
      const c = s.humanitarian.convoys;
      c.delivered += 1;
      c.trucks += e.data.trucks ?? 0;
      s.humanitarian.peopleReachedByConvoys += e.data.peopleReached ?? 0;
      s.humanitarian.convoysSuspended = false;
      markReached(s, e.data.location);
      return true;
    }
    case 'convoy-attacked': {
      const c = s.humanitarian.convoys;
      c.attacked += 1;
      c.trucksHit += e.data.trucksHit;
      c.killed += e.data.killed;
      bump(s.violence, at, CONVOY_ATTACK_WEIGHT, VIOLENCE_HALF_LIFE_DAYS);
      return true;
    }
    case 'convoys-suspended':
      s.humanitarian.convoysSuspended = true;
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
      } else a.failed += 1;
      return true;
    }
    case 'detainees-released':
      s.humanitarian.detaineesReleased += e.data.count;
      return true;
    case 'indicator-observed':
      s.observations[e.data.indicator] = { value: e.data.value, at: day };
      return true;
    default:
      return false;
  }
}
