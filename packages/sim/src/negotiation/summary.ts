import type { Agenda, Text } from '@parley/negotiation';
import { survivalAccumulator, survivalAt } from '../stats/kaplanMeier.js';
import type { NegotiationRunResult } from './types.js';

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Survival of the arrangement that followed one kind of outcome. */
export interface OutcomeSurvival {
  /** `all`, `adopted`, `failed`, `real text` (the adopted text is the real one) or `other text`. */
  readonly outcome: string;
  readonly runs: number;
  /** Runs in which the arrangement collapsed within the horizon. */
  readonly collapsed: number;
  /** Kaplan–Meier S(t) at 30, 60 and 90 days (those within the horizon) and at the horizon. */
  readonly survival: Readonly<Record<string, number>>;
  /** Median days to collapse, or null when more than half held to the horizon. */
  readonly median: number | null;
}

/** The statistics of a negotiation sweep. */
export interface NegotiationSweepSummary {
  readonly agenda: string;
  readonly runs: number;
  readonly adopted: number;
  /** P(a text is adopted). */
  readonly agreement: number;
  /** Share of runs that adopted exactly the real text (null when the agenda has none). */
  readonly realText: number | null;
  /** For each issue, the share of adopted texts that chose each option. */
  readonly issues: readonly {
    readonly issue: string;
    readonly options: readonly { readonly option: string; readonly share: number }[];
  }[];
  /** Rounds to agreement among adopted runs (null when none was adopted); `counts[r]` runs adopted in round r. */
  readonly rounds: {
    readonly mean: number;
    readonly p25: number;
    readonly median: number;
    readonly p75: number;
    readonly max: number;
    readonly counts: readonly number[];
  } | null;
  /** P(agreement) by the strategy a party played (parties whose strategy varied across runs). */
  readonly byStrategy: readonly {
    readonly party: string;
    readonly strategy: string;
    readonly runs: number;
    readonly agreement: number;
  }[];
  /** With `thenDays`: the survival of the arrangement after each kind of outcome. */
  readonly after: {
    readonly days: number;
    readonly outcomes: readonly OutcomeSurvival[];
    /** S(horizon) among runs whose adopted text chose each option (options chosen at least once). */
    readonly byOption: readonly {
      readonly issue: string;
      readonly option: string;
      readonly runs: number;
      readonly survival: number;
    }[];
  } | null;
}

const sameText = (a: Text, b: Text, agenda: Agenda) => agenda.issues.every((i) => a[i.id] === b[i.id]);

function quantile(counts: readonly number[], n: number, q: number): number {
  const target = Math.max(1, Math.ceil(q * n));
  let seen = 0;
  for (let r = 0; r < counts.length; r++) {
    seen += counts[r]!;
    if (seen >= target) return r;
  }
  return counts.length - 1;
}

/**
 * Accumulate the runs of a negotiation sweep into a {@link NegotiationSweepSummary}, with memory
 * independent of the number of runs. Feed runs in run order for byte-identical output.
 *
 * @example
 * ```ts
 * const acc = negotiationSummaryAccumulator(agenda, realOutcome, 90);
 * for await (const r of runs) acc.add(r);
 * acc.summary().agreement;
 * ```
 */
export function negotiationSummaryAccumulator(
  agenda: Agenda,
  realOutcome: Text | undefined,
  thenDays: number | null,
): { add(run: NegotiationRunResult): void; summary(): NegotiationSweepSummary } {
  let runs = 0;
  let adopted = 0;
  let real = 0;
  const roundCounts: number[] = Array.from({ length: agenda.deadline.rounds + 2 }, () => 0);
  let roundSum = 0;
  const chosen = new Map<string, Map<string, number>>(
    agenda.issues.map((i) => [i.id, new Map(i.options.map((o) => [o.id, 0]))]),
  );
  const strategyRuns = new Map<string, { runs: number; adopted: number }>();
  const strategiesOf = new Map<string, Set<string>>();
  const groups = new Map<
    string,
    { acc: ReturnType<typeof survivalAccumulator>; runs: number; collapsed: number }
  >();
  const options = new Map<string, { acc: ReturnType<typeof survivalAccumulator>; runs: number }>();
  const horizon = thenDays ?? 0;
  const group = (name: string) => {
    let g = groups.get(name);
    if (!g) {
      g = { acc: survivalAccumulator(horizon), runs: 0, collapsed: 0 };
      groups.set(name, g);
    }
    return g;
  };
  // the order of the outcome groups is fixed, whatever the order runs arrive in
  if (thenDays !== null)
    for (const name of ['all', 'adopted', 'failed', 'real text', 'other text']) group(name);

  return {
    add(r) {
      runs++;
      const ok = r.status === 'adopted' && r.text !== null;
      if (ok) {
        adopted++;
        const round = Math.min(r.round, roundCounts.length - 1);
        roundCounts[round]!++;
        roundSum += r.round;
        for (const i of agenda.issues) {
          const m = chosen.get(i.id)!;
          const o = r.text![i.id]!;
          m.set(o, (m.get(o) ?? 0) + 1);
        }
      }
      const isReal = ok && realOutcome !== undefined && sameText(r.text!, realOutcome, agenda);
      if (isReal) real++;
      for (const [party, strategy] of Object.entries(r.strategies)) {
        const key = `${party}\u0000${strategy}`;
        const s = strategyRuns.get(key) ?? { runs: 0, adopted: 0 };
        s.runs++;
        if (ok) s.adopted++;
        strategyRuns.set(key, s);
        const set = strategiesOf.get(party) ?? new Set<string>();
        set.add(strategy);
        strategiesOf.set(party, set);
      }
      if (thenDays !== null && r.after !== null) {
        const collapsed = r.after.collapseDay !== null;
        const time = r.after.collapseDay ?? thenDays;
        const names = ['all', ok ? 'adopted' : 'failed'];
        if (ok && realOutcome !== undefined) names.push(isReal ? 'real text' : 'other text');
        for (const name of names) {
          const g = group(name);
          g.acc.add(time, collapsed);
          g.runs++;
          if (collapsed) g.collapsed++;
        }
        if (ok)
          for (const i of agenda.issues) {
            const key = `${i.id}\u0000${r.text![i.id]}`;
            let o = options.get(key);
            if (!o) {
              o = { acc: survivalAccumulator(horizon), runs: 0 };
              options.set(key, o);
            }
            o.acc.add(time, collapsed);
            o.runs++;
          }
      }
    },
    summary() {
      const issues = agenda.issues.map((i) => ({
        issue: i.id,
        options: i.options.map((o) => ({
          option: o.id,
          share: adopted === 0 ? 0 : r4((chosen.get(i.id)!.get(o.id) ?? 0) / adopted),
        })),
      }));
      const rounds =
        adopted === 0
          ? null
          : {
              mean: r4(roundSum / adopted),
              p25: quantile(roundCounts, adopted, 0.25),
              median: quantile(roundCounts, adopted, 0.5),
              p75: quantile(roundCounts, adopted, 0.75),
              max: roundCounts.reduce((m, c, r) => (c > 0 ? r : m), 0),
              counts: [...roundCounts],
            };
      const byStrategy: NegotiationSweepSummary['byStrategy'][number][] = [];
      for (const party of agenda.parties) {
        const set = strategiesOf.get(party);
        if (!set || set.size < 2) continue;
        for (const strategy of [...set].sort()) {
          const s = strategyRuns.get(`${party}\u0000${strategy}`)!;
          byStrategy.push({ party, strategy, runs: s.runs, agreement: r4(s.adopted / s.runs) });
        }
      }
      let after: NegotiationSweepSummary['after'] = null;
      if (thenDays !== null) {
        const at = [30, 60, 90].filter((d) => d < thenDays);
        const outcomes: OutcomeSurvival[] = [];
        for (const [outcome, g] of groups) {
          if (g.runs === 0) continue;
          const curve = g.acc.curve();
          const survival: Record<string, number> = {};
          for (const d of [...at, thenDays]) survival[String(d)] = r4(survivalAt(curve, d));
          outcomes.push({ outcome, runs: g.runs, collapsed: g.collapsed, survival, median: curve.median });
        }
        const byOption = [];
        for (const i of agenda.issues)
          for (const o of i.options) {
            const x = options.get(`${i.id}\u0000${o.id}`);
            if (x)
              byOption.push({
                issue: i.id,
                option: o.id,
                runs: x.runs,
                survival: r4(survivalAt(x.acc.curve(), thenDays)),
              });
          }
        after = { days: thenDays, outcomes, byOption };
      }
      return {
        agenda: agenda.id,
        runs,
        adopted,
        agreement: runs === 0 ? 0 : r4(adopted / runs),
        realText: realOutcome === undefined ? null : runs === 0 ? 0 : r4(real / runs),
        issues,
        rounds,
        byStrategy,
        after,
      };
    },
  };
}
