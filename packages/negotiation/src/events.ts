import { defineEvents, type EventsOf, s } from '@parley/core';

/** A party, issue, option or amendment id: lower-case letters, digits and dashes. */
const id = () => s.string({ pattern: /^[a-z0-9][a-z0-9-]*$/, maxLength: 64 });
const ids = () => s.array(id(), { maxLength: 256 });
/** A text: issue id → option id. */
const textSchema = () => s.record(id());
const round = () => s.number({ int: true, min: 1 });

const spec = {
  'negotiation-opened': {
    schema: s.object({
      agenda: id(),
      protocol: s.enum(['single-text', 'alternating-offers'] as const),
      parties: ids(),
      chairs: ids(),
      decisionRule: s.string({ maxLength: 64 }),
      deadline: round(),
      by: s.string({ minLength: 1, maxLength: 64 }),
    }),
    description: 'the negotiation opened: its agenda, parties, chairs, decision rule and deadline (rounds)',
  },
  'draft-tabled': {
    schema: s.object({ by: id(), draft: textSchema(), version: round(), round: round() }),
    description: 'a chair tabled a (revised) single negotiating text',
  },
  'amendment-proposed': {
    schema: s.object({ amendment: id(), by: id(), issue: id(), option: id(), round: round() }),
    description: 'a delegation proposed to change one issue of the draft',
  },
  'amendment-accepted': {
    schema: s.object({ amendment: id(), by: id(), draft: textSchema(), version: round() }),
    description: 'a chair accepted an amendment into the draft',
  },
  'amendment-rejected': {
    schema: s.object({ amendment: id(), by: id() }),
    description: 'a chair rejected an amendment',
  },
  'objection-raised': {
    schema: s.object({
      by: id(),
      issue: s.optional(id()),
      reason: s.optional(s.string({ maxLength: 2000 })),
      version: round(),
    }),
    description: 'a delegation objected to the draft (a standing objection)',
  },
  'objection-withdrawn': {
    schema: s.object({ by: id() }),
    description: 'a delegation withdrew its standing objection',
  },
  'text-adopted': {
    schema: s.object({ text: textSchema(), round: round(), supporters: ids(), decisionRule: s.string() }),
    description: 'the text was adopted under the decision rule',
  },
  'delegation-walked-out': {
    schema: s.object({ by: id(), round: round() }),
    description: 'a delegation left the table; it can no longer act',
  },
  'round-ended': {
    schema: s.object({ round: round(), by: s.string({ minLength: 1, maxLength: 64 }) }),
    description: 'a round of the negotiation ended',
  },
  'message-sent': {
    schema: s.object({ by: id(), to: id(), text: s.string({ minLength: 1, maxLength: 2000 }) }),
    description: "a message to everyone (to: 'all') or, privately, to one delegation",
  },
  'offer-made': {
    schema: s.object({ by: id(), text: textSchema(), round: round() }),
    description: 'a party made an offer (alternating offers)',
  },
  'negotiation-failed': {
    schema: s.object({ round: round(), reason: s.enum(['deadline', 'walk-out'] as const) }),
    description:
      'no text was adopted: the deadline passed, or walk-outs left no way to meet the decision rule',
  },
} as const;

/**
 * The event catalog of the negotiation protocols (both the single negotiating text and alternating
 * offers): every event type, past tense, with its schema. Private preferences never appear in an event.
 *
 * @example
 * ```ts
 * negotiationEvents.types.includes('draft-tabled'); // true
 * negotiationEvents.validateData('objection-withdrawn', { by: 'ir' });
 * ```
 */
export const negotiationEvents = defineEvents(spec);

/** The negotiation domain event union. */
export type NegotiationEvent = EventsOf<typeof spec>;
/** The event type names. */
export type NegotiationEventType = NegotiationEvent['type'];
/** The data of one event type. */
export type NegotiationEventData<T extends NegotiationEventType> = Extract<
  NegotiationEvent,
  { type: T }
>['data'];
