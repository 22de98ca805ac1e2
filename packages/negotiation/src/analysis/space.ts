import { UsageError } from '@parley/core';
import type { Agenda, Text } from '../agenda.js';
import type { Preferences } from '../preferences.js';
import { type Random, seededRandom } from '../random.js';

/**
 * The outcome space, evaluated: every text (or a sample of them) as option indices, with each party's
 * utility and red-line crossings in flat typed arrays (row = text, column = party). Internal to analysis.
 */
export interface EvaluatedSpace {
  readonly parties: readonly string[];
  /** Number of texts evaluated (rows). */
  readonly count: number;
  /** Size of the whole outcome space (the product of the option counts). */
  readonly size: number;
  readonly exact: boolean;
  /** Option index per issue, row-major: `digits[t * issues + j]`. */
  readonly digits: Uint16Array;
  /** Utility, row-major: `utility[t * parties + i]`. */
  readonly utility: Float64Array;
  /** 1 where the text crosses the party's red line. */
  readonly crosses: Uint8Array;
  readonly issues: number;
  /** Options per issue. */
  readonly radix: readonly number[];
  /** `contrib[(j * maxOptions + o) * parties + i]` = wᵢⱼ · vᵢⱼ(o). */
  readonly contrib: Float64Array;
  /** `red[(j * maxOptions + o) * parties + i]` = 1 when option o of issue j is on party i's red line. */
  readonly red: Uint8Array;
  readonly maxOptions: number;
}

/** The preferences of each party of the agenda, in agenda order; throws when one is missing. */
export function preferencesInOrder(
  agenda: Agenda,
  preferences: readonly Preferences[] | Readonly<Record<string, Preferences>>,
): Preferences[] {
  const list: readonly Preferences[] = Array.isArray(preferences)
    ? (preferences as readonly Preferences[])
    : Object.values(preferences as Readonly<Record<string, Preferences>>);
  return agenda.parties.map((p) => {
    const found = list.find((x) => x.party === p);
    if (!found)
      throw new UsageError(
        `the preferences of "${p}" are missing; give one Preferences per delegation of the agenda "${agenda.id}"`,
      );
    return found;
  });
}

/** Size of the outcome space (may exceed 2^53 for huge agendas: then it is approximate). */
export function spaceSize(agenda: Agenda): number {
  return agenda.issues.reduce((n, i) => n * i.options.length, 1);
}

/**
 * Evaluate the outcome space: enumerate every text when there are at most `maxTexts`, else draw
 * `samples` texts uniformly (with replacement, duplicates dropped) from a seeded stream.
 */
export function evaluateSpace(
  agenda: Agenda,
  prefs: readonly Preferences[],
  options: {
    maxTexts: number;
    samples: number;
    random?: Random;
    seed: number;
    /**
     * When the space is enumerated, call this for each text (option indices, and the utility and red-line
     * flags of every party at `offset` of the arrays given) instead of storing the rows: the returned
     * space then has no rows (`digits`, `utility`, `crosses` empty), which saves memory and time.
     */
    visit?: (digits: readonly number[], utility: Float64Array, crosses: Uint8Array, offset: number) => void;
  },
): EvaluatedSpace {
  const k = agenda.issues.length;
  const n = prefs.length;
  const radix = agenda.issues.map((i) => i.options.length);
  // contrib[(j * maxOpt + o) * n + i] = w_ij · v_ij(o); red likewise (1 = red line).
  const maxOpt = Math.max(1, ...radix);
  const contrib = new Float64Array(k * maxOpt * n);
  const red = new Uint8Array(k * maxOpt * n);
  agenda.issues.forEach((issue, j) => {
    issue.options.forEach((opt, o) => {
      prefs.forEach((p, i) => {
        const w = p.weights[issue.id] ?? 0;
        contrib[(j * maxOpt + o) * n + i] = w * (p.values[issue.id]?.[opt.id] ?? 0);
        red[(j * maxOpt + o) * n + i] = p.redLines[issue.id]?.includes(opt.id) ? 1 : 0;
      });
    });
  });
  const size = spaceSize(agenda);
  const exact = size <= options.maxTexts;
  const count = exact ? size : Math.min(options.samples, size);
  const digits = new Uint16Array(exact && options.visit ? 0 : count * k);
  if (exact) {
    // Odometer, the last issue varying fastest (the order in which texts are listed), with running
    // prefix sums per issue so that each text costs one addition per party, not one per issue.
    const visit = options.visit;
    const utility = new Float64Array(visit ? 0 : count * n);
    const crosses = new Uint8Array(visit ? 0 : count * n);
    const d = new Array<number>(k).fill(0);
    const preU = new Float64Array((k + 1) * n);
    const preC = new Uint8Array((k + 1) * n);
    const refresh = (from: number) => {
      for (let j = from; j < k; j++) {
        const cellAt = (j * maxOpt + d[j]!) * n;
        for (let i = 0; i < n; i++) {
          preU[(j + 1) * n + i] = preU[j * n + i]! + contrib[cellAt + i]!;
          preC[(j + 1) * n + i] = preC[j * n + i]! | red[cellAt + i]!;
        }
      }
    };
    refresh(0);
    const last = k * n;
    for (let t = 0; t < count; t++) {
      if (visit) visit(d, preU, preC, last);
      else {
        for (let j = 0; j < k; j++) digits[t * k + j] = d[j]!;
        for (let i = 0; i < n; i++) {
          utility[t * n + i] = preU[last + i]!;
          crosses[t * n + i] = preC[last + i]!;
        }
      }
      let j = k - 1;
      for (; j >= 0; j--) {
        if (++d[j]! < radix[j]!) break;
        d[j] = 0;
      }
      if (j >= 0) refresh(j);
    }
    return { ...shape(digits, count), utility, crosses };
  } else {
    const random = options.random ?? seededRandom(options.seed);
    const seen = new Set<string>();
    let t = 0;
    let attempts = 0;
    const row = new Array<number>(k);
    while (t < count && attempts < count * 20) {
      attempts++;
      for (let j = 0; j < k; j++) row[j] = Math.floor(random() * radix[j]!);
      const key = row.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      for (let j = 0; j < k; j++) digits[t * k + j] = row[j]!;
      t++;
    }
    if (t < count) return finish(digits.slice(0, t * k), t);
  }
  return finish(digits, count);

  function shape(dg: Uint16Array, rows: number) {
    return {
      parties: prefs.map((p) => p.party),
      count: rows,
      size,
      exact,
      digits: dg,
      issues: k,
      radix,
      contrib,
      red,
      maxOptions: maxOpt,
    };
  }

  function finish(dg: Uint16Array, rows: number): EvaluatedSpace {
    const utility = new Float64Array(rows * n);
    const crosses = new Uint8Array(rows * n);
    for (let t = 0; t < rows; t++) {
      const base = t * n;
      for (let j = 0; j < k; j++) {
        const cell = (j * maxOpt + dg[t * k + j]!) * n;
        for (let i = 0; i < n; i++) {
          utility[base + i]! += contrib[cell + i]!;
          crosses[base + i]! |= red[cell + i]!;
        }
      }
    }
    return { ...shape(dg, rows), utility, crosses };
  }
}

/** The text of row `t`. */
export function textAt(
  agenda: Agenda,
  space: { readonly digits: Uint16Array; readonly issues: number },
  t: number,
): Text {
  const out: Record<string, string> = {};
  const k = space.issues;
  for (let j = 0; j < k; j++) {
    const issue = agenda.issues[j]!;
    out[issue.id] = issue.options[space.digits[t * k + j]!]!.id;
  }
  return out;
}
