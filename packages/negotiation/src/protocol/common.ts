import type { EventInput } from '@parley/core';
import type { Agenda, Text } from '../agenda.js';
import type { NegotiationCommand } from '../commands.js';
import { TIMEKEEPER } from '../commands.js';
import { describeDecisionRule, meetsDecisionRule } from '../decisionRule.js';
import type { NegotiationEvent } from '../events.js';
import { ensure, NEGOTIATION_RULES as R } from './rules.js';
import type { NegotiationState } from './state.js';

export type Out = EventInput<NegotiationEvent>[];

/** The chairs of an agenda; with none, every delegation may chair. */
export function chairsOf(agenda: Agenda): readonly string[] {
  return agenda.chairs.length > 0 ? agenda.chairs : agenda.parties;
}

/** True when `party` may act as a chair. */
export function isChair(agenda: Agenda, party: string): boolean {
  return chairsOf(agenda).includes(party);
}

/** The command's actor is a delegation or chair of the agenda and has not walked out. */
export function ensureActor(agenda: Agenda, state: NegotiationState, by: string): void {
  ensure(
    agenda.parties.includes(by) || agenda.chairs.includes(by),
    R.unknownParty,
    () =>
      `"${by}" is not at this table; the delegations are ${agenda.parties.join(', ')}${
        agenda.chairs.length > 0 ? ` and the chairs ${agenda.chairs.join(', ')}` : ''
      }`,
  );
  ensure(
    !state.walkedOut.includes(by),
    R.walkedOut,
    () =>
      `"${by}" walked out and can no longer act; fork the negotiation before the walk-out to keep it at the table`,
  );
}

/** The negotiation is open (opened, not ended). */
export function ensureOpen(state: NegotiationState): void {
  ensure(
    state.status !== 'pending',
    R.notOpen,
    'the negotiation is not open yet; send open-negotiation first',
  );
  ensure(
    state.status === 'open',
    R.ended,
    () =>
      `the negotiation has ${state.status === 'adopted' ? 'adopted its text' : 'failed'}; fork it at an earlier seq to explore another course`,
  );
}

/** A text picks a known option for every issue, and names no other issue. */
export function ensureText(agenda: Agenda, text: Text): void {
  for (const issue of agenda.issues) {
    const option = text[issue.id];
    ensure(
      option !== undefined,
      R.invalidText,
      () =>
        `the text says nothing on the issue "${issue.id}"; pick one of ${issue.options.map((o) => o.id).join(', ')}`,
    );
    ensure(
      issue.options.some((o) => o.id === option),
      R.invalidText,
      () =>
        `"${option}" is not an option of the issue "${issue.id}"; pick one of ${issue.options.map((o) => o.id).join(', ')}`,
    );
  }
  for (const key of Object.keys(text))
    ensure(
      agenda.issues.some((i) => i.id === key),
      R.invalidText,
      () =>
        `"${key}" is not an issue of the agenda "${agenda.id}"; its issues are ${agenda.issues.map((i) => i.id).join(', ')}`,
    );
}

/** A copy of a text with its keys in agenda order (so records have stable bytes). */
export function orderedText(agenda: Agenda, text: Text): Text {
  const out: Record<string, string> = {};
  for (const issue of agenda.issues) {
    const o = text[issue.id];
    if (o !== undefined) out[issue.id] = o;
  }
  return out;
}

/** The delegations present (not walked out). */
export function present(state: NegotiationState): string[] {
  return state.parties.filter((p) => !state.walkedOut.includes(p));
}

/**
 * The vote on the draft as it stands: the delegations present, those with a standing objection, and the
 * supporters (present, not objecting). Chairs that are not delegations do not vote.
 *
 * @example
 * ```ts
 * standingVote(agenda, state).objectors; // ['ir']
 * ```
 */
export function standingVote(
  agenda: Agenda,
  state: NegotiationState,
): { present: string[]; supporters: string[]; objectors: string[]; met: boolean } {
  const here = present(state);
  const objecting = new Set(state.objections.map((o) => o.by));
  const objectors = here.filter((p) => objecting.has(p));
  const supporters = here.filter((p) => !objecting.has(p));
  const met = meetsDecisionRule(agenda.decisionRule, {
    present: here,
    coChairs: agenda.chairs,
    supporters,
    objectors,
  });
  return { present: here, supporters, objectors, met };
}

/** Open, walk out, end a round, send a message: the commands both protocols share. */
export function decideShared(
  agenda: Agenda,
  protocol: NegotiationState['protocol'],
  c: Extract<NegotiationCommand, { type: 'open-negotiation' | 'walk-out' | 'end-round' | 'send-message' }>,
  state: NegotiationState,
): Out {
  switch (c.type) {
    case 'open-negotiation':
      ensure(state.status === 'pending', R.alreadyOpen, 'the negotiation is already open');
      ensure(
        c.by === TIMEKEEPER || isChair(agenda, c.by),
        R.chairOnly,
        () =>
          `"${c.by}" cannot open the negotiation; a chair (${chairsOf(agenda).join(', ')}) or the ${TIMEKEEPER} opens it`,
      );
      return [
        {
          type: 'negotiation-opened',
          data: {
            agenda: agenda.id,
            protocol,
            parties: [...agenda.parties],
            chairs: [...agenda.chairs],
            decisionRule: describeDecisionRule(agenda.decisionRule),
            deadline: agenda.deadline.rounds,
            by: c.by,
          },
        },
      ];
    case 'walk-out': {
      ensureOpen(state);
      ensureActor(agenda, state, c.by);
      const out: Out = [{ type: 'delegation-walked-out', data: { by: c.by, round: state.round } }];
      const remaining = present(state).filter((p) => p !== c.by);
      const chairsLeft =
        agenda.chairs.length === 0 ||
        agenda.chairs.some((ch) => ch !== c.by && !state.walkedOut.includes(ch));
      // Alternating offers are bilateral: with one party gone there is no one to agree with.
      const canStillAdopt =
        protocol === 'single-text' &&
        chairsLeft &&
        meetsDecisionRule(agenda.decisionRule, {
          present: remaining,
          coChairs: agenda.chairs,
          supporters: remaining,
          objectors: [],
        }) &&
        remaining.length > 0;
      if (!canStillAdopt)
        out.push({ type: 'negotiation-failed', data: { round: state.round, reason: 'walk-out' } });
      return out;
    }
    case 'end-round': {
      ensureOpen(state);
      if (c.by !== TIMEKEEPER) ensureActor(agenda, state, c.by);
      ensure(
        c.by === TIMEKEEPER || isChair(agenda, c.by),
        R.chairOnly,
        () =>
          `"${c.by}" cannot end the round; a chair (${chairsOf(agenda).join(', ')}) or the ${TIMEKEEPER} ends it`,
      );
      const out: Out = [{ type: 'round-ended', data: { round: state.round, by: c.by } }];
      if (state.round >= state.deadline)
        out.push({ type: 'negotiation-failed', data: { round: state.round, reason: 'deadline' } });
      return out;
    }
    case 'send-message':
      ensureOpen(state);
      ensureActor(agenda, state, c.by);
      ensure(
        c.to === 'all' || agenda.parties.includes(c.to) || agenda.chairs.includes(c.to),
        R.unknownAddressee,
        () =>
          `"${c.to}" is not at this table; send to 'all' or to one of ${[...agenda.parties, ...agenda.chairs.filter((x) => !agenda.parties.includes(x))].join(', ')}`,
      );
      return [{ type: 'message-sent', data: { by: c.by, to: c.to, text: c.text } }];
  }
}
