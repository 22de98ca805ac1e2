import {
  type Agenda,
  type Analysis,
  acceptable,
  meetsDecisionRule,
  type Preferences,
  type Text,
  utility,
} from '@parley/negotiation';

/** How a real (or any) text stands in the model: ZOPA, Pareto frontier, distance to the Nash text. */
export interface TextStanding {
  /** The decision rule adopts it when every delegation supports exactly the texts acceptable to it. */
  readonly inZopa: boolean;
  /** On the Pareto frontier; null when the analysis listed only part of the frontier and not this text. */
  readonly paretoOptimal: boolean | null;
  /** The issues on which it differs from the Nash text (empty when it is the Nash text; null without one). */
  readonly nashDiffers:
    | readonly { readonly issue: string; readonly text: string; readonly nash: string }[]
    | null;
  /** Each delegation's utility of the text, its reservation and the margin between them (utility − reservation). */
  readonly margins: readonly {
    readonly party: string;
    readonly utility: number;
    readonly nash: number | null;
    readonly reservation: number;
    readonly margin: number;
    readonly redLine: boolean;
  }[];
  /** The delegation with the smallest margin: its reservation decides whether the text is in the ZOPA. */
  readonly tightest: string;
}

const same = (a: Text, b: Text, agenda: Agenda) => agenda.issues.every((i) => a[i.id] === b[i.id]);

/**
 * Where a text stands under the delegations' preferences and an analysis of the agenda (`analyse`): in
 * the ZOPA or not, on the Pareto frontier or not, which issues separate it from the Nash text, and each
 * delegation's margin over its reservation — the smallest margin names the assumption that decides
 * whether the text is in the ZOPA. Used for the real outcome of the ISSG agendas (docs/negotiation.md).
 *
 * @example
 * ```ts
 * const s = textStanding(agenda, prefs, analyse(agenda, prefs), realOutcome(agenda.id));
 * s.nashDiffers; // [{ issue: 'talks-date', text: 'no-date', nash: 'early-june' }]
 * ```
 */
export function textStanding(
  agenda: Agenda,
  preferences: readonly Preferences[],
  analysis: Analysis,
  text: Text,
): TextStanding {
  const supporters = preferences.filter((p) => acceptable(p, text)).map((p) => p.party);
  const inZopa = meetsDecisionRule(agenda.decisionRule, {
    present: agenda.parties,
    coChairs: agenda.chairs,
    supporters,
    objectors: agenda.parties.filter((p) => !supporters.includes(p)),
  });
  const listed = analysis.pareto.some((t) => same(t, text, agenda));
  const paretoOptimal = listed ? true : analysis.pareto.length >= analysis.paretoSize ? false : null;
  const nash = analysis.nash;
  const nashDiffers =
    nash === null
      ? null
      : agenda.issues
          .filter((i) => nash.text[i.id] !== text[i.id])
          .map((i) => ({ issue: i.id, text: text[i.id]!, nash: nash.text[i.id]! }));
  const margins = preferences.map((p) => {
    const u = utility(p, text);
    return {
      party: p.party,
      utility: u,
      nash: nash?.utilities[p.party] ?? null,
      reservation: p.reservation,
      margin: u - p.reservation,
      redLine: !acceptable(p, text) && u >= p.reservation,
    };
  });
  const tightest = margins.reduce((a, b) => (b.margin < a.margin ? b : a)).party;
  return { inZopa, paretoOptimal, nashDiffers, margins, tightest };
}
