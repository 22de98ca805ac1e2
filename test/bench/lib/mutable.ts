/**
 * The hand-written baseline: the ISSG fold written out by hand as one `switch` over `type` on a plain
 * object — no decider, no recipes, no immer, no freezing. It computes the same state as the ISSG
 * `evolve` (checked at start-up against `replay`), so both do the same work; it is the "physical limit"
 * a fold of these events can reach in this runtime.
 */

import {
  ACCESS_DISRUPTION_HALF_LIFE_DAYS,
  ACCESS_SHOCK_WEIGHTS,
  ALTERNATE_MONITORS,
  ATTRIBUTION_WEIGHTS,
  DISPUTE_DISCOUNT,
  LOCATIONS,
  MOMENTUM_HALF_LIFE_DAYS,
  PROGRESS_WEIGHTS,
  SETBACK_WEIGHTS,
  VIOLENCE_HALF_LIFE_DAYS,
} from '@parley/issg';

// The weights and half-lives are data of the domain, shared; the fold itself is written out by hand.
const VIOLENCE_HALF_LIFE = VIOLENCE_HALF_LIFE_DAYS;
const MOMENTUM_HALF_LIFE = MOMENTUM_HALF_LIFE_DAYS;
const PROGRESS = PROGRESS_WEIGHTS as Readonly<Record<string, number>>;
const SETBACK = SETBACK_WEIGHTS as Readonly<Record<string, number>>;

/** The besieged locations of the vocabulary (a delivery there is remembered in `besiegedReached`). */
const BESIEGED = new Set(LOCATIONS.filter((l) => l.besieged).map((l) => l.id));

function reached(s: any, location: string): void {
  const list: string[] | undefined = s.humanitarian.besiegedReached;
  if (list !== undefined && BESIEGED.has(location) && !list.includes(location)) list.push(location);
}

/** A besieged place reached or emptied is no longer cut off: its denial becomes a fading shock. */
function lift(s: any, at: string, location: string): void {
  const cut: string[] | undefined = s.humanitarian.cutOff;
  const i = cut === undefined ? -1 : cut.indexOf(location);
  if (i < 0) return;
  cut!.splice(i, 1);
  bump(s.humanitarian.disruption, at, ACCESS_SHOCK_WEIGHTS.deniedBesieged, ACCESS_DISRUPTION_HALF_LIFE_DAYS);
}

/**
 * Days since 1970-01-01 of the `YYYY-MM-DD` a world time starts with, by arithmetic (Howard Hinnant's
 * civil-date algorithm) — the same computation as core's `daysBetween` for years 0100–9999, which is
 * what the ISSG `evolve` pays per decay bump; no `Date`.
 */
function dayNumber(at: string): number {
  const d = (i: number) => at.charCodeAt(i) - 48;
  let y = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  const m = d(5) * 10 + d(6);
  const day = d(8) * 10 + d(9);
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The ISSG rule (`bump` of @parley/issg): no decay when the level is 0 or was last bumped at `at`. */
function bump(
  level: { level: number; lastAt: string | null },
  at: string,
  weight: number,
  half: number,
): void {
  let v = level.level;
  if (level.lastAt !== null && level.lastAt !== at && v !== 0) {
    const days = Math.max(0, dayNumber(at) - dayNumber(level.lastAt));
    v = v * 0.5 ** (days / half);
  }
  level.level = Math.max(0, v + weight);
  level.lastAt = at;
}

function push(list: any[], item: unknown, cap: number): void {
  list.push(item);
  if (list.length > cap) list.splice(0, list.length - cap);
}
function add(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}
function remove(list: string[], item: string): void {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}

/** Fold `events` into `s` (an ISSG initial state, mutated in place) and return it. */
export function mutableIssgFold(s: any, events: readonly any[]): any {
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const d = e.data;
    const at: string = e.at;
    const day = at.slice(0, 10);
    const h = s.hostilities;
    s.at = at;
    s.seq = e.seq;
    switch (e.type) {
      case 'members-admitted':
        for (const m of d.members) {
          add(s.issg.members, m);
          if (!(m in s.issg.joined)) s.issg.joined[m] = day;
        }
        break;
      case 'co-chairs-designated':
        s.issg.coChairs = [...d.coChairs];
        break;
      case 'meeting-convened':
        s.meetings.open = {
          meeting: d.meeting,
          format: d.format,
          place: d.place,
          attendees: [...d.attendees],
          invited: [...(d.invited ?? [])],
          at: day,
        };
        s.meetings.total += 1;
        if (d.format === 'issg') s.meetings.issgMeetings += 1;
        break;
      case 'meeting-concluded': {
        const open = s.meetings.open;
        if (open)
          s.meetings.last = { meeting: open.meeting, format: open.format, place: open.place, at: open.at };
        s.meetings.open = null;
        s.statements.pending = s.statements.pending.filter((p: any) => p.meeting !== d.meeting);
        break;
      }
      case 'task-force-met':
        s.meetings.taskForces[d.taskForce] += 1;
        break;
      case 'statement-proposed':
        push(
          s.statements.pending,
          { statement: d.statement, title: d.title, by: [...d.by], meeting: d.meeting },
          16,
        );
        break;
      case 'statement-adopted':
        s.statements.pending = s.statements.pending.filter((p: any) => p.statement !== d.statement);
        s.statements.adopted += 1;
        push(s.statements.recent, { statement: d.statement, title: d.title, at: day }, 10);
        break;
      case 'commitment-made':
        push(
          s.commitments.pending,
          { commitment: d.commitment, by: [...d.by], description: d.description, deadline: d.deadline },
          32,
        );
        break;
      case 'commitment-met':
        s.commitments.pending = s.commitments.pending.filter((c: any) => c.commitment !== d.commitment);
        s.commitments.met += 1;
        break;
      case 'commitment-lapsed':
        s.commitments.pending = s.commitments.pending.filter((c: any) => c.commitment !== d.commitment);
        s.commitments.lapsed += 1;
        push(s.commitments.recentLapsed, d.commitment, 10);
        break;
      case 'agreement-reached':
        s.agreements.count += 1;
        push(s.agreements.recent, { agreement: d.agreement, title: d.title, at: day }, 10);
        break;
      case 'channel-suspended':
        push(s.channels.suspended, { by: d.by, with: d.with, channel: d.channel, at: day }, 10);
        break;
      case 'resolution-adopted':
      case 'resolution-cited':
        add(s.resolutions, d.resolution);
        s.resolutions.sort((a: string, b: string) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0));
        break;
      case 'talks-scheduled': {
        const t = s.political.talks;
        t.status = 'scheduled';
        t.nextDate = d.date;
        t.since = day;
        break;
      }
      case 'talks-opened': {
        const t = s.political.talks;
        t.status = 'in-session';
        t.round = d.round;
        t.nextDate = null;
        t.since = day;
        t.parties = [...d.parties];
        t.postponedBy = [];
        break;
      }
      case 'talks-paused': {
        const t = s.political.talks;
        t.status = 'paused';
        t.nextDate = d.until;
        t.since = day;
        break;
      }
      case 'participation-postponed':
        add(s.political.talks.postponedBy, d.party);
        break;
      case 'participation-resumed':
        remove(s.political.talks.postponedBy, d.party);
        break;
      case 'talks-round-ended': {
        const t = s.political.talks;
        t.status = 'adjourned';
        t.nextDate = d.nextDate;
        t.since = day;
        t.postponedBy = [];
        break;
      }
      case 'transition-target-set':
        s.political.transitionTarget = d.date;
        break;
      case 'position-stated': {
        const list = s.political.positions;
        const k = list.findIndex((p: any) => p.by === d.by && p.issue === d.issue);
        if (k >= 0) list.splice(k, 1);
        push(list, { by: d.by, issue: d.issue, position: d.position, at: day }, 40);
        break;
      }
      case 'disagreement-recorded':
        push(
          s.political.disagreements,
          { issue: d.issue, between: [...d.between], note: d.note, at: day },
          20,
        );
        break;
      case 'terms-agreed':
        h.terms = { signOnDeadline: d.signOnDeadline, effectiveAt: d.effectiveAt, agreedAt: day };
        break;
      case 'party-signed-on':
        add(h.parties, d.party);
        break;
      case 'cessation-took-effect':
      case 'cessation-renewed':
        if (h.status !== 'cessation') h.transitions += 1;
        h.status = 'cessation';
        h.since = day;
        break;
      case 'ceasefire-reached':
        h.status = 'ceasefire';
        h.since = day;
        h.transitions += 1;
        break;
      case 'arrangement-collapsed':
        h.status = 'collapsed';
        h.since = day;
        h.transitions += 1;
        h.localExtensions = [];
        break;
      case 'local-extension-declared':
        push(h.localExtensions, { area: d.area, at: day, hours: d.hours ?? null }, 10);
        break;
      case 'goal-set':
        h.goal = d.goal;
        break;
      case 'non-compliance-rule-adopted':
        h.nonComplianceRule = true;
        break;
      case 'violation-reported': {
        const v = s.violations;
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
        bump(
          s.violence,
          at,
          d.severity * ATTRIBUTION_WEIGHTS[d.attribution as 'verified'],
          VIOLENCE_HALF_LIFE,
        );
        push(
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
          20,
        );
        break;
      }
      case 'violation-disputed': {
        const r = s.violations.recent.find((x: any) => x.violation === d.violation);
        if (r && !r.disputed) {
          r.disputed = true;
          s.violations.disputed += 1;
          const days = Math.max(0, dayNumber(at) - dayNumber(r.at));
          const left =
            r.severity *
            ATTRIBUTION_WEIGHTS[r.attribution as 'verified'] *
            0.5 ** (days / VIOLENCE_HALF_LIFE);
          bump(s.violence, at, -DISPUTE_DISCOUNT * left, VIOLENCE_HALF_LIFE);
        }
        break;
      }
      case 'non-compliance-referred': {
        add(s.referrals, d.party);
        const p = s.violations.byParty[d.party] ?? { violations: 0, severity: 0, referrals: 0 };
        p.referrals += 1;
        s.violations.byParty[d.party] = p;
        break;
      }
      case 'party-excluded':
        remove(h.parties, d.party);
        add(h.excludedParties, d.party);
        break;
      case 'party-reinstated':
        remove(h.excludedParties, d.party);
        remove(s.referrals, d.party);
        add(h.parties, d.party);
        break;
      case 'designation-requested':
        push(s.designationRequests, { group: d.group, by: d.by }, 10);
        break;
      case 'designation-decided':
        s.designationRequests = s.designationRequests.filter((r: any) => r.group !== d.group);
        if (d.outcome === 'listed') {
          add(s.designated, d.group);
          remove(h.parties, d.group);
          remove(h.excludedParties, d.group);
          remove(s.political.talks.parties, d.group);
        }
        break;
      case 'offensive-announced':
        bump(s.violence, at, 3, VIOLENCE_HALF_LIFE);
        break;
      case 'access-requested':
        s.humanitarian.requests.requested += 1;
        break;
      case 'access-granted':
        s.humanitarian.requests.granted += 1;
        break;
      case 'access-denied':
        s.humanitarian.requests.denied += 1;
        bump(
          s.humanitarian.disruption,
          at,
          BESIEGED.has(d.location) ? ACCESS_SHOCK_WEIGHTS.deniedBesieged : ACCESS_SHOCK_WEIGHTS.denied,
          ACCESS_DISRUPTION_HALF_LIFE_DAYS,
        );
        if (BESIEGED.has(d.location)) add(s.humanitarian.cutOff, d.location);
        break;
      case 'convoy-delivered': {
        const c = s.humanitarian.convoys;
        c.delivered += 1;
        c.trucks += d.trucks ?? 0;
        s.humanitarian.peopleReachedByConvoys += d.peopleReached ?? 0;
        s.humanitarian.convoysSuspended = false;
        reached(s, d.location);
        lift(s, at, d.location);
        break;
      }
      case 'convoy-attacked': {
        const c = s.humanitarian.convoys;
        c.attacked += 1;
        c.trucksHit += d.trucksHit;
        c.killed += d.killed;
        bump(s.violence, at, 5, VIOLENCE_HALF_LIFE);
        bump(
          s.humanitarian.disruption,
          at,
          ACCESS_SHOCK_WEIGHTS.convoyAttacked,
          ACCESS_DISRUPTION_HALF_LIFE_DAYS,
        );
        break;
      }
      case 'convoys-suspended':
        s.humanitarian.convoysSuspended = true;
        bump(
          s.humanitarian.disruption,
          at,
          ACCESS_SHOCK_WEIGHTS.convoysSuspended,
          ACCESS_DISRUPTION_HALF_LIFE_DAYS,
        );
        break;
      case 'air-drops-authorized':
        s.humanitarian.airDrops.authorized = true;
        s.humanitarian.airDrops.trigger = d.trigger;
        break;
      case 'air-drop-conducted': {
        const a = s.humanitarian.airDrops;
        if (d.outcome === 'delivered') {
          a.conducted += 1;
          a.tonnes += d.tonnes;
          reached(s, d.location);
          lift(s, at, d.location);
        } else a.failed += 1;
        break;
      }
      case 'evacuation-completed':
        lift(s, at, d.location);
        break;
      case 'detainees-released':
        s.humanitarian.detaineesReleased += d.count;
        break;
      case 'indicator-observed':
        if (d.monitor !== undefined && ALTERNATE_MONITORS.includes(d.monitor)) {
          s.observationsByMonitor[d.monitor] ??= {};
          s.observationsByMonitor[d.monitor][d.indicator] = { value: d.value, at: day };
        } else s.observations[d.indicator] = { value: d.value, at: day };
        break;
    }
    let progress = PROGRESS[e.type] ?? 0;
    let setback = SETBACK[e.type] ?? 0;
    if (e.type === 'talks-round-ended' && d.nextDate !== null) {
      setback = 0;
      progress = 0.5;
    }
    if (progress > 0) {
      bump(s.momentum.progress, at, progress, MOMENTUM_HALF_LIFE);
      s.momentum.lastStepAt = at;
    }
    if (setback > 0) bump(s.momentum.setbacks, at, setback, MOMENTUM_HALF_LIFE);
  }
  return s;
}
