import { assertNever, dateOf } from '@parley/core';
import type { IssgEvent } from '../events/catalog.js';
import { type IssgState, LIMITS } from '../state/types.js';
import { addTo, pushCapped, removeFrom } from './util.js';

/** Evolve meetings, membership, statements, commitments, agreements, resolutions and talks. Returns false if not handled. */
/** The events of the diplomatic tracks (meetings, statements, commitments, agreements, talks). */
export const DIPLOMACY_EVENT_TYPES = [
  'members-admitted',
  'co-chairs-designated',
  'meeting-convened',
  'meeting-concluded',
  'task-force-met',
  'statement-proposed',
  'statement-adopted',
  'commitment-made',
  'commitment-met',
  'commitment-lapsed',
  'agreement-reached',
  'channel-suspended',
  'resolution-adopted',
  'resolution-cited',
  'talks-scheduled',
  'talks-opened',
  'talks-paused',
  'participation-postponed',
  'participation-resumed',
  'talks-round-ended',
  'transition-target-set',
  'position-stated',
  'disagreement-recorded',
  'draft-resolution-failed',
] as const satisfies readonly IssgEvent['type'][];

/** An event {@link evolveDiplomacy} folds; every other ISSG event is a field event (`evolveField`). */
export type DiplomacyEvent = Extract<IssgEvent, { type: (typeof DIPLOMACY_EVENT_TYPES)[number] }>;

const DIPLOMACY = new Set<string>(DIPLOMACY_EVENT_TYPES);

/** True for an event of the diplomatic tracks. */
export function isDiplomacyEvent(e: IssgEvent): e is DiplomacyEvent {
  return DIPLOMACY.has(e.type);
}

export function evolveDiplomacy(s: IssgState, e: DiplomacyEvent, at: string): void {
  const day = dateOf(at);
  switch (e.type) {
    case 'members-admitted':
      for (const m of e.data.members) {
        addTo(s.issg.members, m);
        if (!(m in s.issg.joined)) s.issg.joined[m] = day;
      }
      return;
    case 'co-chairs-designated':
      s.issg.coChairs = [...e.data.coChairs];
      return;
    case 'meeting-convened':
      s.meetings.open = {
        meeting: e.data.meeting,
        format: e.data.format,
        place: e.data.place,
        attendees: [...e.data.attendees],
        invited: [...(e.data.invited ?? [])],
        at: day,
      };
      s.meetings.total += 1;
      if (e.data.format === 'issg') s.meetings.issgMeetings += 1;
      return;
    case 'meeting-concluded': {
      const open = s.meetings.open;
      if (open)
        s.meetings.last = { meeting: open.meeting, format: open.format, place: open.place, at: open.at };
      s.meetings.open = null;
      // Proposals of a concluded meeting that were not adopted lapse with it.
      s.statements.pending = s.statements.pending.filter((p) => p.meeting !== e.data.meeting);
      return;
    }
    case 'task-force-met':
      s.meetings.taskForces[e.data.taskForce] += 1;
      return;
    case 'statement-proposed':
      pushCapped(
        s.statements.pending,
        { statement: e.data.statement, title: e.data.title, by: [...e.data.by], meeting: e.data.meeting },
        LIMITS.pendingStatements,
      );
      return;
    case 'statement-adopted':
      s.statements.pending = s.statements.pending.filter((p) => p.statement !== e.data.statement);
      s.statements.adopted += 1;
      pushCapped(
        s.statements.recent,
        { statement: e.data.statement, title: e.data.title, at: day },
        LIMITS.recent,
      );
      return;
    case 'commitment-made':
      pushCapped(
        s.commitments.pending,
        {
          commitment: e.data.commitment,
          by: [...e.data.by],
          description: e.data.description,
          deadline: e.data.deadline,
        },
        LIMITS.pendingCommitments,
      );
      return;
    case 'commitment-met':
      s.commitments.pending = s.commitments.pending.filter((c) => c.commitment !== e.data.commitment);
      s.commitments.met += 1;
      return;
    case 'commitment-lapsed':
      s.commitments.pending = s.commitments.pending.filter((c) => c.commitment !== e.data.commitment);
      s.commitments.lapsed += 1;
      pushCapped(s.commitments.recentLapsed, e.data.commitment, LIMITS.recent);
      return;
    case 'agreement-reached':
      s.agreements.count += 1;
      pushCapped(
        s.agreements.recent,
        { agreement: e.data.agreement, title: e.data.title, at: day },
        LIMITS.recent,
      );
      return;
    case 'channel-suspended':
      pushCapped(
        s.channels.suspended,
        { by: e.data.by, with: e.data.with, channel: e.data.channel, at: day },
        LIMITS.suspendedChannels,
      );
      return;
    case 'resolution-adopted':
    case 'resolution-cited':
      addTo(s.resolutions, e.data.resolution);
      s.resolutions.sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0));
      return;
    case 'talks-scheduled':
      s.political.talks.status = 'scheduled';
      s.political.talks.nextDate = e.data.date;
      s.political.talks.since = day;
      return;
    case 'talks-opened': {
      const t = s.political.talks;
      t.status = 'in-session';
      t.round = e.data.round;
      t.nextDate = null;
      t.since = day;
      t.parties = [...e.data.parties];
      t.postponedBy = [];
      return;
    }
    case 'talks-paused':
      s.political.talks.status = 'paused';
      s.political.talks.nextDate = e.data.until;
      s.political.talks.since = day;
      return;
    case 'participation-postponed':
      addTo(s.political.talks.postponedBy, e.data.party);
      return;
    case 'participation-resumed':
      removeFrom(s.political.talks.postponedBy, e.data.party);
      return;
    case 'talks-round-ended':
      s.political.talks.status = 'adjourned';
      s.political.talks.nextDate = e.data.nextDate;
      s.political.talks.since = day;
      s.political.talks.postponedBy = [];
      return;
    case 'transition-target-set':
      s.political.transitionTarget = e.data.date;
      return;
    case 'position-stated': {
      const list = s.political.positions;
      const i = list.findIndex((p) => p.by === e.data.by && p.issue === e.data.issue);
      if (i >= 0) list.splice(i, 1);
      pushCapped(
        list,
        { by: e.data.by, issue: e.data.issue, position: e.data.position, at: day },
        LIMITS.positions,
      );
      return;
    }
    case 'disagreement-recorded':
      pushCapped(
        s.political.disagreements,
        { issue: e.data.issue, between: [...e.data.between], note: e.data.note, at: day },
        LIMITS.disagreements,
      );
      return;
    case 'draft-resolution-failed':
      // a setback of momentum (weights.ts) and a line of the timeline; no field of the state records drafts
      return;
    default:
      assertNever(e);
  }
}
