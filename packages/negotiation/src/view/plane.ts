import { UsageError } from '@parley/core';
import type { Agenda, Text } from '../agenda.js';
import { evaluateSpace, preferencesInOrder } from '../analysis/space.js';
import { type Preferences, utility } from '../preferences.js';

/** Options of {@link outcomePlane}. */
export interface OutcomePlaneOptions {
  /** Enumerate exactly when the outcome space has at most this many texts (default 200,000, as `analyse`). */
  readonly maxTexts?: number;
  /** Beyond `maxTexts`, evaluate this many distinct texts drawn uniformly (default 50,000). */
  readonly samples?: number;
  /** Seed of the sampler (default 1). */
  readonly seed?: number;
  /** Texts to place on the plane, by name (`nash`, `real`, `simulated`); `null` ones are left out. */
  readonly marks?: Readonly<Record<string, Text | null | undefined>>;
}

/** A point of the plane: the two delegations' utilities, and how many texts give that pair. */
export interface PlanePoint {
  readonly x: number;
  readonly y: number;
  readonly texts: number;
}

/** A named text placed on the plane. */
export interface PlaneMark {
  readonly name: string;
  readonly text: Text;
  readonly x: number;
  readonly y: number;
}

/**
 * The outcome space seen by two delegations: every text's pair of utilities (`x` for the first, `y` for
 * the second), merged into distinct points, and the Pareto frontier of those two.
 */
export interface OutcomePlane {
  /** The two delegations: `[x, y]`. */
  readonly axes: readonly [string, string];
  /** True when every text was evaluated; false when a sample of `evaluated` texts was. */
  readonly exact: boolean;
  /** The size of the whole outcome space. */
  readonly spaceSize: number;
  /** Texts evaluated (all of them when exact). */
  readonly evaluated: number;
  /** The enumeration bound: exact up to this many texts. */
  readonly bound: number;
  /** Distinct utility pairs of the texts evaluated, in increasing `x`, then `y`. */
  readonly points: readonly PlanePoint[];
  /**
   * The points no other point beats for one delegation without losing for the other (utility only; red
   * lines are not counted here), in increasing `x` (so decreasing `y`).
   */
  readonly frontier: readonly PlanePoint[];
  readonly marks: readonly PlaneMark[];
}

/** Utilities compared at 2⁻⁴⁰, as `analyse` does: sums in another order still tie. */
const SCALE = 2 ** 40;
const snap = (u: number) => Math.round(u * SCALE) / SCALE;

/**
 * The outcome space of an agenda for two chosen delegations — the data of a 2-D chart: each text's pair
 * of utilities (exact up to `maxTexts` texts, else a seeded sample, the bound stated), merged into
 * distinct points; the two-delegation Pareto frontier of those points; and named texts (the Nash text,
 * the real outcome, the simulated one) placed on the plane. Every front end draws it from here.
 *
 * @example
 * ```ts
 * const a = analyse(agenda, prefs);
 * const plane = outcomePlane(agenda, prefs, ['us', 'ru'], { marks: { nash: a.nash?.text, simulated: run.outcome.text } });
 * plane.frontier.length; // 7
 * plane.marks.find((m) => m.name === 'nash'); // { name: 'nash', text: { … }, x: 0.87, y: 0.55 }
 * ```
 */
export function outcomePlane(
  agenda: Agenda,
  preferences: readonly Preferences[] | Readonly<Record<string, Preferences>>,
  axes: readonly [string, string],
  options: OutcomePlaneOptions = {},
): OutcomePlane {
  const [a, b] = axes;
  for (const p of axes)
    if (!agenda.parties.includes(p))
      throw new UsageError(
        `outcomePlane: "${p}" is not a delegation of ${agenda.id}; choose two of ${agenda.parties.join(', ')}`,
      );
  if (a === b) throw new UsageError(`outcomePlane: choose two different delegations, not ${a} twice`);
  const all = preferencesInOrder(agenda, preferences);
  const two = [all.find((p) => p.party === a)!, all.find((p) => p.party === b)!];
  const bound = options.maxTexts ?? 200_000;
  const counts = new Map<string, PlanePoint>();
  const add = (x: number, y: number) => {
    const key = `${x},${y}`;
    const p = counts.get(key);
    counts.set(key, { x, y, texts: (p?.texts ?? 0) + 1 });
  };
  const space = evaluateSpace(agenda, two, {
    maxTexts: bound,
    samples: options.samples ?? 50_000,
    seed: options.seed ?? 1,
    visit: (_d, u, _c, offset) => add(snap(u[offset]!), snap(u[offset + 1]!)),
  });
  // A sampled space has its rows (the visitor serves the enumeration only).
  for (let t = 0; t < space.utility.length / 2; t++)
    add(snap(space.utility[2 * t]!), snap(space.utility[2 * t + 1]!));
  const points = [...counts.values()].sort((p, q) => p.x - q.x || p.y - q.y);
  return {
    axes: [a, b],
    exact: space.exact,
    spaceSize: space.size,
    evaluated: space.count,
    bound,
    points,
    frontier: frontier2d(points),
    marks: Object.entries(options.marks ?? {}).flatMap(([name, text]) =>
      text ? [{ name, text, x: utility(two[0]!, text), y: utility(two[1]!, text) }] : [],
    ),
  };
}

/** The 2-D Pareto frontier of distinct points: sweep from the largest `x`, keeping each new best `y`. */
function frontier2d(points: readonly PlanePoint[]): PlanePoint[] {
  const out: PlanePoint[] = [];
  let best = Number.NEGATIVE_INFINITY;
  // Decreasing x, and within one x decreasing y: only the first of an x can beat the y seen so far.
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    if (p.y > best) {
      out.push(p);
      best = p.y;
    }
  }
  return out.reverse();
}
