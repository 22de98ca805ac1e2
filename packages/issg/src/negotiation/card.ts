import type { Source } from '@parley/core';
import type { Preferences, UncertainPreferences } from '@parley/negotiation';
import { SOURCES } from '../record/sources.js';
import { POSITION_SOURCES } from './sources.js';
import type { IssgAgenda, IssgRoleCard, PositionFlag, StatedPosition } from './types.js';

/**
 * The source of a key of the reference: P… (issg-positions.md) or S… (issg-chronology.md).
 *
 * @example
 * ```ts
 * positionSource('P47').url; // 'https://english.alarabiya.net/News/middle-east/2016/05/18/…'
 * ```
 */
export function positionSource(key: string): Source {
  const s = POSITION_SOURCES[key] ?? SOURCES[key];
  if (s === undefined) throw new Error(`positionSource: unknown source key ${key}`);
  return s;
}

/** How wide the Monte Carlo ranges are around a card's numbers (one modelling assumption for all cards). */
export const UNCERTAINTY = { weight: 0.5, value: 0.15, reservation: 0.1 } as const;

/** What a card says about one issue: the numbers and why (every number is a modelling assumption). */
export interface IssueSpec {
  /** Weight of the issue (the weights of a card sum to 1). */
  readonly w: number;
  /** Option id → value in [0, 1]. */
  readonly v: Readonly<Record<string, number>>;
  /** Options the delegation can never accept. */
  readonly red?: readonly string[];
  /** Why these numbers: the stated position they translate, or that nothing was documented. */
  readonly why: string;
}

/** A stated position as written in a card's data: keys and flag as the reference gives them. */
export interface PositionSpec {
  readonly issue: string;
  readonly position: string;
  readonly favours?: readonly string[];
  readonly opposes?: readonly string[];
  readonly redLine?: boolean;
  readonly keys: readonly string[];
  readonly flag: PositionFlag;
}

/** The data of one delegation's card. */
export interface CardSpec {
  readonly party: string;
  readonly briefing: string;
  readonly reservation: number;
  readonly reservationWhy: string;
  readonly issues: Readonly<Record<string, IssueSpec>>;
  readonly positions: readonly PositionSpec[];
}

const fmt = (x: number): string => String(Math.round(x * 1000) / 1000);
const clamp01 = (x: number): number => Math.min(1, Math.max(0, Math.round(x * 1000) / 1000));

/**
 * Build a role card from its data: the preferences, the stated positions with their sources, the
 * uncertain preferences (ranges of `UNCERTAINTY` width), and one assumption line for every number — no
 * source states a weight, a value or a reservation, so every number is a modelling assumption, and each
 * line says what it translates. A red line is documented when a stated position marked `redLine` opposes
 * that option; any other red line is listed as an assumption too.
 *
 * @example
 * ```ts
 * const card = roleCard(viennaAgenda, { party: 'us', briefing: '…', reservation: 0.45, reservationWhy: '…',
 *   issues: { 'talks-date': { w: 1, v: { 'early-june': 0.7, 'no-date': 0.5 }, why: '…' } }, positions: [] });
 * ```
 */
export function roleCard(agenda: IssgAgenda, spec: CardSpec): IssgRoleCard {
  const weights: Record<string, number> = {};
  const values: Record<string, Record<string, number>> = {};
  const redLines: Record<string, readonly string[]> = {};
  const uWeights: Record<string, readonly [number, number]> = {};
  const uValues: Record<string, Record<string, readonly [number, number]>> = {};
  const assumptions: string[] = [];
  const positions: StatedPosition[] = spec.positions.map((p) => ({
    issue: p.issue,
    position: p.position,
    favours: p.favours ?? [],
    opposes: p.opposes ?? [],
    redLine: p.redLine ?? false,
    keys: p.keys,
    sources: p.keys.map(positionSource),
    flag: p.flag,
  }));
  for (const issue of agenda.issues) {
    const s = spec.issues[issue.id];
    if (s === undefined) throw new Error(`roleCard ${spec.party}: no numbers for issue ${issue.id}`);
    weights[issue.id] = s.w;
    values[issue.id] = { ...s.v };
    uWeights[issue.id] = [clamp01(s.w * (1 - UNCERTAINTY.weight)), clamp01(s.w * (1 + UNCERTAINTY.weight))];
    uValues[issue.id] = Object.fromEntries(
      Object.entries(s.v).map(([o, x]) => [
        o,
        [clamp01(x - UNCERTAINTY.value), clamp01(x + UNCERTAINTY.value)],
      ]),
    );
    const vs = issue.options.map((o) => `${o.id} ${fmt(s.v[o.id] ?? Number.NaN)}`).join(', ');
    assumptions.push(`${issue.id}: weight ${fmt(s.w)}; values ${vs} (modelling assumption: ${s.why})`);
    if (s.red && s.red.length > 0) {
      redLines[issue.id] = s.red;
      for (const o of s.red) {
        const documented = positions.some((p) => p.issue === issue.id && p.redLine && p.opposes.includes(o));
        if (!documented)
          assumptions.push(
            `${issue.id}: red line on ${o} (modelling assumption: no source calls it a red line)`,
          );
      }
    }
  }
  assumptions.push(`reservation ${fmt(spec.reservation)} (modelling assumption: ${spec.reservationWhy})`);
  const rLow = clamp01(spec.reservation - UNCERTAINTY.reservation);
  const rHigh = clamp01(spec.reservation + UNCERTAINTY.reservation);
  assumptions.push(
    `uncertainty for Monte Carlo: weights ×[${fmt(1 - UNCERTAINTY.weight)}, ${fmt(1 + UNCERTAINTY.weight)}], values ±${fmt(
      UNCERTAINTY.value,
    )}, reservation [${fmt(rLow)}, ${fmt(rHigh)}] (modelling assumption: the same width for every delegation)`,
  );
  const preferences: Preferences = {
    party: spec.party,
    weights,
    values,
    redLines,
    reservation: spec.reservation,
  };
  const uncertain: UncertainPreferences = {
    party: spec.party,
    weights: uWeights,
    values: uValues,
    redLines,
    reservation: [rLow, rHigh],
  };
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const p of positions)
    p.sources.forEach((src, i) => {
      const key = p.keys[i]!;
      if (!seen.has(key)) {
        seen.add(key);
        sources.push(src);
      }
    });
  return {
    party: spec.party,
    agenda: agenda.id,
    preferences,
    briefing: spec.briefing,
    sources,
    assumptions,
    positions,
    uncertain,
  };
}
