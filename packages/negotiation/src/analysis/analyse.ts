import type { Agenda, Text } from '../agenda.js';
import type { Preferences } from '../preferences.js';
import type { Random } from '../random.js';
import { validatePreferences } from '../validate/preferences.js';
import { additiveFront, paretoRows } from './pareto.js';
import { evaluateSpace, preferencesInOrder, textAt } from './space.js';
import { vetoPlayers, winningTest } from './winning.js';

const SCALE = 2 ** 40;
const PENALTY = 2 ** 42;

/** Options of {@link analyse}. */
export interface AnalysisOptions {
  /** Enumerate exactly when the outcome space has at most this many texts (default 200,000). */
  readonly maxTexts?: number;
  /** Beyond `maxTexts`, evaluate this many distinct texts drawn uniformly (default 50,000). */
  readonly samples?: number;
  /** Seed of the sampler (default 1); or pass `random`. */
  readonly seed?: number;
  readonly random?: Random;
  /** At most this many texts are listed in `pareto` and `zopa` (default 10,000); the sizes count all. */
  readonly maxListed?: number;
}

/** A solution text with every delegation's utility of it. */
export interface SolutionPoint {
  readonly text: Text;
  readonly utilities: Readonly<Record<string, number>>;
}

/**
 * The analysis of an agenda under the delegations' preferences (`reference/bargaining.md`, "Solutions").
 * Definitions, on the texts evaluated (all of them when `exact`):
 *
 * - A text is **acceptable** to a delegation when it crosses none of its red lines and gives it at least
 *   its reservation value; **individually rational** (IR) when acceptable to every delegation.
 * - **Pareto frontier**: the texts no other text makes better for one delegation and worse for none,
 *   where a delegation ranks texts first by how many of its red lines they cross (fewer is better), then
 *   by utility; utilities are compared at 2⁻⁴⁰ resolution, so ties are ties whatever the summation order.
 * - **Nash** (Nash 1950): the IR text maximising `Πᵢ (uᵢ − dᵢ)`; **Kalai–Smorodinsky** (1975): the IR
 *   text maximising `minᵢ (uᵢ − dᵢ)/(uᵢ* − dᵢ)` with `uᵢ*` the best IR utility of `i`; **utilitarian**:
 *   the IR text maximising `Σᵢ uᵢ`; **egalitarian**: the IR text maximising `minᵢ (uᵢ − dᵢ)`. Each is
 *   taken among the Pareto-optimal IR texts (so each is Pareto-optimal); ties go to the larger sum of
 *   utilities, then to the first text in enumeration order. `null` when no text is IR.
 * - **ZOPA**: the texts the decision rule adopts when each delegation supports exactly the texts
 *   acceptable to it (under consensus, the IR texts; under the co-chairs rule, the texts both co-chairs
 *   accept; under a qualified majority `q`, those at least a fraction `q` accept).
 * - **Veto players**: the delegations without whose support the rule adopts nothing.
 * - **blockedAlone[i]**: how many texts are outside the ZOPA only because `i` finds them unacceptable
 *   (they would be adopted if `i` supported them): how much larger the ZOPA would be without `i`'s
 *   constraint. **Pivotal**: the veto players with `blockedAlone > 0` — removing their objection would
 *   enlarge the ZOPA; when the ZOPA is empty, exactly the veto players whose objection alone empties it.
 * - **gains**: each delegation's utility at the Nash text minus its reservation (empty when no Nash).
 */
export interface Analysis {
  readonly agenda: string;
  /** True when every text was evaluated; false when `sampled` texts were. */
  readonly exact: boolean;
  /** Number of texts evaluated by sampling (absent when exact). */
  readonly sampled?: number;
  /** The size of the whole outcome space. */
  readonly spaceSize: number;
  /** The enumeration bound used: exact up to this many texts. */
  readonly bound: number;
  readonly parties: readonly string[];
  readonly vetoPlayers: readonly string[];
  /** Pareto-optimal texts (at most `maxListed`, in decreasing order of total utility). */
  readonly pareto: readonly Text[];
  readonly paretoSize: number;
  readonly nash: SolutionPoint | null;
  readonly kalaiSmorodinsky: SolutionPoint | null;
  readonly utilitarian: SolutionPoint | null;
  readonly egalitarian: SolutionPoint | null;
  /** Texts in the ZOPA (at most `maxListed`, in enumeration order). */
  readonly zopa: readonly Text[];
  readonly zopaSize: number;
  /** Number of individually rational texts. */
  readonly rationalSize: number;
  readonly pivotal: readonly string[];
  readonly blockedAlone: Readonly<Record<string, number>>;
  readonly gains: Readonly<Record<string, number>>;
}

/**
 * Analyse an agenda: Pareto frontier, Nash, Kalai–Smorodinsky, utilitarian and egalitarian texts, the
 * ZOPA under the decision rule, veto and pivotal players, gains at the Nash text (see {@link Analysis}
 * for the definitions). Exact up to `maxTexts` texts, sampled (seeded) beyond, the bound stated.
 *
 * @example
 * ```ts
 * const a = analyse(agenda, [usPrefs, ruPrefs, irPrefs]);
 * a.nash?.text;  // { talks: 'july', aid: 'convoys', list: 'keep' }
 * a.zopaSize;    // 3
 * a.pivotal;     // ['ir']
 * ```
 */
export function analyse(
  agenda: Agenda,
  preferences: readonly Preferences[] | Readonly<Record<string, Preferences>>,
  options: AnalysisOptions = {},
): Analysis {
  // Only the delegations at the table; theirs must fit the agenda.
  const prefs = validatePreferences(agenda, preferencesInOrder(agenda, preferences));
  const maxTexts = options.maxTexts ?? 200_000;
  const maxListed = options.maxListed ?? 10_000;
  const n = prefs.length;
  const d = prefs.map((p) => p.reservation);

  // Who accepts each text, the ZOPA, and how many texts each delegation alone keeps out of it — in one
  // pass as the texts are enumerated (no table of every text's utilities is kept).
  const support = new Uint8Array(n);
  const win = winningTest(agenda);
  const blocked = new Float64Array(n);
  const zopa: Text[] = [];
  let zopaSize = 0;
  let rationalSize = 0;
  const consensus = agenda.decisionRule === 'consensus';
  const textOf = (digits: ArrayLike<number>, dOff: number): Text => {
    const text: Record<string, string> = {};
    agenda.issues.forEach((issue, j) => {
      text[issue.id] = issue.options[digits[dOff + j]!]!.id;
    });
    return text;
  };
  const tally = (
    digits: ArrayLike<number>,
    dOff: number,
    u: Float64Array,
    c: Uint8Array,
    off: number,
  ): void => {
    let all = 1;
    let against = 0;
    let lastAgainst = -1;
    for (let i = 0; i < n; i++) {
      const ok = c[off + i] === 0 && u[off + i]! >= d[i]! ? 1 : 0;
      support[i] = ok;
      all &= ok;
      if (!ok) {
        against++;
        lastAgainst = i;
      }
    }
    rationalSize += all;
    if (consensus) {
      // Under consensus the rule adopts exactly the texts every delegation supports, and a text is kept
      // out by one delegation alone exactly when it is the only one against (what the general branch
      // below finds by trying each).
      if (all && n > 0) {
        zopaSize++;
        if (zopa.length < maxListed) zopa.push(textOf(digits, dOff));
      } else if (against === 1) blocked[lastAgainst]!++;
      return;
    }
    if (win(support)) {
      zopaSize++;
      if (zopa.length < maxListed) zopa.push(textOf(digits, dOff));
    } else {
      for (let i = 0; i < n; i++) {
        if (support[i]) continue;
        support[i] = 1;
        if (win(support)) blocked[i]!++;
        support[i] = 0;
      }
    }
  };
  const space = evaluateSpace(agenda, prefs, {
    maxTexts,
    samples: options.samples ?? 50_000,
    seed: options.seed ?? 1,
    ...(options.random ? { random: options.random } : {}),
    visit: (digits, u, c, off) => tally(digits, 0, u, c, off),
  });
  const { count } = space;
  if (!space.exact)
    for (let t = 0; t < count; t++)
      tally(space.digits, t * space.issues, space.utility, space.crosses, t * n);

  // The Pareto frontier, on exact integer values (utilities at 2⁻⁴⁰ resolution, minus a penalty larger
  // than any utility per red line crossed), so that ties are ties whatever the order of summation.
  const { radix, contrib, red, maxOptions } = space;
  const cell = (j: number, o: number, i: number) => {
    const at = (j * maxOptions + o) * n + i;
    return Math.round(contrib[at]! * SCALE) - (red[at] ? PENALTY : 0);
  };
  const k = space.issues;
  let frontDigits: Uint16Array;
  let paretoSize: number;
  if (space.exact) {
    const f = additiveFront(radix, n, cell);
    frontDigits = f.digits;
    paretoSize = f.count;
  } else {
    const values = new Float64Array(count * n);
    for (let t = 0; t < count; t++)
      for (let i = 0; i < n; i++) {
        let v = 0;
        for (let j = 0; j < k; j++) v += cell(j, space.digits[t * k + j]!, i);
        values[t * n + i] = v;
      }
    const rows = paretoRows(values, count, n);
    frontDigits = new Uint16Array(rows.length * k);
    rows.forEach((t, r) => {
      for (let j = 0; j < k; j++) frontDigits[r * k + j] = space.digits[t * k + j]!;
    });
    paretoSize = rows.length;
  }
  // Float utilities and red lines of the frontier texts (same sums as the space's).
  const fu = new Float64Array(paretoSize * n);
  const fRational = new Uint8Array(paretoSize);
  for (let r = 0; r < paretoSize; r++) {
    let all = 1;
    for (let i = 0; i < n; i++) {
      let u = 0;
      let c = 0;
      for (let j = 0; j < k; j++) {
        const at = (j * maxOptions + frontDigits[r * k + j]!) * n + i;
        u += contrib[at]!;
        c |= red[at]!;
      }
      fu[r * n + i] = u;
      if (c || u < d[i]!) all = 0;
    }
    fRational[r] = all;
  }
  const front = { digits: frontDigits, issues: k };
  const candidates: number[] = [];
  for (let r = 0; r < paretoSize; r++) if (fRational[r]) candidates.push(r);
  const utility = fu;
  const sumOf = (t: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += utility[t * n + i]!;
    return s;
  };
  const ideal = d.map((di, i) => {
    let best = di;
    for (const t of candidates) best = Math.max(best, utility[t * n + i]!);
    return best;
  });
  const best = (score: (t: number) => number): number | null => {
    let arg: number | null = null;
    let top = -Infinity;
    let topSum = -Infinity;
    for (const t of candidates) {
      const s = score(t);
      const sum = sumOf(t);
      if (s > top || (s === top && (sum > topSum || (sum === topSum && arg !== null && t < arg)))) {
        arg = t;
        top = s;
        topSum = sum;
      }
    }
    return arg;
  };
  const point = (t: number | null): SolutionPoint | null =>
    t === null
      ? null
      : {
          text: textAt(agenda, front, t),
          utilities: Object.fromEntries(prefs.map((p, i) => [p.party, utility[t * n + i]!])),
        };
  const nashRow = best((t) => {
    let prod = 1;
    for (let i = 0; i < n; i++) prod *= utility[t * n + i]! - d[i]!;
    return prod;
  });
  const ksRow = best((t) => {
    let m = Infinity;
    for (let i = 0; i < n; i++) {
      const span = ideal[i]! - d[i]!;
      m = Math.min(m, span > 0 ? (utility[t * n + i]! - d[i]!) / span : 1);
    }
    return m;
  });
  const utilitarianRow = best(sumOf);
  const egalitarianRow = best((t) => {
    let m = Infinity;
    for (let i = 0; i < n; i++) m = Math.min(m, utility[t * n + i]! - d[i]!);
    return m;
  });

  const vetoes = vetoPlayers(agenda);
  const blockedAlone = Object.fromEntries(prefs.map((p, i) => [p.party, blocked[i]!]));
  const nash = point(nashRow);
  return {
    agenda: agenda.id,
    exact: space.exact,
    ...(space.exact ? {} : { sampled: space.count }),
    spaceSize: space.size,
    bound: maxTexts,
    parties: prefs.map((p) => p.party),
    vetoPlayers: vetoes,
    pareto: Array.from({ length: Math.min(paretoSize, maxListed) }, (_, r) => textAt(agenda, front, r)),
    paretoSize,
    nash,
    kalaiSmorodinsky: point(ksRow),
    utilitarian: point(utilitarianRow),
    egalitarian: point(egalitarianRow),
    zopa,
    zopaSize,
    rationalSize,
    pivotal: vetoes.filter((p) => (blockedAlone[p] ?? 0) > 0),
    blockedAlone,
    gains:
      nash === null
        ? {}
        : Object.fromEntries(prefs.map((p, i) => [p.party, (nash.utilities[p.party] ?? 0) - d[i]!])),
  };
}
