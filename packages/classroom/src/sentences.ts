import type { AnyRecordedEvent } from '@parley/core';
import { eventSentence, isIssgEventType } from '@parley/issg';
import type { Agenda } from '@parley/negotiation';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * One sentence for a record of a negotiation class, for people: the room's clock and seats, the moves of
 * the single negotiating text (issues and options by their labels), and the ISSG news in the viewer's
 * sentences. The delegation page, the instructor's history, the debrief's timeline and the HTML report
 * all say it this way.
 *
 * @example
 * ```ts
 * classSentence(agenda, { type: 'objection-raised', data: { by: 'ru', issue: 'aid' } });
 * // 'ru objects on Humanitarian access'
 * ```
 */
export function classSentence(agenda: Agenda, record: Pick<AnyRecordedEvent, 'type' | 'data'>): string {
  const d: Record<string, any> = isObject(record.data) ? record.data : {};
  const issueLabel = (i: unknown) => agenda.issues.find((x) => x.id === i)?.label ?? String(i);
  const optionLabel = (i: unknown, o: unknown) =>
    agenda.issues.find((x) => x.id === i)?.options.find((x) => x.id === o)?.label ?? String(o);
  switch (record.type) {
    case 'class-round-started':
      return `Round ${d.round} started (${d.minutes} minutes)`;
    case 'class-round-paused':
      return `Round ${d.round} paused`;
    case 'class-round-resumed':
      return `Round ${d.round} resumed`;
    case 'class-round-ended':
      return `Round ${d.round} ended`;
    case 'class-seat-taken':
      return `Students took the seat of ${d.seat}`;
    case 'class-seat-handed-back':
      return `The seat of ${d.seat} went back to its agent`;
    case 'class-agent-turn':
      return `The agent of ${d.seat} took its turn (${d.phase}, round ${d.round})`;
    case 'class-branch-opened':
      return `Rewound: a new branch from event ${d.parent?.seq} of ${d.parent?.stream}`;
    case 'negotiation-opened':
      return `The negotiation opened (${d.deadline} rounds, ${d.decisionRule})`;
    case 'draft-tabled':
      return `${d.by} tabled draft ${d.version}`;
    case 'amendment-proposed':
      return `${d.by} proposes: ${issueLabel(d.issue)} → ${optionLabel(d.issue, d.option)} (${d.amendment})`;
    case 'amendment-accepted':
      return `${d.by} accepted amendment ${d.amendment}`;
    case 'amendment-rejected':
      return `${d.by} rejected amendment ${d.amendment}`;
    case 'objection-raised':
      return `${d.by} objects${d.issue ? ` on ${issueLabel(d.issue)}` : ''}`;
    case 'objection-withdrawn':
      return `${d.by} withdrew its objection`;
    case 'text-adopted':
      return `The text was adopted (${d.decisionRule})`;
    case 'negotiation-failed':
      return `The negotiation failed (${d.reason})`;
    case 'delegation-walked-out':
      return `${d.by} walked out`;
    case 'round-ended':
      return `The negotiation's round ${d.round} ended`;
    case 'message-sent':
      return `${d.by} to ${d.to === 'all' ? 'everyone' : d.to}: “${d.text}”`;
    default:
      return isIssgEventType(record.type) ? eventSentence(record) : record.type;
  }
}
