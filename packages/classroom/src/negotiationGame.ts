import { UsageError, ValidationError } from '@parley/core';
import {
  type Agenda,
  acceptable,
  type NegotiationState,
  type RoleCard,
  singleTextProtocol,
  TIMEKEEPER,
  utility,
  visibleTo,
} from '@parley/negotiation';
import type { ClassroomGame } from './game.js';

/** The commands a delegation sends under the single negotiating text. */
export const DELEGATION_COMMANDS = [
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
] as const;

/** An agent policy for an empty seat: the command the delegation makes now, or undefined to wait. */
export type SeatAgent = (
  seat: string,
  state: NegotiationState,
  records: readonly import('@parley/core').AnyRecordedEvent[],
) => Record<string, unknown> | undefined;

export interface NegotiationGameOptions {
  /** The delegations' role cards, one per party of the agenda. */
  readonly roleCards: readonly RoleCard[];
  /** World time of the class's events (default the agenda source's date, else `1970-01-01`). */
  readonly at?: string;
  /** How agents play empty seats (default: they wait). */
  readonly agent?: SeatAgent;
}

/** What the instructor sees of every delegation: its utility of the draft, and whether it could accept. */
export interface DraftUtility {
  readonly party: string;
  readonly utility: number | null;
  readonly reservation: number;
  readonly acceptable: boolean | null;
}

/**
 * A class negotiating an agenda under the single negotiating text: a seat per delegation, the role cards
 * as private briefings, private messages seen by their sender and addressee only (`visibleTo`), and the
 * instructor as the timekeeper who opens the negotiation with the first round and ends rounds.
 *
 * @example
 * ```ts
 * const game = negotiationGame(agenda, { roleCards });
 * const room = await openClassroom({ game, store });
 * ```
 */
export function negotiationGame(
  agenda: Agenda,
  options: NegotiationGameOptions,
): ClassroomGame<NegotiationState> {
  const cards = new Map(options.roleCards.map((c) => [c.party, c]));
  for (const party of agenda.parties)
    if (!cards.has(party))
      throw new UsageError(`negotiationGame: no role card for "${party}" of agenda "${agenda.id}"`);
  const at = options.at ?? agenda.source?.date ?? '1970-01-01';
  return {
    id: agenda.id,
    title: agenda.title,
    decider: singleTextProtocol(agenda),
    seats: agenda.parties,
    at,
    commandTypes: DELEGATION_COMMANDS,
    injectTypes: [],
    visibleTo: (record, seat) => visibleTo(record, seat),
    brief: (seat) => ({ agenda, card: cards.get(seat) ?? null }),
    timekeeper: {
      name: TIMEKEEPER,
      types: ['open-negotiation', 'end-round'],
      onStart: (state) => (state.status === 'pending' ? { type: 'open-negotiation' } : undefined),
      onEnd: (state) => (state.status === 'open' ? { type: 'end-round' } : undefined),
    },
    ...(options.agent ? { agent: options.agent } : {}),
    omniscient: (state): readonly DraftUtility[] =>
      agenda.parties.map((party) => {
        const prefs = cards.get(party)!.preferences;
        const text = state.adopted ?? state.draft;
        return {
          party,
          utility: text ? utility(prefs, text) : null,
          reservation: prefs.reservation,
          acceptable: text ? acceptable(prefs, text) : null,
        };
      }),
  };
}

/**
 * The negotiation game of a class file: a JSON object `{ "agenda": Agenda, "roleCards": RoleCard[] }`
 * (what a teacher writes for an agenda of their own). Throws a `ValidationError` saying what is missing.
 *
 * @example
 * ```ts
 * const game = negotiationGameFromJson(JSON.parse(readFileSync('my-agenda.json', 'utf8')));
 * ```
 */
export function negotiationGameFromJson(value: unknown): ClassroomGame<NegotiationState> {
  const v = value as { agenda?: Partial<Agenda>; roleCards?: unknown } | null;
  const agenda = v?.agenda;
  if (
    typeof agenda !== 'object' ||
    agenda === null ||
    typeof agenda.id !== 'string' ||
    !Array.isArray(agenda.parties) ||
    !Array.isArray(agenda.issues)
  )
    throw new ValidationError(
      'expected {"agenda": {"id", "title", "parties", "issues", …}, "roleCards": [ … ]}',
      {
        issues: [{ path: 'agenda', message: 'an agenda with id, parties and issues' }],
      },
    );
  if (!Array.isArray(v?.roleCards))
    throw new ValidationError('expected "roleCards": one role card per party', {
      issues: [{ path: 'roleCards', message: 'an array of role cards' }],
    });
  return negotiationGame(agenda as Agenda, { roleCards: v.roleCards as RoleCard[] });
}
