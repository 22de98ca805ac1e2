import type { Text } from '../agenda.js';

/** Where a negotiation stands. */
export type NegotiationStatus = 'pending' | 'open' | 'adopted' | 'failed';

/** One version of the single negotiating text: who made it, in which round, and how. */
export interface DraftVersion {
  readonly version: number;
  readonly text: Text;
  readonly by: string;
  readonly round: number;
  /** `tabled` by a chair, or an accepted amendment (its id). */
  readonly cause: 'tabled' | { readonly amendment: string };
}

/** An amendment and what became of it. */
export interface Amendment {
  readonly id: string;
  readonly by: string;
  readonly issue: string;
  readonly option: string;
  readonly round: number;
  readonly status: 'pending' | 'accepted' | 'rejected';
}

/** A standing objection to the draft. */
export interface Objection {
  readonly by: string;
  readonly issue?: string;
  /** The draft version it was raised against. */
  readonly version: number;
}

/** The standing offer under alternating offers. */
export interface Offer {
  readonly by: string;
  readonly text: Text;
  readonly round: number;
}

/**
 * The public state of a negotiation (both protocols): everything in it is public, since it is folded
 * from events that are (private messages are only counted). Private preferences are never here: the
 * protocol cannot know them, so red lines are enforced by the delegations (agents, students), not by
 * the decider.
 */
export interface NegotiationState {
  readonly protocol: 'single-text' | 'alternating-offers';
  readonly agenda: string;
  readonly status: NegotiationStatus;
  /** The current round, 1-based (0 before opening). */
  readonly round: number;
  readonly deadline: number;
  readonly parties: readonly string[];
  readonly chairs: readonly string[];
  readonly walkedOut: readonly string[];
  /** The single negotiating text on the table (single text), or null. */
  readonly draft: Text | null;
  /** Every version of the draft, oldest first. */
  readonly history: readonly DraftVersion[];
  readonly amendments: readonly Amendment[];
  readonly objections: readonly Objection[];
  /** The standing offer (alternating offers). */
  readonly offer: Offer | null;
  /** Offers made so far (alternating offers). */
  readonly offers: number;
  /** The adopted text, once adopted. */
  readonly adopted: Text | null;
  /** Round in which the negotiation was adopted or failed. */
  readonly endedIn: number | null;
  readonly failure: 'deadline' | 'walk-out' | null;
  readonly messages: number;
}

/**
 * The state before `negotiation-opened`.
 *
 * @example
 * ```ts
 * initialNegotiationState('single-text', 'toy').status; // 'pending'
 * ```
 */
export function initialNegotiationState(
  protocol: NegotiationState['protocol'],
  agenda: string,
): NegotiationState {
  return {
    protocol,
    agenda,
    status: 'pending',
    round: 0,
    deadline: 0,
    parties: [],
    chairs: [],
    walkedOut: [],
    draft: null,
    history: [],
    amendments: [],
    objections: [],
    offer: null,
    offers: 0,
    adopted: null,
    endedIn: null,
    failure: null,
    messages: 0,
  };
}
