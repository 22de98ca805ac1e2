import { type AnyDecider, type AnyRecordedEvent, combine, UsageError, ValidationError } from '@parley/core';
import { issgAgenda, issgDecider, issgRecord, issgRoleCards, realOutcome, stateAt } from '@parley/issg';
import {
  type Agenda,
  type Analysis,
  acceptable,
  analyse,
  NEGOTIATION_COMMANDS,
  type NegotiationCommandName,
  type NegotiationState,
  type RoleCard,
  singleTextProtocol,
  type Text,
  TIMEKEEPER,
  utility,
  visibleTo,
} from '@parley/negotiation';
import type { OutcomeSurvival } from '@parley/sim';
import { issgConsequences } from '@parley/sim';
import { strategyAgents } from './agents.js';
import { classDebriefReport } from './debriefReport.js';
import type { AgentTurn, ClassroomGame } from './game.js';
import { classSentence } from './sentences.js';
import { type Consequences, DEBRIEF_SURVIVAL, type SurvivalOptions, textSurvival } from './survival.js';
import { issgWorldView } from './world.js';

/**
 * The commands a delegation sends under the single negotiating text: the negotiation's vocabulary
 * (`NEGOTIATION_COMMANDS`) but the chair's opening and the alternating-offers protocol's moves.
 */
const NOT_A_DELEGATION_MOVE: readonly string[] = ['open-negotiation', 'make-offer', 'accept-offer'];
export const DELEGATION_COMMANDS: readonly NegotiationCommandName[] = NEGOTIATION_COMMANDS.filter(
  (c) => !NOT_A_DELEGATION_MOVE.includes(c),
);

/**
 * An agent policy for an empty seat: the command the delegation makes now, or a whole turn (see
 * {@link AgentTurn}), or undefined to wait.
 */
export type SeatAgent = (
  seat: string,
  state: NegotiationState,
  records: readonly AnyRecordedEvent[],
  agents: readonly string[],
) => Record<string, unknown> | AgentTurn | undefined;

export interface NegotiationGameOptions {
  /** The delegations' role cards, one per party of the agenda. */
  readonly roleCards: readonly RoleCard[];
  /** World time of the class's events (default the agenda source's date, else `1970-01-01`). */
  readonly at?: string;
  /**
   * How agents play empty seats (default: the strategies of `@parley/negotiation` — chairs `mediator`,
   * others `linear` — through {@link strategyAgents}).
   */
  readonly agent?: SeatAgent;
  /** The text really adopted, shown beside the class's in the debrief. */
  readonly realOutcome?: Text;
  /** The world the instructor injects news into (its events are public), e.g. the ISSG at the date. */
  readonly world?: ClassWorld;
  /** What an outcome leads to (e.g. the ISSG's ceasefire model): the debrief's survival of each text. */
  readonly consequences?: Consequences;
  /** Runs, days and seed of that survival (default {@link DEBRIEF_SURVIVAL}). */
  readonly survival?: SurvivalOptions;
}

/** A negotiation class's state: the talks, and the world the news is injected into (when there is one). */
export interface NegotiationClassState {
  readonly talks: NegotiationState;
  readonly world?: unknown;
}

/** The world a class's news goes into: a decider whose commands of `injectTypes` the instructor sends. */
export interface ClassWorld {
  readonly decider: AnyDecider;
  readonly injectTypes: readonly string[];
  /** The world as of a branch's records (its state and indicators), for every seat's page. */
  view?(records: readonly AnyRecordedEvent[]): unknown;
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
  /**
   * With a model of consequences: the survival of the arrangement each text leads to in simulation —
   * the class's (its adopted text; none when it failed; the draft while it is open), the real one and
   * the Nash text — over `runs` seeded runs of `days` days.
   */
  readonly survival: {
    readonly runs: number;
    readonly days: number;
    readonly seed: number;
    readonly class: OutcomeSurvival;
    readonly real: OutcomeSurvival | null;
    readonly nash: OutcomeSurvival | null;
  } | null;
}

/** A class negotiating an agenda: a classroom game that also says which agenda it is. */
export type NegotiationClassGame = ClassroomGame<NegotiationClassState> & { readonly agenda: Agenda };

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
export function negotiationGame(agenda: Agenda, options: NegotiationGameOptions): NegotiationClassGame {
  const cards = new Map(options.roleCards.map((c) => [c.party, c]));
  for (const party of agenda.parties)
    if (!cards.has(party))
      throw new UsageError(`negotiationGame: no role card for "${party}" of agenda "${agenda.id}"`);
  const at = options.at ?? agenda.source?.date ?? '1970-01-01';
  const injects = new Set(options.world?.injectTypes ?? []);
  const isOver = (s: NegotiationState) => s.status === 'adopted' || s.status === 'failed';
  let analysis: Analysis | undefined;
  const prefsOf = (party: string) => cards.get(party)!.preferences;
  const score = (party: string, text: Text | null | undefined): number | null =>
    text ? utility(prefsOf(party), text) - prefsOf(party).reservation : null;
  const survivalOptions = options.survival ?? DEBRIEF_SURVIVAL;
  // each text's survival is computed once (a second or so each): the debrief is asked for often
  const survivals = new Map<string, Omit<OutcomeSurvival, 'outcome'>>();
  const survivalOf = (text: Text | null, outcome: string): OutcomeSurvival => {
    const key = text === null ? '' : agenda.issues.map((i) => text[i.id] ?? '').join('\u0000');
    let s = survivals.get(key);
    if (!s) {
      s = textSurvival(options.consequences!, text, survivalOptions, outcome);
      survivals.set(key, s);
    }
    return { ...s, outcome };
  };
  const game: NegotiationClassGame = {
    id: agenda.id,
    title: agenda.title,
    agenda,
    debriefReport: (branches, visible) => classDebriefReport(game, agenda, [{ branches }], visible),
    decider: options.world
      ? combine(
          { talks: singleTextProtocol(agenda), world: options.world.decider },
          {
            name: agenda.id,
            route: (c) => (injects.has((c as { type: string }).type) ? 'world' : 'talks'),
            isTerminal: (s) => isOver(s.talks),
          },
        )
      : combine({ talks: singleTextProtocol(agenda) }, { name: agenda.id }),
    seats: agenda.parties,
    at,
    commandTypes: DELEGATION_COMMANDS,
    injectTypes: options.world?.injectTypes ?? [],
    visibleTo: (record, seat) => visibleTo(record, seat),
    brief: (seat) => ({ agenda, card: cards.get(seat) ?? null }),
    timekeeper: {
      name: TIMEKEEPER,
      types: ['open-negotiation', 'end-round'],
      onStart: (state) => (state.talks.status === 'pending' ? { type: 'open-negotiation' } : undefined),
      onEnd: (state) => (state.talks.status === 'open' ? { type: 'end-round' } : undefined),
    },
    agent: (
      (agent: SeatAgent) => (seat, state, records, agents) =>
        agent(seat, state.talks, records, agents)
    )(
      options.agent ??
        strategyAgents(agenda, Object.fromEntries(options.roleCards.map((c) => [c.party, c.preferences]))),
    ),
    isOver: (state) => isOver(state.talks),
    describe: (record) => classSentence(agenda, record),
    ...(options.world?.view ? { worldView: options.world.view } : {}),
    debrief({ talks: state }): NegotiationDebrief {
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
        survival: options.consequences
          ? {
              ...survivalOptions,
              class:
                state.status === 'adopted'
                  ? survivalOf(state.adopted, 'the class')
                  : state.status === 'failed'
                    ? survivalOf(null, 'the class (no text)')
                    : survivalOf(state.draft, 'the class (draft)'),
              real: options.realOutcome ? survivalOf(options.realOutcome, 'real text') : null,
              nash: nashText ? survivalOf(nashText, 'Nash text') : null,
            }
          : null,
      };
    },
    omniscient: ({ talks: state }): readonly DraftUtility[] =>
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
  return game;
}

/**
 * The ISSG commands an instructor injects as news into a class: a violation, a convoy attacked or
 * delivered, access denied, an offensive announced, a position stated.
 */
export const ISSG_INJECTIONS = [
  'report-violation',
  'attack-convoy',
  'deliver-convoy',
  'deny-access',
  'announce-offensive',
  'state-position',
] as const;

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
  options: { readonly agent?: SeatAgent; readonly survival?: SurvivalOptions } = {},
): NegotiationClassGame {
  const agenda = issgAgenda(agendaId);
  // the world on the meeting's day, as the record has it: the news the instructor injects lands in it
  const today = stateAt(issgRecord, agenda.at);
  return negotiationGame(agenda, {
    roleCards: issgRoleCards(agendaId),
    at: agenda.at,
    realOutcome: realOutcome(agendaId),
    world: {
      decider: { ...issgDecider, name: 'issg-world', initial: () => structuredClone(today) },
      injectTypes: ISSG_INJECTIONS,
      view: (records) => issgWorldView(agenda.at, records),
    },
    // what the class's text leads to: the ISSG's ceasefire model from the meeting's day (`@parley/sim`)
    consequences: (text, days, seed, run) => issgConsequences(agendaId, text, days, seed, run),
    ...(options.survival ? { survival: options.survival } : {}),
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
export function negotiationGameFromJson(value: unknown): NegotiationClassGame {
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
