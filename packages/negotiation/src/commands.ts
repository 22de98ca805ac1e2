import type { Text } from './agenda.js';

/**
 * The command names of the negotiation protocols: public vocabulary, shared by the CLI, the agents
 * (strategies) and the classroom's wire. Every command names the delegation acting (`by`); the classroom
 * server sets `by` from the seat, never from the client's payload.
 */
export const NEGOTIATION_COMMANDS = [
  'open-negotiation',
  'table-draft',
  'propose-amendment',
  'accept-amendment',
  'reject-amendment',
  'raise-objection',
  'withdraw-objection',
  'adopt-text',
  'walk-out',
  'end-round',
  'send-message',
  'make-offer',
  'accept-offer',
] as const;

/** A command name of the negotiation protocols. */
export type NegotiationCommandName = (typeof NEGOTIATION_COMMANDS)[number];

/**
 * The actor who opens the negotiation and ends rounds when no chair does: the runner, the classroom's
 * instructor. Not a delegation; it cannot table, object or adopt.
 */
export const TIMEKEEPER = 'timekeeper';

/** Who a message goes to: everyone, or one delegation (private). */
export type Addressee = 'all' | string;

/** The commands of the single-negotiating-text and alternating-offers protocols. */
export type NegotiationCommand =
  /** Opens the negotiation (`negotiation-opened`); `by` is a chair or the {@link TIMEKEEPER}. */
  | { readonly type: 'open-negotiation'; readonly by: string; readonly at?: string }
  | { readonly type: 'table-draft'; readonly by: string; readonly text: Text; readonly at?: string }
  | {
      readonly type: 'propose-amendment';
      readonly by: string;
      readonly issue: string;
      readonly option: string;
      readonly at?: string;
    }
  | {
      readonly type: 'accept-amendment';
      readonly by: string;
      readonly amendment: string;
      readonly at?: string;
    }
  | {
      readonly type: 'reject-amendment';
      readonly by: string;
      readonly amendment: string;
      readonly at?: string;
    }
  | {
      readonly type: 'raise-objection';
      readonly by: string;
      readonly issue?: string;
      readonly reason?: string;
      readonly at?: string;
    }
  | { readonly type: 'withdraw-objection'; readonly by: string; readonly at?: string }
  | { readonly type: 'adopt-text'; readonly by: string; readonly at?: string }
  | { readonly type: 'walk-out'; readonly by: string; readonly at?: string }
  | { readonly type: 'end-round'; readonly by: string; readonly at?: string }
  | {
      readonly type: 'send-message';
      readonly by: string;
      readonly to: Addressee;
      readonly text: string;
      readonly at?: string;
    }
  | { readonly type: 'make-offer'; readonly by: string; readonly text: Text; readonly at?: string }
  | { readonly type: 'accept-offer'; readonly by: string; readonly at?: string };
