import type { Text } from '@parley/negotiation';
import { type OutcomeSurvival, survivalAccumulator, survivalAt } from '@parley/sim';

/** How many runs of the ceasefire model a debrief runs after a text, for how many days, from which seed. */
export interface SurvivalOptions {
  readonly runs: number;
  readonly days: number;
  readonly seed: number;
}

/**
 * The debrief's default: 40 runs of 90 days from seed 1 — seeded, so every debrief of a text says the
 * same, and modest, so a debrief takes about a second per text.
 */
export const DEBRIEF_SURVIVAL: SurvivalOptions = { runs: 40, days: 90, seed: 1 };

/**
 * What follows an outcome: run `run` of seed `seed` of a stochastic model for `days` days after `text`
 * (null: no text was adopted) — e.g. `issgConsequences` of `@parley/sim` bound to an agenda.
 */
export type Consequences = (
  text: Text | null,
  days: number,
  seed: number,
  run: number,
) => { readonly collapseDay: number | null };

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * The survival of the arrangement a text leads to: `runs` seeded runs of the model that follows it, as
 * Kaplan–Meier S(t) at 30, 60 and 90 days (those within the horizon) and at the horizon, the runs that
 * collapsed and the median day of collapse — the statistics of `parley negotiate --runs N --then-days D`,
 * for one text. Same inputs, same numbers.
 *
 * @example
 * ```ts
 * const after = (text, days, seed, run) => issgConsequences('vienna-2016-05-17', text, days, seed, run);
 * textSurvival(after, realOutcome('vienna-2016-05-17'), DEBRIEF_SURVIVAL, 'real text').survival['90'];
 * ```
 */
export function textSurvival(
  consequences: Consequences,
  text: Text | null,
  options: SurvivalOptions,
  outcome: string,
): OutcomeSurvival {
  const acc = survivalAccumulator(options.days);
  let collapsed = 0;
  for (let run = 0; run < options.runs; run++) {
    const day = consequences(text, options.days, options.seed, run).collapseDay;
    if (day !== null) collapsed++;
    acc.add(Math.min(day ?? options.days, options.days), day !== null);
  }
  const curve = acc.curve();
  const survival: Record<string, number> = {};
  for (const d of [...[30, 60, 90].filter((d) => d < options.days), options.days])
    survival[String(d)] = r4(survivalAt(curve, d));
  return { outcome, runs: options.runs, collapsed, survival, median: curve.median };
}
