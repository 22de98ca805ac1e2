import type { RecordedEvent } from '@parley/core';
import { assertNever } from '../_internals/assertNever.js';
import type { Agenda, Text } from '../agenda.js';
import type { NegotiationEvent, NegotiationEventType } from '../events.js';

/** One move of a negotiation for people: who did what, in which round (from one recorded event). */
export interface NegotiationMove {
  /** The event's position in the log. */
  readonly seq: number;
  readonly type: NegotiationEventType;
  readonly round: number;
  /** Who moved (a party id), or `—` for what the rule decided (adoption, failure). */
  readonly by: string;
  /** What they did, without the subject: `proposes talks-date → no-date`. */
  readonly what: string;
  /** The whole sentence, the subject named by `name`: `Russia proposes talks-date → no-date.` */
  readonly sentence: string;
}

/** What {@link describeNegotiationEvent} needs to know of the log before the event. */
export interface MoveContext {
  /** The text on the table before the event (the draft or the standing offer), if any. */
  readonly draft: Text | null;
  /** The amendments proposed so far, by id. */
  readonly amendments: ReadonlyMap<string, { readonly issue: string; readonly option: string }>;
}

/** An option's id with its issue, e.g. `talks-date → no-date`. */
const move = (issue: string, option: string) => `${issue} → ${option}`;

/** The issues on which two texts differ, as `issue → option` of the second. */
function changes(before: Text | null, after: Text, agenda: Agenda): string[] {
  return agenda.issues
    .filter((i) => before?.[i.id] !== after[i.id] && after[i.id] !== undefined)
    .map((i) => move(i.id, after[i.id]!));
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * One negotiation event as a sentence for people, given what came before it (`context`): who tabled,
 * amended, objected, offered or adopted what. Issues and options are named by their ids
 * (`talks-date → no-date`); parties by `name` (default: the id). Every front end (the CLI's rounds,
 * the HTML report, the viewer) says a negotiation in these words.
 *
 * @example
 * ```ts
 * const context = { draft: null, amendments: new Map() };
 * describeNegotiationEvent(record, agenda, context, partyName).sentence;
 * // 'Russia proposes talks-date → no-date.'
 * ```
 */
export function describeNegotiationEvent(
  record: RecordedEvent<NegotiationEvent>,
  agenda: Agenda,
  context: MoveContext,
  name: (party: string) => string = (p) => p,
): { by: string; what: string; sentence: string } {
  const e = record as NegotiationEvent;
  const say = (by: string, what: string) => ({
    by,
    what,
    sentence: `${capital(by === '—' ? what : `${name(by)} ${what}`)}.`,
  });
  const amendment = (id: string) => {
    const a = context.amendments.get(id);
    return a ? move(a.issue, a.option) : id;
  };
  switch (e.type) {
    case 'negotiation-opened':
      return say(
        '—',
        `the negotiation of ${e.data.agenda} opens: ${e.data.parties.length} delegations, ${e.data.decisionRule}, ${e.data.deadline} rounds`,
      );
    case 'draft-tabled': {
      if (context.draft === null) return say(e.data.by, `tables the draft (v${e.data.version})`);
      const diff = changes(context.draft, e.data.draft, agenda);
      return say(
        e.data.by,
        `tables v${e.data.version}: ${diff.length === 0 ? 'no change' : diff.join(', ')}`,
      );
    }
    case 'amendment-proposed':
      return say(e.data.by, `proposes ${move(e.data.issue, e.data.option)}`);
    case 'amendment-accepted':
      return say(e.data.by, `accepts ${amendment(e.data.amendment)} (v${e.data.version})`);
    case 'amendment-rejected':
      return say(e.data.by, `rejects ${amendment(e.data.amendment)}`);
    case 'objection-raised':
      return say(
        e.data.by,
        e.data.issue !== undefined ? `objects on ${e.data.issue}` : 'objects to the draft',
      );
    case 'objection-withdrawn':
      return say(e.data.by, 'withdraws its objection');
    case 'text-adopted':
      return say('—', `the text is adopted (${e.data.decisionRule}, ${e.data.supporters.length} in support)`);
    case 'delegation-walked-out':
      return say(e.data.by, 'walks out');
    case 'round-ended':
      return say('—', `round ${e.data.round} ends`);
    case 'message-sent':
      return say(e.data.by, `to ${e.data.to === 'all' ? 'all' : name(e.data.to)}: ${e.data.text}`);
    case 'offer-made': {
      if (context.draft === null) return say(e.data.by, 'makes an offer');
      const diff = changes(context.draft, e.data.text, agenda);
      return say(e.data.by, `offers ${diff.join(', ') || 'the same text'}`);
    }
    case 'negotiation-failed':
      return say('—', `no text adopted (${e.data.reason})`);
    default:
      return assertNever(e);
  }
}

/** The text on the table after the event, given the one before it. */
export function draftAfter(e: NegotiationEvent, before: Text | null): Text | null {
  switch (e.type) {
    case 'draft-tabled':
      return e.data.draft;
    case 'amendment-accepted':
      return e.data.draft;
    case 'offer-made':
      return e.data.text;
    case 'text-adopted':
      return e.data.text;
    default:
      return before;
  }
}

/**
 * The moves of a negotiation, round by round, from its recorded events: one {@link NegotiationMove} per
 * event, in log order, with its round (events between two `round-ended` share a round). The opening and
 * the round ends are left out (a table shows the round).
 *
 * @example
 * ```ts
 * const run = runNegotiation({ agenda, preferences, seed: 1 });
 * negotiationMoves(run.records, agenda)[0];
 * // { seq: 2, type: 'draft-tabled', round: 1, by: 'us', what: 'tables the draft (v1)', sentence: 'Us tables the draft (v1).' }
 * ```
 */
export function negotiationMoves(
  records: readonly RecordedEvent<NegotiationEvent>[],
  agenda: Agenda,
  name?: (party: string) => string,
): NegotiationMove[] {
  const out: NegotiationMove[] = [];
  const amendments = new Map<string, { issue: string; option: string }>();
  let draft: Text | null = null;
  let round = 1;
  for (const r of records) {
    const e = r as NegotiationEvent;
    if (e.type !== 'negotiation-opened' && e.type !== 'round-ended') {
      const d = describeNegotiationEvent(r, agenda, { draft, amendments }, name);
      const at = e.type === 'text-adopted' || e.type === 'negotiation-failed' ? e.data.round : round;
      out.push({ seq: r.seq, type: e.type, round: at, ...d });
    }
    if (e.type === 'amendment-proposed')
      amendments.set(e.data.amendment, { issue: e.data.issue, option: e.data.option });
    if (e.type === 'round-ended') round = e.data.round + 1;
    draft = draftAfter(e, draft);
  }
  return out;
}
