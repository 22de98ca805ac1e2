import type { HostilitiesStatus, TalksStatus } from './types.js';

/**
 * The allowed moves of the status of hostilities:
 *
 * ```
 * none ──take effect──▶ cessation ──reach──▶ ceasefire
 *                        │   ▲  ▲                │
 *                collapse│   │  └─renew (same)   │collapse
 *                        ▼   │renew              ▼
 *                       collapsed ◀──────────────┘
 * ```
 * A comprehensive ceasefire is only ever reached from a cessation in force; a goal of one changes nothing.
 */
export const HOSTILITIES_EDGES: Readonly<Record<HostilitiesStatus, readonly HostilitiesStatus[]>> = {
  none: ['cessation'],
  cessation: ['cessation', 'ceasefire', 'collapsed'],
  ceasefire: ['collapsed'],
  collapsed: ['cessation'],
};

/**
 * The allowed moves of the talks: scheduled → in session ⇄ paused → adjourned (round ended) → …; a pause
 * can be re-dated (paused → paused) when the announced resumption slips.
 */
export const TALKS_EDGES: Readonly<Record<TalksStatus, readonly TalksStatus[]>> = {
  'not-scheduled': ['scheduled', 'in-session'],
  scheduled: ['scheduled', 'in-session'],
  'in-session': ['paused', 'adjourned'],
  paused: ['paused', 'in-session', 'adjourned'],
  adjourned: ['scheduled', 'in-session'],
};

/**
 * True when the status of hostilities may move from `from` to `to`.
 *
 * @example
 * ```ts
 * canMoveHostilities('none', 'ceasefire'); // false
 * canMoveHostilities('collapsed', 'cessation'); // true (renewal)
 * ```
 */
export function canMoveHostilities(from: HostilitiesStatus, to: HostilitiesStatus): boolean {
  return HOSTILITIES_EDGES[from].includes(to);
}

/**
 * True when the talks may move from `from` to `to`.
 *
 * @example
 * ```ts
 * canMoveTalks('paused', 'in-session'); // true
 * ```
 */
export function canMoveTalks(from: TalksStatus, to: TalksStatus): boolean {
  return TALKS_EDGES[from].includes(to);
}
