import type { RecordedEvent } from '@parley/core';
import type { Agenda, NegotiationEvent, Text } from '@parley/negotiation';

/** Exhaustive switches: a new event type nobody renders fails to compile. */
function assertNever(x: never): never {
  throw new Error(`moveLines: unexpected event ${JSON.stringify(x)}`);
}

/** An option's id with its issue, e.g. `talks-date → no-date`. */
const move = (issue: string, option: string) => `${issue} → ${option}`;

/** The issues on which two texts differ, as `issue → option` of the second. */
function changes(before: Text | undefined, after: Text, agenda: Agenda): string[] {
  return agenda.issues.filter((i) => before?.[i.id] !== after[i.id]).map((i) => move(i.id, after[i.id]!));
}

/** One line of the rounds' log: who moved, and what. */
export interface MoveLine {
  readonly round: number;
  readonly by: string;
  readonly what: string;
}

/**
 * The moves of a negotiation as lines for people, from its recorded events: who tabled, amended,
 * objected or adopted what, round by round. The round ends and the opening are left out (the table
 * shows the round).
 */
export function moveLines(records: readonly RecordedEvent<NegotiationEvent>[], agenda: Agenda): MoveLine[] {
  const out: MoveLine[] = [];
  const amendments = new Map<string, { issue: string; option: string }>();
  let draft: Text | undefined;
  let round = 1;
  for (const r of records) {
    const e = r as NegotiationEvent;
    switch (e.type) {
      case 'negotiation-opened':
        break;
      case 'draft-tabled': {
        const diff = draft === undefined ? [] : changes(draft, e.data.draft, agenda);
        out.push({
          round,
          by: e.data.by,
          what:
            draft === undefined
              ? `tables the draft (v${e.data.version})`
              : `tables v${e.data.version}: ${diff.length === 0 ? 'no change' : diff.join(', ')}`,
        });
        draft = e.data.draft;
        break;
      }
      case 'amendment-proposed':
        amendments.set(e.data.amendment, { issue: e.data.issue, option: e.data.option });
        out.push({ round, by: e.data.by, what: `proposes ${move(e.data.issue, e.data.option)}` });
        break;
      case 'amendment-accepted': {
        const a = amendments.get(e.data.amendment);
        out.push({
          round,
          by: e.data.by,
          what: `accepts ${a ? move(a.issue, a.option) : e.data.amendment} (v${e.data.version})`,
        });
        draft = e.data.draft;
        break;
      }
      case 'amendment-rejected': {
        const a = amendments.get(e.data.amendment);
        out.push({ round, by: e.data.by, what: `rejects ${a ? move(a.issue, a.option) : e.data.amendment}` });
        break;
      }
      case 'objection-raised':
        out.push({
          round,
          by: e.data.by,
          what: e.data.issue !== undefined ? `objects on ${e.data.issue}` : 'objects to the draft',
        });
        break;
      case 'objection-withdrawn':
        out.push({ round, by: e.data.by, what: 'withdraws its objection' });
        break;
      case 'text-adopted':
        out.push({
          round,
          by: '—',
          what: `the text is adopted (${e.data.decisionRule}, ${e.data.supporters.length} in support)`,
        });
        break;
      case 'delegation-walked-out':
        out.push({ round, by: e.data.by, what: 'walks out' });
        break;
      case 'round-ended':
        round = e.data.round + 1;
        break;
      case 'message-sent':
        out.push({ round, by: e.data.by, what: `to ${e.data.to}: ${e.data.text}` });
        break;
      case 'offer-made': {
        const diff = changes(draft, e.data.text, agenda);
        out.push({
          round,
          by: e.data.by,
          what: draft === undefined ? 'makes an offer' : `offers ${diff.join(', ') || 'the same text'}`,
        });
        draft = e.data.text;
        break;
      }
      case 'negotiation-failed':
        out.push({ round, by: '—', what: `no text adopted (${e.data.reason})` });
        break;
      default:
        assertNever(e);
    }
  }
  return out;
}
