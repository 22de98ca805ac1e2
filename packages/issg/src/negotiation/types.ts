import type { Source } from '@parley/core';
import type { Agenda, RoleCard, Text, UncertainPreferences } from '@parley/negotiation';

/**
 * The flag `reference/issg-positions.md` gives a claim: **V** verified in an official text or a reputable
 * outlet, **P** partial (one secondary or partisan source, or an inference), **U** not verified; a row that
 * mixes them carries both (`V / P`).
 */
export type PositionFlag = 'V' | 'P' | 'U' | 'V / P';

/** A position a delegation stated on an issue of the agenda, with its sources (P… and S… keys). */
export interface StatedPosition {
  /** The agenda issue it bears on. */
  readonly issue: string;
  /** What the delegation said, with its date. */
  readonly position: string;
  /** Options of the issue the statement supports (its ordinal content); the numbers are assumptions. */
  readonly favours: readonly string[];
  /** Options it rejected; those the card makes red lines are listed in `redLine`. */
  readonly opposes: readonly string[];
  /** True when the reference calls the position a red line (a veto used or threatened). */
  readonly redLine: boolean;
  /** The reference's source keys (P… from issg-positions.md, S… from issg-chronology.md). */
  readonly keys: readonly string[];
  readonly sources: readonly Source[];
  readonly flag: PositionFlag;
}

/**
 * The role card of an ISSG delegation: the general {@link RoleCard} (preferences, briefing, sources,
 * assumptions) with the stated positions behind it and the ranges a Monte Carlo draws from.
 */
export interface IssgRoleCard extends RoleCard {
  readonly positions: readonly StatedPosition[];
  /** The same preferences with ranges (see `assumptions` for the widths). */
  readonly uncertain: UncertainPreferences;
}

/** A delegation that was not at the table, and why. */
export interface AbsentParty {
  readonly party: string;
  readonly reason: string;
}

/**
 * An agenda of the ISSG's negotiations of 2016: the general {@link Agenda} with the meeting it was settled
 * at, its protocol, the modelling assumptions about the table itself (who holds a veto, the deadline), and
 * the actors whose positions are documented but who had no seat.
 */
export interface IssgAgenda extends Agenda {
  /** The record's meeting or agreement id (`vienna-2016-05-17`). */
  readonly meeting: string;
  /** The date the text was adopted. */
  readonly at: string;
  readonly protocol: 'single-text' | 'alternating-offers';
  readonly absent: readonly AbsentParty[];
  readonly assumptions: readonly string[];
  readonly sources: readonly Source[];
  /** The real outcome: what was adopted (issue id → option id). */
  readonly realOutcome: Text;
}
