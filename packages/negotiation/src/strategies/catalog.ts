import { UsageError } from '@parley/core';
import { utility } from '../preferences.js';
import { chairMoves } from './chair.js';
import { memberMoves } from './member.js';
import { offerMoves } from './offers.js';
import { draftsAtRoundEnds, idealUtility, timeDependentTarget, utilityOrZero } from './targets.js';
import type { Strategy, StrategyView } from './types.js';

/** A strategy defined by its target utility over time; the moves follow from the role. */
function byTarget(name: string, target: (view: StrategyView) => number): Strategy {
  return {
    name,
    act(view) {
      const t = target(view);
      switch (view.role) {
        case 'pen':
          return chairMoves(view, t);
        case 'member':
          return memberMoves(view, t);
        case 'offer':
          return offerMoves(view, t);
      }
    },
  };
}

const bounds = (view: StrategyView) => {
  const prefs = view.preferences;
  if (!prefs) return { min: 0, max: 0 };
  return { min: prefs.reservation, max: Math.max(prefs.reservation, idealUtility(view.agenda, prefs)) };
};

/**
 * Time-dependent concession (Faratin, Sierra & Jennings 1998): the target utility falls from the
 * delegation's ideal `P_max` to its reservation `P_min` as `p(t) = P_min + (P_max − P_min)(1 − t^(1/e))`
 * over normalised time `t`. It supports (or accepts) any text at or above the target and never one that
 * crosses its red lines; holding the pen, it tables the believed Nash text among texts at its target.
 *
 * @example
 * ```ts
 * timeDependent(0.2).name; // 'boulware:0.2'
 * ```
 */
export function timeDependent(e: number): Strategy {
  if (!(e > 0) || !Number.isFinite(e))
    throw new UsageError(
      `timeDependent: e must be a positive number (0.2 Boulware, 1 linear, 2 Conceder), got ${e}`,
    );
  const name = e === 1 ? 'linear' : e < 1 ? `boulware:${e}` : `conceder:${e}`;
  return byTarget(name, (view) => timeDependentTarget(view.time, { e, ...bounds(view) }));
}

/**
 * Boulware: concedes late (`e = 0.2` by default, as in GENIUS).
 *
 * @example
 * ```ts
 * runNegotiation({ agenda, preferences, strategies: { ru: boulware() }, seed: 1 });
 * ```
 */
export function boulware(e = 0.2): Strategy {
  if (!(e < 1))
    throw new UsageError(`boulware: e must be below 1 (concedes late), got ${e}; use conceder for e > 1`);
  return timeDependent(e);
}

/**
 * Linear concession (`e = 1`).
 *
 * @example
 * ```ts
 * linear().name; // 'linear'
 * ```
 */
export function linear(): Strategy {
  return timeDependent(1);
}

/**
 * Conceder: concedes early (`e = 2` by default, as in GENIUS).
 *
 * @example
 * ```ts
 * conceder(3).name; // 'conceder:3'
 * ```
 */
export function conceder(e = 2): Strategy {
  if (!(e > 1))
    throw new UsageError(`conceder: e must be above 1 (concedes early), got ${e}; use boulware for e < 1`);
  return timeDependent(e);
}

/**
 * Hardliner: never concedes below its ideal utility (it objects to anything but its best text).
 *
 * @example
 * ```ts
 * hardliner().name; // 'hardliner'
 * ```
 */
export function hardliner(): Strategy {
  return byTarget('hardliner', (view) => bounds(view).max);
}

/**
 * Tit-for-tat (Axelrod 1984; NegMAS `NaiveTitForTatNegotiator`): starts at its ideal and concedes, each
 * round, as much as the others conceded to it in the last one — the gain in its utility of the text on
 * the table (the draft, or the other's offer) between the ends of the last two rounds — never below its
 * reservation.
 *
 * @example
 * ```ts
 * titForTat().name; // 'tit-for-tat'
 * ```
 */
export function titForTat(): Strategy {
  return byTarget('tit-for-tat', (view) => {
    const prefs = view.preferences;
    const { min, max } = bounds(view);
    if (!prefs) return max;
    const ends = draftsAtRoundEnds(view.events);
    let target = max;
    for (let r = 1; r < ends.length; r++) {
      const before = ends[r - 1] ?? null;
      const after = ends[r] ?? null;
      if (before === null || after === null) continue;
      target -= Math.max(0, utility(prefs, after) - utilityOrZero(prefs, before));
    }
    return Math.max(min, target);
  });
}

/**
 * Mediator: supports any text acceptable to it (its reservation is its target); holding the pen, it
 * tables the Nash text among the texts it believes acceptable to everyone and revises it on objections
 * (`reference/bargaining.md`, "Mediator / chair").
 *
 * @example
 * ```ts
 * runNegotiation({ agenda, preferences, strategies: { us: mediator() }, seed: 1 });
 * ```
 */
export function mediator(): Strategy {
  return byTarget('mediator', (view) => bounds(view).min);
}

/** The strategy names `strategyByName` knows, with their parameter. */
export const STRATEGY_NAMES = [
  'boulware[:e]',
  'linear',
  'conceder[:e]',
  'time-dependent:e',
  'tit-for-tat',
  'hardliner',
  'mediator',
] as const;

/**
 * A strategy from its command-line name `NAME[:PARAM]`: `boulware` (e = 0.2), `boulware:0.1`, `linear`,
 * `conceder` (e = 2), `conceder:3`, `time-dependent:0.5`, `tit-for-tat`, `hardliner`, `mediator`.
 * Throws a `UsageError` listing the names for anything else.
 *
 * @example
 * ```ts
 * strategyByName('boulware:0.2').name; // 'boulware:0.2'
 * ```
 */
export function strategyByName(spec: string): Strategy {
  const [name, param, ...rest] = spec.split(':');
  const e = param === undefined ? undefined : Number(param);
  const fail = (why: string) =>
    new UsageError(`strategy "${spec}": ${why}; known strategies: ${STRATEGY_NAMES.join(', ')}`);
  if (rest.length > 0 || (param !== undefined && (param === '' || !Number.isFinite(e))))
    throw fail('the parameter must be one number, as in boulware:0.2');
  const noParam = () => {
    if (param !== undefined) throw fail(`${name} takes no parameter`);
  };
  switch (name) {
    case 'boulware':
      return boulware(e ?? 0.2);
    case 'conceder':
      return conceder(e ?? 2);
    case 'linear':
      noParam();
      return linear();
    case 'time-dependent':
      if (e === undefined) throw fail('time-dependent needs its parameter e, as in time-dependent:0.5');
      return timeDependent(e);
    case 'tit-for-tat':
      noParam();
      return titForTat();
    case 'hardliner':
      noParam();
      return hardliner();
    case 'mediator':
      noParam();
      return mediator();
    default:
      throw fail('unknown name');
  }
}
