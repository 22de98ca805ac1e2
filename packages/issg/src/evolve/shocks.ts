import type { ViolationSummary } from '../state/types.js';

/**
 * How much a reported violation weighs in the violence level, by attribution (modelling choice, docs/issg.md):
 * a verified one in full, a contested one at 0.6, an alleged one at 0.3 — the teaching guide's "contested
 * and disputed reports weigh less".
 */
export const ATTRIBUTION_WEIGHTS: Readonly<Record<ViolationSummary['attribution'], number>> = {
  verified: 1,
  contested: 0.6,
  alleged: 0.3,
};

/** Share of a violation's remaining weight that a dispute of its blame removes from the violence level. */
export const DISPUTE_DISCOUNT = 0.5;

/** Weight of an attacked convoy and of an announced offensive in the violence level (severity scale 1–5). */
export const CONVOY_ATTACK_WEIGHT = 5;
/** See {@link CONVOY_ATTACK_WEIGHT}. */
export const OFFENSIVE_WEIGHT = 3;

/**
 * Shocks to humanitarian access, added to `humanitarian.disruption` (half-life 30 days): a denial of access
 * (1; 2 when the place is besieged), an attack on a convoy (3), the suspension of convoys (2). A besieged
 * place denied access also stays cut off (`humanitarian.cutOff`) until aid reaches it, and while it does its
 * denial weighs `deniedBesieged` in full on top of the fading shocks: a siege that stands does not fade.
 */
export const ACCESS_SHOCK_WEIGHTS = {
  denied: 1,
  deniedBesieged: 2,
  convoyAttacked: 3,
  convoysSuspended: 2,
} as const;

/** Monitors whose counts are kept beside the reference series (`observationsByMonitor`), never driving an indicator. */
export const ALTERNATE_MONITORS: readonly string[] = ['snhr', 'vdc'];
