import type { RecordedEvent } from '@parley/core';
import type { Draft } from 'immer';
import { assertNever } from '../_internals/assertNever.js';
import type { NegotiationEvent } from '../events.js';
import type { NegotiationState } from './state.js';

/**
 * The evolve of both protocols (an immer recipe: mutates the draft state, returns nothing).
 *
 * @example
 * ```ts
 * const state = replay(singleTextProtocol(agenda), records);
 * ```
 */
export function evolveNegotiation(s: Draft<NegotiationState>, e: RecordedEvent<NegotiationEvent>): void {
  switch (e.type) {
    case 'negotiation-opened':
      s.status = 'open';
      s.round = 1;
      s.deadline = e.data.deadline;
      s.parties = [...e.data.parties];
      s.chairs = [...e.data.chairs];
      return;
    case 'draft-tabled':
      s.draft = { ...e.data.draft };
      s.history.push({
        version: e.data.version,
        text: { ...e.data.draft },
        by: e.data.by,
        round: e.data.round,
        cause: 'tabled',
      });
      return;
    case 'amendment-proposed':
      s.amendments.push({
        id: e.data.amendment,
        by: e.data.by,
        issue: e.data.issue,
        option: e.data.option,
        round: e.data.round,
        status: 'pending',
      });
      return;
    case 'amendment-accepted': {
      const a = s.amendments.find((x) => x.id === e.data.amendment);
      if (a) a.status = 'accepted';
      s.draft = { ...e.data.draft };
      s.history.push({
        version: e.data.version,
        text: { ...e.data.draft },
        by: e.data.by,
        round: s.round,
        cause: { amendment: e.data.amendment },
      });
      return;
    }
    case 'amendment-rejected': {
      const a = s.amendments.find((x) => x.id === e.data.amendment);
      if (a) a.status = 'rejected';
      return;
    }
    case 'objection-raised':
      s.objections.push({
        by: e.data.by,
        ...(e.data.issue !== undefined ? { issue: e.data.issue } : {}),
        version: e.data.version,
      });
      return;
    case 'objection-withdrawn': {
      const i = s.objections.findIndex((o) => o.by === e.data.by);
      if (i >= 0) s.objections.splice(i, 1);
      return;
    }
    case 'text-adopted':
      s.status = 'adopted';
      s.adopted = { ...e.data.text };
      s.endedIn = e.data.round;
      s.offer = null;
      return;
    case 'delegation-walked-out': {
      s.walkedOut.push(e.data.by);
      const i = s.objections.findIndex((o) => o.by === e.data.by);
      if (i >= 0) s.objections.splice(i, 1);
      return;
    }
    case 'round-ended':
      s.round = e.data.round + 1;
      return;
    case 'message-sent':
      s.messages += 1;
      return;
    case 'offer-made':
      s.offer = { by: e.data.by, text: { ...e.data.text }, round: e.data.round };
      s.offers += 1;
      return;
    case 'negotiation-failed':
      s.status = 'failed';
      s.failure = e.data.reason;
      s.endedIn = e.data.round;
      s.round = e.data.round;
      return;
    default:
      assertNever(e);
  }
}
