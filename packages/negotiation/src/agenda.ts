/**
 * An agenda: the issues a negotiation settles, each with a finite set of options. A {@link Text} picks one
 * option per issue. The outcome space is the product of the option sets (`reference/bargaining.md`,
 * "Outcome space").
 *
 * Ids are stable, lower-case and hyphenated (`terrorist-list`, `no-date`): they are public vocabulary,
 * written into events, role cards and the classroom's wire.
 */
export interface Agenda {
  /** Stable id, e.g. `vienna-2016-05-17`. */
  readonly id: string;
  /** Title for people. */
  readonly title: string;
  /** What is being negotiated, in a sentence or two. */
  readonly description?: string;
  /** The delegations at the table (party ids, e.g. `us`, `ru`, `hnc`). */
  readonly parties: readonly string[];
  /** Who tables and revises the single negotiating text (co-chairs, a mediator); may be empty. */
  readonly chairs: readonly string[];
  /** How a text is adopted. */
  readonly decisionRule: import('./decisionRule.js').DecisionRule;
  /** The issues, in the order a text lists them. */
  readonly issues: readonly AgendaIssue[];
  /**
   * How the text is negotiated (default `single-text`): `single-text`, the chair tables one draft that
   * delegations amend and object to (Raiffa 1982); `alternating-offers`, two delegations take turns to
   * offer whole texts (Rubinstein 1982). `runNegotiation` runs the agenda's protocol unless told
   * otherwise.
   */
  readonly protocol?: NegotiationProtocolName;
  /** Rounds before the deadline fails the negotiation (the meeting's length). */
  readonly deadline: { readonly rounds: number };
  /** Where the agenda comes from (a citation), as on recorded events. */
  readonly source?: { readonly title: string; readonly url?: string; readonly date?: string };
}

/** The protocols an agenda can be negotiated under. */
export type NegotiationProtocolName = 'single-text' | 'alternating-offers';

/** One issue of an agenda. */
export interface AgendaIssue {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  /** The options; at least one. An option with `silent: true` is the text saying nothing on the issue. */
  readonly options: readonly IssueOption[];
}

/** One option of an issue. */
export interface IssueOption {
  readonly id: string;
  readonly label: string;
  /** True for the option "the text is silent on this issue". At most one per issue. */
  readonly silent?: boolean;
  /** What the option means, in a sentence. */
  readonly description?: string;
}

/**
 * A text (an outcome): issue id → option id, one entry for every issue of the agenda. A draft on the
 * table is a text; so is the adopted statement.
 */
export type Text = Readonly<Record<string, string>>;
