import type { RecordedEvent } from '@parley/core';
import type { Agenda, Text } from '../agenda.js';
import type { NegotiationEvent } from '../events.js';
import type { Preferences } from '../preferences.js';

/**
 * An agenda's issues and options as indices, so that strategies read typed tables instead of building
 * string keys: `cell = issue * maxOptions + option`. Cached per `agenda.issues` array (treated as
 * immutable, like every agenda).
 */
export interface AgendaIndex {
  /** Number of issues. */
  readonly k: number;
  /** The largest number of options of an issue (at least 1). */
  readonly M: number;
  readonly issue: ReadonlyMap<string, number>;
  /** Per issue: option id → option index. */
  readonly option: readonly ReadonlyMap<string, number>[];
}

const indices = new WeakMap<Agenda['issues'], AgendaIndex>();

/** The {@link AgendaIndex} of an agenda (memoised on its issues array). */
export function agendaIndex(agenda: Agenda): AgendaIndex {
  const hit = indices.get(agenda.issues);
  if (hit) return hit;
  const out: AgendaIndex = {
    k: agenda.issues.length,
    M: Math.max(1, ...agenda.issues.map((i) => i.options.length)),
    issue: new Map(agenda.issues.map((i, j) => [i.id, j])),
    option: agenda.issues.map((i) => new Map(i.options.map((o, x) => [o.id, x]))),
  };
  indices.set(agenda.issues, out);
  return out;
}

/** A delegation's own tables by cell: its weighted value `w·v` and 1 where the option is on a red line. */
export interface OwnTables {
  readonly own: Float64Array;
  readonly red: Uint8Array;
  /** The option's value `v` (unweighted; 0 where none is given). */
  readonly value: Float64Array;
  /** The weight of each issue (0 where none is given). */
  readonly weight: Float64Array;
}

const owns = new WeakMap<Preferences, WeakMap<Agenda['issues'], OwnTables>>();

/** The {@link OwnTables} of a delegation's preferences (memoised; preferences are treated as immutable). */
export function ownTables(agenda: Agenda, prefs: Preferences): OwnTables {
  const hit = owns.get(prefs)?.get(agenda.issues);
  if (hit) return hit;
  const { k, M } = agendaIndex(agenda);
  const own = new Float64Array(k * M);
  const red = new Uint8Array(k * M);
  const value = new Float64Array(k * M);
  const weight = new Float64Array(k);
  agenda.issues.forEach((issue, j) => {
    const w = prefs.weights[issue.id] ?? 0;
    weight[j] = w;
    issue.options.forEach((o, x) => {
      const cell = j * M + x;
      value[cell] = prefs.values[issue.id]?.[o.id] ?? 0;
      own[cell] = w * (prefs.values[issue.id]?.[o.id] ?? 0);
      red[cell] = prefs.redLines[issue.id]?.includes(o.id) ? 1 : 0;
    });
  });
  let byIssues = owns.get(prefs);
  if (!byIssues) {
    byIssues = new WeakMap();
    owns.set(prefs, byIssues);
  }
  const out = { own, red, value, weight };
  byIssues.set(agenda.issues, out);
  return out;
}

/**
 * What the pen-holder believes of the other delegations, from public events only: an option a
 * delegation objected to (the draft's option on the issue it named) is believed unacceptable to it; an
 * option it proposed is believed its favourite (value 1); everything else is unknown (0.5). Tables by
 * `(party index in agenda.parties) * k * M + cell`.
 */
export interface Beliefs {
  /** The believed value, NaN where unknown. */
  readonly values: Float64Array;
  /** 1 where the option is believed unacceptable to the party. */
  readonly vetoed: Uint8Array;
  /** Party id → index in the tables (the agenda's delegations). */
  readonly party: ReadonlyMap<string, number>;
}

interface Folded {
  readonly beliefs: Beliefs;
  readonly versions: Text[];
  readonly viewer: string;
  readonly issues: Agenda['issues'];
  seen: number;
  last: RecordedEvent<NegotiationEvent> | undefined;
}

/** Beliefs folded so far, per events array (an agent's visible events only ever grow in a run). */
const folds = new WeakMap<readonly RecordedEvent<NegotiationEvent>[], Folded>();

function fresh(agenda: Agenda, viewer: string): Folded {
  const { k, M } = agendaIndex(agenda);
  const P = agenda.parties.length;
  return {
    beliefs: {
      values: new Float64Array(P * k * M).fill(Number.NaN),
      vetoed: new Uint8Array(P * k * M),
      party: new Map(agenda.parties.map((p, i) => [p, i])),
    },
    versions: [],
    viewer,
    issues: agenda.issues,
    seen: 0,
    last: undefined,
  };
}

/**
 * The beliefs of `viewer` from the events it sees, folded incrementally: the events array of a run only
 * grows, so each call reads only the events added since the last one (checked: the same array, the same
 * last event, the same viewer and agenda; otherwise the fold starts again from the first event).
 *
 * @example
 * ```ts
 * beliefsOf(view.agenda, view.party, view.events).vetoed; // 1 where a party is believed to reject
 * ```
 */
export function beliefsOf(
  agenda: Agenda,
  viewer: string,
  events: readonly RecordedEvent<NegotiationEvent>[],
): Beliefs {
  let f = folds.get(events);
  if (
    !f ||
    f.viewer !== viewer ||
    f.issues !== agenda.issues ||
    f.seen > events.length ||
    (f.seen > 0 && events[f.seen - 1] !== f.last)
  ) {
    f = fresh(agenda, viewer);
    folds.set(events, f);
  }
  const { k, M, issue: issueIndex, option: optionIndex } = agendaIndex(agenda);
  const { values, vetoed, party } = f.beliefs;
  const at = (by: string, issue: string, option: string): number => {
    const p = party.get(by);
    const j = issueIndex.get(issue);
    if (p === undefined || j === undefined) return -1;
    const x = optionIndex[j]!.get(option);
    return x === undefined ? -1 : p * k * M + j * M + x;
  };
  for (let n = f.seen; n < events.length; n++) {
    const e = events[n]!;
    if (e.type === 'draft-tabled' || e.type === 'amendment-accepted')
      f.versions[e.data.version - 1] = e.data.draft;
    else if (e.type === 'objection-raised' && e.data.by !== viewer && e.data.issue !== undefined) {
      const option = f.versions[e.data.version - 1]?.[e.data.issue];
      if (option !== undefined) {
        const c = at(e.data.by, e.data.issue, option);
        if (c >= 0) {
          values[c] = 0;
          vetoed[c] = 1;
        }
      }
    } else if (e.type === 'amendment-proposed' && e.data.by !== viewer) {
      const c = at(e.data.by, e.data.issue, e.data.option);
      if (c >= 0) {
        values[c] = 1;
        vetoed[c] = 0;
      }
    }
  }
  f.seen = events.length;
  f.last = events[events.length - 1];
  return f.beliefs;
}
