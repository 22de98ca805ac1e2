import { type Decider, InvariantError } from '@parley/core';
import type { Agenda } from '../agenda.js';
import type { NegotiationCommand } from '../commands.js';
import { describeDecisionRule } from '../decisionRule.js';
import type { NegotiationEvent } from '../events.js';
import { negotiationEvents } from '../events.js';
import {
  chairsOf,
  decideShared,
  ensureActor,
  ensureOpen,
  ensureText,
  isChair,
  type Out,
  orderedText,
  standingVote,
} from './common.js';
import { evolveNegotiation } from './evolve.js';
import { ensure, NEGOTIATION_RULES as R } from './rules.js';
import { initialNegotiationState, type NegotiationState } from './state.js';

/** A decider of a negotiation protocol. */
export type NegotiationProtocol = Decider<NegotiationState, NegotiationCommand, NegotiationEvent>;

function ensureChair(agenda: Agenda, by: string, what: string): void {
  ensure(
    isChair(agenda, by),
    R.chairOnly,
    () =>
      `only a chair (${chairsOf(agenda).join(', ')}) ${what}; "${by}" can propose an amendment or raise an objection instead`,
  );
}

function ensureDraft(state: NegotiationState, what: string): NonNullable<NegotiationState['draft']> {
  ensure(
    state.draft !== null,
    R.noDraft,
    () => `there is no draft on the table to ${what}; a chair tables one first (table-draft)`,
  );
  return state.draft;
}

function decideSingleText(agenda: Agenda, c: NegotiationCommand, state: NegotiationState): Out {
  switch (c.type) {
    case 'open-negotiation':
    case 'walk-out':
    case 'end-round':
    case 'send-message':
      return decideShared(agenda, 'single-text', c, state);
    case 'make-offer':
    case 'accept-offer':
      throw wrongProtocol(c.type);
    case 'table-draft': {
      ensureOpen(state);
      ensureActor(agenda, state, c.by);
      ensureChair(agenda, c.by, 'tables the draft');
      ensureText(agenda, c.text);
      return [
        {
          type: 'draft-tabled',
          data: {
            by: c.by,
            draft: orderedText(agenda, c.text),
            version: state.history.length + 1,
            round: state.round,
          },
        },
      ];
    }
    case 'propose-amendment': {
      ensureOpen(state);
      ensureActor(agenda, state, c.by);
      const draft = ensureDraft(state, 'amend');
      const issue = agenda.issues.find((i) => i.id === c.issue);
      ensure(
        issue !== undefined,
        R.invalidText,
        () =>
          `"${c.issue}" is not an issue of the agenda; its issues are ${agenda.issues.map((i) => i.id).join(', ')}`,
      );
      ensure(
        issue.options.some((o) => o.id === c.option),
        R.invalidText,
        () =>
          `"${c.option}" is not an option of the issue "${c.issue}"; pick one of ${issue.options.map((o) => o.id).join(', ')}`,
      );
      ensure(
        draft[c.issue] !== c.option,
        R.amendmentNoChange,
        () =>
          `the draft already says "${c.option}" on "${c.issue}"; propose another option, or withdraw your objection`,
      );
      return [
        {
          type: 'amendment-proposed',
          data: {
            amendment: `a${state.amendments.length + 1}`,
            by: c.by,
            issue: c.issue,
            option: c.option,
            round: state.round,
          },
        },
      ];
    }
    case 'accept-amendment':
    case 'reject-amendment': {
      ensureOpen(state);
      ensureActor(agenda, state, c.by);
      ensureChair(agenda, c.by, c.type === 'accept-amendment' ? 'accepts amendments' : 'rejects amendments');
      const a = state.amendments.find((x) => x.id === c.amendment && x.status === 'pending');
      ensure(
        a !== undefined,
        R.unknownAmendment,
        () =>
          `"${c.amendment}" is not a pending amendment; pending: ${
            state.amendments
              .filter((x) => x.status === 'pending')
              .map((x) => x.id)
              .join(', ') || 'none'
          }`,
      );
      if (c.type === 'reject-amendment')
        return [{ type: 'amendment-rejected', data: { amendment: a.id, by: c.by } }];
      const draft = ensureDraft(state, 'amend');
      return [
        {
          type: 'amendment-accepted',
          data: {
            amendment: a.id,
            by: c.by,
            draft: orderedText(agenda, { ...draft, [a.issue]: a.option }),
            version: state.history.length + 1,
          },
        },
      ];
    }
    case 'raise-objection': {
      ensureOpen(state);
      ensureActor(agenda, state, c.by);
      ensureDraft(state, 'object to');
      ensure(
        !state.objections.some((o) => o.by === c.by),
        R.alreadyObjecting,
        () =>
          `"${c.by}" already has a standing objection; propose an amendment to say what would remove it, or withdraw it first`,
      );
      if (c.issue !== undefined)
        ensure(
          agenda.issues.some((i) => i.id === c.issue),
          R.invalidText,
          () =>
            `"${c.issue}" is not an issue of the agenda; its issues are ${agenda.issues.map((i) => i.id).join(', ')}`,
        );
      return [
        {
          type: 'objection-raised',
          data: {
            by: c.by,
            ...(c.issue !== undefined ? { issue: c.issue } : {}),
            ...(c.reason !== undefined ? { reason: c.reason } : {}),
            version: state.history.length,
          },
        },
      ];
    }
    case 'withdraw-objection':
      ensureOpen(state);
      ensureActor(agenda, state, c.by);
      ensure(
        state.objections.some((o) => o.by === c.by),
        R.noObjection,
        () => `"${c.by}" has no standing objection to withdraw`,
      );
      return [{ type: 'objection-withdrawn', data: { by: c.by } }];
    case 'adopt-text': {
      ensureOpen(state);
      ensureActor(agenda, state, c.by);
      ensureChair(agenda, c.by, 'calls for adoption');
      const draft = ensureDraft(state, 'adopt');
      const vote = standingVote(agenda, state);
      ensure(
        vote.met,
        R.decisionRuleNotMet,
        () =>
          `the draft lacks the support ${describeDecisionRule(agenda.decisionRule)} requires${
            vote.objectors.length > 0 ? ` (standing objections: ${vote.objectors.join(', ')})` : ''
          }; revise the draft or accept amendments until the objections are withdrawn`,
      );
      return [
        {
          type: 'text-adopted',
          data: {
            text: orderedText(agenda, draft),
            round: state.round,
            supporters: vote.supporters,
            decisionRule: describeDecisionRule(agenda.decisionRule),
          },
        },
      ];
    }
  }
}

function wrongProtocol(type: string): InvariantError {
  return new InvariantError(
    R.wrongProtocol,
    `${type} belongs to alternating offers; under the single negotiating text a chair tables a draft (table-draft) and delegations propose amendments (propose-amendment)`,
  );
}

/**
 * The single negotiating text as a decider (Raiffa 1982; Fisher at Camp David; the ISSG's way): a chair
 * tables one draft; delegations propose amendments (never counter-drafts) and raise or withdraw
 * objections; a chair accepts or rejects amendments, revises the draft, and calls for adoption, which
 * the agenda's decision rule decides (under consensus any standing objection blocks); at the deadline
 * (the last round's end) the negotiation fails. A delegation that walked out can no longer act.
 *
 * The decider sees only public events: it cannot know a delegation's private preferences, so it does not
 * enforce red lines — a delegation protects its red lines by objecting (agents do, see the strategies),
 * and analysis shows which texts cross them.
 *
 * @example
 * ```ts
 * const session = createSession(singleTextProtocol(agenda), { clock: fixedClock('2016-05-17') });
 * await session.dispatch({ type: 'open-negotiation', by: 'timekeeper' });
 * await session.dispatch({ type: 'table-draft', by: 'us', text: draft });
 * ```
 */
export function singleTextProtocol(agenda: Agenda): NegotiationProtocol {
  return {
    name: 'single-text',
    version: '1',
    events: negotiationEvents,
    initial: () => initialNegotiationState('single-text', agenda.id),
    decide: (c, state) => decideSingleText(agenda, c, state),
    evolve: evolveNegotiation,
    isTerminal: (state) => state.status === 'adopted' || state.status === 'failed',
  };
}
