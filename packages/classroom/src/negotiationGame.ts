import { UsageError, ValidationError } from '@parley/core';
import { issgAgenda, issgRoleCards, realOutcome } from '@parley/issg';
import {
  type Agenda,
  type Analysis,
  acceptable,
  analyse,
  type NegotiationState,
  type RoleCard,
  singleTextProtocol,
  type Text,
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
  /** The text really adopted, shown beside the class's in the debrief. */
  readonly realOutcome?: Text;
}

/** The debrief of a negotiation: the class's text beside the real one and the Nash text, and the scores. */
export interface NegotiationDebrief {
  readonly status: NegotiationState['status'];
  /** The adopted text, else the draft on the table, else null. */
  readonly classText: Text | null;
  readonly realText: Text | null;
  readonly nashText: Text | null;
  /** Each delegation's utility of the class's text minus its reservation (null without a text). */
  readonly scores: readonly {
    readonly party: string;
    readonly score: number | null;
    readonly real: number | null;
    readonly nash: number | null;
  }[];
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
  let analysis: Analysis | undefined;
  const prefsOf = (party: string) => cards.get(party)!.preferences;
  const score = (party: string, text: Text | null | undefined): number | null =>
    text ? utility(prefsOf(party), text) - prefsOf(party).reservation : null;
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
    isOver: (state) => state.status === 'adopted' || state.status === 'failed',
    debrief(state): NegotiationDebrief {
      analysis ??= analyse(
        agenda,
        agenda.parties.map((p) => prefsOf(p)),
      );
      const classText = state.adopted ?? state.draft;
      const nashText = analysis.nash?.text ?? null;
      return {
        status: state.status,
        classText,
        realText: options.realOutcome ?? null,
        nashText,
        scores: agenda.parties.map((party) => ({
          party,
          score: score(party, classText),
          real: score(party, options.realOutcome),
          nash: score(party, nashText),
        })),
      };
    },
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
 * The class of one of the ISSG's 2016 negotiations (`vienna-2016-05-17`, …): its agenda, the role cards
 * with their sources, the real outcome for the debrief, dated on the meeting's day.
 *
 * @example
 * ```ts
 * const game = issgClassGame('vienna-2016-05-17');
 * game.seats; // ['us', 'ru', 'ir', 'sa', 'tr', 'fr', 'gb', 'de', 'un']
 * ```
 */
export function issgClassGame(
  agendaId: string,
  options: { readonly agent?: SeatAgent } = {},
): ClassroomGame<NegotiationState> {
  const agenda = issgAgenda(agendaId);
  return negotiationGame(agenda, {
    roleCards: issgRoleCards(agendaId),
    at: agenda.at,
    realOutcome: realOutcome(agendaId),
    ...(options.agent ? { agent: options.agent } : {}),
  });
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
