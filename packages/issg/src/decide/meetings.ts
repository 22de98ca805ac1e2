import { dateOf } from '@parley/core';
import { type DecisionRule, describeDecisionRule, meetsDecisionRule } from '@parley/negotiation';
import type { MeetingCommand, Provision } from '../commands/types.js';
import type { IssgEvent } from '../events/catalog.js';
import type { IssgState } from '../state/types.js';
import { isSyrianParty } from '../vocabulary/parties.js';
import { isBasisResolution, RESOLUTION_ERRATA } from '../vocabulary/resolutions.js';
import { ensure, ensureNotDesignated, ensureNotEmpty, ensureNotExcluded } from './guards.js';
import { RULES } from './rules.js';

type Out = IssgEvent[];

/** Events of the commitments whose deadline has passed unmet by `at` (a deadline day counts in full). */
export function lapsedBy(state: IssgState, at: string): Out {
  return state.commitments.pending
    .filter((c) => dateOf(c.deadline) < dateOf(at))
    .map((c) => ({ type: 'commitment-lapsed', data: { commitment: c.commitment, deadline: c.deadline } }));
}

function provisionEvents(state: IssgState, p: Provision): Out {
  switch (p.kind) {
    case 'goal':
      return [{ type: 'goal-set', data: { goal: p.goal } }];
    case 'non-compliance-rule':
      return [{ type: 'non-compliance-rule-adopted', data: { referralTo: p.referralTo } }];
    case 'air-drops':
      return [{ type: 'air-drops-authorized', data: { trigger: p.trigger } }];
    case 'transition-target':
      return [{ type: 'transition-target-set', data: { date: p.date } }];
    case 'commitment': {
      const { kind: _k, ...rest } = p;
      return decideMeeting(
        { ...rest, type: 'make-commitment', at: state.at ?? p.deadline },
        state,
        'consensus',
      );
    }
    case 'cite': {
      const { kind: _k, ...rest } = p;
      return decideMeeting(
        { ...rest, type: 'cite-resolution', at: state.at ?? '1970-01-01' },
        state,
        'consensus',
      );
    }
    case 'position':
      return [{ type: 'position-stated', data: { by: 'issg', issue: p.issue, position: p.position } }];
  }
}

/** Decide a meeting, membership, statement, commitment, agreement or resolution command. */
export function decideMeeting(c: MeetingCommand, state: IssgState, rule: DecisionRule): Out {
  switch (c.type) {
    case 'admit-members': {
      ensureNotEmpty(c.members, 'members');
      ensureNotDesignated(state, c.members, 'become an ISSG member');
      for (const m of c.members) {
        ensure(!state.issg.members.includes(m), RULES.alreadyMember, `"${m}" is already a member`);
        ensure(
          !isSyrianParty(m),
          RULES.syrianPartiesNeverMembers,
          `"${m}" is a Syrian party, never a member`,
        );
      }
      return [{ type: 'members-admitted', data: { members: [...c.members] } }];
    }
    case 'designate-co-chairs': {
      ensureNotEmpty(c.coChairs, 'coChairs');
      for (const m of c.coChairs)
        ensure(
          state.issg.members.includes(m),
          RULES.coChairNotMember,
          `"${m}" is not a member; admit it first`,
        );
      return [{ type: 'co-chairs-designated', data: { coChairs: [...c.coChairs] } }];
    }
    case 'convene-meeting': {
      const open = state.meetings.open;
      ensure(
        open === null,
        RULES.meetingAlreadyOpen,
        `meeting "${open?.meeting}" is still open; conclude it (conclude-meeting) before convening "${c.meeting}"`,
      );
      ensureNotEmpty(c.attendees, 'attendees');
      const invited = c.invited ?? [];
      ensureNotDesignated(state, [...c.attendees, ...invited], 'attend a meeting');
      if (c.format === 'issg')
        for (const a of c.attendees)
          ensure(
            state.issg.members.includes(a) || invited.includes(a),
            RULES.attendeeNotMember,
            `"${a}" is neither a member nor invited to the ISSG meeting "${c.meeting}"`,
          );
      return [
        {
          type: 'meeting-convened',
          data: {
            meeting: c.meeting,
            place: c.place,
            format: c.format,
            attendees: [...c.attendees],
            ...(c.invited ? { invited: [...c.invited] } : {}),
            ...(c.attendance ? { attendance: c.attendance } : {}),
          },
        },
      ];
    }
    case 'conclude-meeting': {
      ensure(
        state.meetings.open?.meeting === c.meeting,
        RULES.noSuchMeeting,
        `"${c.meeting}" is not the open meeting (open: ${state.meetings.open?.meeting ?? 'none'})`,
      );
      ensureNonNegativeHours(c.hours);
      return [
        {
          type: 'meeting-concluded',
          data: {
            meeting: c.meeting,
            ...(c.hours !== undefined ? { hours: c.hours } : {}),
            ...(c.outcome !== undefined ? { outcome: c.outcome } : {}),
          },
        },
      ];
    }
    case 'hold-task-force-meeting':
      return [{ type: 'task-force-met', data: { taskForce: c.taskForce, place: c.place } }];
    case 'propose-statement': {
      ensureNotEmpty(c.by, 'by');
      ensure(
        !state.statements.pending.some((p) => p.statement === c.statement),
        RULES.statementExists,
        `statement "${c.statement}" is already pending`,
      );
      if (c.meeting !== null)
        ensure(
          state.meetings.open?.meeting === c.meeting,
          RULES.meetingNotOpen,
          `meeting "${c.meeting}" is not open; convene it first`,
        );
      ensureNotDesignated(state, c.by, 'propose a statement');
      return [
        {
          type: 'statement-proposed',
          data: { statement: c.statement, title: c.title, by: [...c.by], meeting: c.meeting },
        },
      ];
    }
    case 'adopt-statement': {
      const p = state.statements.pending.find((x) => x.statement === c.statement);
      ensure(
        p !== undefined,
        RULES.statementNotProposed,
        `statement "${c.statement}" was not proposed (propose-statement)`,
      );
      const objectors = c.objectors ?? [];
      ensureNotEmpty(c.supporters, 'supporters');
      let used = describeDecisionRule(rule);
      if (p.meeting !== null) {
        const open = state.meetings.open;
        ensure(open?.meeting === p.meeting, RULES.meetingNotOpen, `meeting "${p.meeting}" is no longer open`);
        const present = open.attendees.filter((a) => state.issg.members.includes(a));
        for (const v of [...c.supporters, ...objectors])
          ensure(
            present.includes(v),
            RULES.supporterNotPresent,
            `"${v}" is not a member present at "${p.meeting}"`,
          );
        ensure(
          meetsDecisionRule(rule, {
            present,
            coChairs: state.issg.coChairs,
            supporters: c.supporters,
            objectors,
          }),
          RULES.decisionRuleNotMet,
          `statement "${c.statement}" is not adopted under ${used}: ${c.supporters.length} of ${present.length} members present support it${
            objectors.length ? `, objecting: ${objectors.join(', ')}` : ''
          }`,
        );
      } else {
        used = 'joint (all issuers)';
        ensure(
          objectors.length === 0 && p.by.every((b) => c.supporters.includes(b)),
          RULES.decisionRuleNotMet,
          `a joint statement needs every issuer (${p.by.join(', ')}) and no objector`,
        );
        ensureNotExcluded(state, c.supporters, 'sign a statement');
      }
      const out: Out = [
        {
          type: 'statement-adopted',
          data: { statement: c.statement, title: p.title, supporters: [...c.supporters], decisionRule: used },
        },
      ];
      const promised = (c.provisions ?? []).flatMap((pr) =>
        pr.kind === 'commitment' ? [pr.commitment] : [],
      );
      ensure(
        new Set(promised).size === promised.length,
        RULES.commitmentExists,
        `statement "${c.statement}" makes the same commitment twice`,
      );
      for (const pr of c.provisions ?? []) out.push(...provisionEvents(state, pr));
      return out;
    }
    case 'make-commitment': {
      ensureNotEmpty(c.by, 'by');
      ensure(
        !state.commitments.pending.some((x) => x.commitment === c.commitment),
        RULES.commitmentExists,
        `commitment "${c.commitment}" is already pending`,
      );
      return [
        {
          type: 'commitment-made',
          data: { commitment: c.commitment, by: [...c.by], description: c.description, deadline: c.deadline },
        },
      ];
    }
    case 'meet-commitment': {
      ensure(
        state.commitments.pending.some((x) => x.commitment === c.commitment),
        RULES.unknownCommitment,
        `commitment "${c.commitment}" is not pending`,
      );
      return [{ type: 'commitment-met', data: { commitment: c.commitment } }];
    }
    case 'record-lapse': {
      const x = state.commitments.pending.find((p) => p.commitment === c.commitment);
      ensure(x !== undefined, RULES.unknownCommitment, `commitment "${c.commitment}" is not pending`);
      ensure(
        dateOf(c.at) >= dateOf(x.deadline),
        RULES.deadlineNotPassed,
        `the deadline of "${c.commitment}" is ${x.deadline}; it cannot lapse at ${c.at}`,
      );
      return [{ type: 'commitment-lapsed', data: { commitment: x.commitment, deadline: x.deadline } }];
    }
    case 'check-deadlines':
      return [];
    case 'reach-agreement': {
      ensureNotEmpty(c.signatories, 'signatories');
      ensureNotDesignated(state, c.signatories, 'sign an agreement');
      ensureNotExcluded(state, c.signatories, 'sign an agreement');
      ensureNonNegativeHours(c.documents);
      return [
        {
          type: 'agreement-reached',
          data: {
            agreement: c.agreement,
            title: c.title,
            signatories: [...c.signatories],
            published: c.published,
            ...(c.documents !== undefined ? { documents: c.documents } : {}),
          },
        },
      ];
    }
    case 'suspend-channel':
      return [{ type: 'channel-suspended', data: { by: c.by, with: c.with, channel: c.channel } }];
    case 'adopt-resolution':
      return [{ type: 'resolution-adopted', data: { resolution: c.resolution, vote: c.vote } }];
    case 'fail-resolution':
      ensureNotEmpty(c.by, 'by');
      return [
        {
          type: 'draft-resolution-failed',
          data: { draft: c.draft, by: [...c.by], vote: c.vote, vetoedBy: [...c.vetoedBy] },
        },
      ];
    case 'cite-resolution': {
      const erratum = RESOLUTION_ERRATA[c.resolution];
      ensure(
        isBasisResolution(c.resolution),
        RULES.resolutionNotInBasis,
        `UNSCR ${c.resolution} is not a basis resolution${
          erratum
            ? `; the source means ${erratum.means} (${erratum.why}): cite ${erratum.means} with asWritten: '${c.resolution}'`
            : ''
        }`,
      );
      return [
        {
          type: 'resolution-cited',
          data: {
            resolution: c.resolution,
            by: c.by,
            ...(c.asWritten !== undefined ? { asWritten: c.asWritten } : {}),
          },
        },
      ];
    }
  }
}

function ensureNonNegativeHours(v: number | undefined): void {
  if (v !== undefined) ensure(Number.isFinite(v) && v >= 0, RULES.negativeCount, `must be ≥ 0, got ${v}`);
}
