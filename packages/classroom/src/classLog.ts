import { type AnyRecordedEvent, type EventStore, replay, ValidationError } from '@parley/core';
import type { Agenda, Text } from '@parley/negotiation';
import { classDecider } from './classDecider.js';
import type { ClassroomGame } from './game.js';
import type { NegotiationDebrief } from './negotiationGame.js';

/** A branch of a class: its stream, where it was rewound from, and its records. */
export interface ClassBranch {
  readonly stream: string;
  readonly parent: { readonly stream: string; readonly seq: number } | null;
  readonly records: readonly AnyRecordedEvent[];
}

/** One move of a debrief's timeline. */
export interface TimelineMove {
  readonly seq: number;
  readonly at: string;
  /** Who made it (`meta.actor`: a seat, `agent:<seat>` or `instructor`), when the log says. */
  readonly actor: string | null;
  readonly type: string;
  readonly sentence: string;
}

/** The debrief of one branch of a class (or of one class): the game's debrief and its timeline. */
export interface BranchDebrief<D = unknown> {
  /** What the branch is called in a comparison: its stream, prefixed by its class's label when given. */
  readonly name: string;
  readonly stream: string;
  readonly parent: ClassBranch['parent'];
  /** True once the game is over (adopted or failed). */
  readonly over: boolean;
  readonly debrief: D;
  /** Every move of the branch, in order (the agents' bookkeeping left out). */
  readonly timeline: readonly TimelineMove[];
}

/** Records the timeline leaves out: an agent's note of the turn it took (its memory, not a move). */
const BOOKKEEPING = new Set(['class-agent-turn']);

/**
 * The debrief of one branch: its records folded by the class's decider into the game's debrief (the
 * class's text, the real and Nash texts, the scores, the survival in simulation) and its timeline of moves
 * in the game's sentences.
 *
 * @example
 * ```ts
 * const d = branchDebrief(issgClassGame('vienna-2016-05-17'), { stream, parent: null, records });
 * d.debrief.scores; // each delegation's utility above its reservation
 * ```
 */
export function branchDebrief<D = NegotiationDebrief>(
  game: ClassroomGame,
  branch: ClassBranch,
  label?: string,
): BranchDebrief<D> {
  const state = replay(classDecider(game), branch.records) as { game: unknown };
  return {
    name: label ? `${label}: ${branch.stream}` : branch.stream,
    stream: branch.stream,
    parent: branch.parent,
    over: game.isOver ? game.isOver(state.game) : false,
    debrief: (game.debrief ? game.debrief(state.game) : null) as D,
    timeline: branch.records
      .filter((r) => !BOOKKEEPING.has(r.type))
      .map((r) => ({
        seq: r.seq,
        at: r.at,
        actor: typeof r.meta?.actor === 'string' ? r.meta.actor : null,
        type: r.type,
        sentence: game.describe ? game.describe(r) : r.type,
      })),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** What a store holds of a class: its game's id and its branches, oldest first. */
export interface ClassLog {
  readonly game: string;
  readonly branches: readonly ClassBranch[];
}

/**
 * Read a class from its store (the NDJSON file or the database `parley class` wrote): the game's id from
 * its `<id>.class` stream, and every branch (the first stream and each rewind's `<id>~N`) with its
 * records (only `streams` and `read` are used: any read-only view of a log will do). Throws a
 * `ValidationError` when the store holds no class.
 *
 * @example
 * ```ts
 * const log = await readClassLog(await fileStore('vienna-class.ndjson'));
 * log.branches.map((b) => b.stream); // ['vienna-2016-05-17', 'vienna-2016-05-17~2']
 * ```
 */
export async function readClassLog(
  store: Pick<EventStore, 'read' | 'streams'>,
  gameId?: string,
): Promise<ClassLog> {
  const read = async (stream: string) => {
    const out: AnyRecordedEvent[] = [];
    for await (const r of store.read(stream)) out.push(r);
    return out;
  };
  const metas = gameId ? [`${gameId}.class`] : (await store.streams()).filter((s) => s.endsWith('.class'));
  for (const meta of metas) {
    const records = await read(meta);
    const opened = records.find((r) => r.type === 'class-opened');
    if (!opened || !isObject(opened.data) || typeof opened.data.game !== 'string') continue;
    const branches: ClassBranch[] = [];
    for (const r of records) {
      if (r.type !== 'class-branch' || !isObject(r.data) || typeof r.data.stream !== 'string') continue;
      const stream = r.data.stream;
      if (branches.some((b) => b.stream === stream)) continue;
      const parent = isObject(r.data.parent)
        ? { stream: String(r.data.parent.stream), seq: Number(r.data.parent.seq) }
        : null;
      branches.push({ stream, parent, records: await read(stream) });
    }
    return { game: opened.data.game, branches };
  }
  throw new ValidationError(
    'no class in this log: it has no "<agenda>.class" stream opened by parley class',
    {
      issues: [{ path: 'streams', message: 'a class log written by parley class' }],
    },
  );
}

/** One row of a comparison: a branch or a class, or a reference text (the real one, the Nash text). */
export interface ComparisonRow {
  readonly name: string;
  readonly kind: 'class' | 'real' | 'nash';
  /** `adopted`, `failed`, `open`, `pending` for a class; `reference` for the real and Nash texts. */
  readonly status: string;
  /** Where a branch was rewound from (`stream@seq`), else null. */
  readonly from: string | null;
  /** The option label the text chose on each issue (in agenda order), null where it has none. */
  readonly options: readonly (string | null)[];
  /** Each delegation's utility above its reservation (agenda order), null without a text. */
  readonly scores: readonly (number | null)[];
  /** The sum of the scores, null without a text. */
  readonly total: number | null;
  /** How many delegations score below zero (would have been better off without it). */
  readonly below: number | null;
  /** S(horizon) of the arrangement the text leads to in simulation, null without a model. */
  readonly survival: number | null;
  readonly moves: number | null;
}

/** Several classes or branches side by side: their texts, scores and survival, with the references. */
export interface DebriefComparison {
  readonly issues: readonly string[];
  readonly parties: readonly string[];
  /** The survival's runs, days and seed (null without a model of consequences). */
  readonly survival: { readonly runs: number; readonly days: number; readonly seed: number } | null;
  readonly rows: readonly ComparisonRow[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Compare the debriefs of several branches (or classes) of one agenda: one row per branch — its text's
 * options, each delegation's score, their sum, how many are below their reservation, and the survival
 * its text leads to — then the real text and the Nash text as references.
 *
 * @example
 * ```ts
 * const rows = compareDebriefs(agenda, branches.map((b) => branchDebrief(game, b))).rows;
 * ```
 */
export function compareDebriefs(
  agenda: Agenda,
  debriefs: readonly BranchDebrief<NegotiationDebrief>[],
): DebriefComparison {
  const optionsOf = (text: Text | null) =>
    agenda.issues.map((i) =>
      text ? (i.options.find((o) => o.id === text[i.id])?.label ?? text[i.id] ?? null) : null,
    );
  const sums = (scores: readonly (number | null)[]) =>
    scores.some((s) => s === null)
      ? { total: null, below: null }
      : {
          total: round2(scores.reduce<number>((a, s) => a + s!, 0)),
          below: scores.filter((s) => s! < 0).length,
        };
  const horizon = (s: { survival: Readonly<Record<string, number>> } | null | undefined) => {
    if (!s) return null;
    const values = Object.values(s.survival);
    return values[values.length - 1] ?? null;
  };
  const rows: ComparisonRow[] = debriefs.map((b) => {
    const d = b.debrief;
    const scores = agenda.parties.map((p) => d.scores.find((s) => s.party === p)?.score ?? null);
    return {
      name: b.name,
      kind: 'class',
      status: d.status,
      from: b.parent ? `${b.parent.stream}@${b.parent.seq}` : null,
      options: optionsOf(d.classText),
      scores,
      ...sums(scores),
      survival: horizon(d.survival?.class),
      moves: b.timeline.length,
    };
  });
  const first = debriefs[0]?.debrief;
  const reference = (kind: 'real' | 'nash', name: string, text: Text | null) => {
    if (!first || !text) return;
    const scores = agenda.parties.map(
      (p) => first.scores.find((s) => s.party === p)?.[kind === 'real' ? 'real' : 'nash'] ?? null,
    );
    rows.push({
      name,
      kind,
      status: 'reference',
      from: null,
      options: optionsOf(text),
      scores,
      ...sums(scores),
      survival: horizon(kind === 'real' ? first.survival?.real : first.survival?.nash),
      moves: null,
    });
  };
  reference('real', 'really adopted', first?.realText ?? null);
  reference('nash', 'Nash text', first?.nashText ?? null);
  const s = first?.survival;
  return {
    issues: agenda.issues.map((i) => i.label),
    parties: agenda.parties,
    survival: s ? { runs: s.runs, days: s.days, seed: s.seed } : null,
    rows,
  };
}
