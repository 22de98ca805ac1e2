import type { Agenda, DecisionRule, Preferences } from '../../src/index.js';
import { seededRandom } from '../../src/index.js';

/**
 * A random agenda and preferences for tests and benchmarks: `issues` issues with `options` options each
 * (a number, or [min, max]), `parties` delegations; with `blocs`, delegations are drawn around one of a
 * few bloc positions (as real delegations are), else independently.
 */
export function randomAgenda(
  seed: number,
  shape: {
    issues: number;
    options: number | readonly [number, number];
    parties: number;
    blocs?: number;
    rule?: DecisionRule;
    redLines?: boolean;
    rounds?: number;
  },
): { agenda: Agenda; preferences: Preferences[] } {
  const r = seededRandom(seed);
  const [lo, hi] = typeof shape.options === 'number' ? [shape.options, shape.options] : shape.options;
  const issues = Array.from({ length: shape.issues }, (_, j) => {
    const m = lo + Math.floor(r() * (hi - lo + 1));
    return {
      id: `i${j}`,
      label: `Issue ${j}`,
      options: Array.from({ length: m }, (_, o) => ({
        id: `o${o}`,
        label: `Option ${o}`,
        ...(o === m - 1 && m > 2 ? { silent: true } : {}),
      })),
    };
  });
  const parties = Array.from({ length: shape.parties }, (_, i) => `p${i}`);
  const blocs = Array.from({ length: shape.blocs ?? 0 }, () =>
    issues.map((iss) => iss.options.map(() => r())),
  );
  const preferences: Preferences[] = parties.map((party, i) => {
    const raw = issues.map(() => r() + 0.05);
    const total = raw.reduce((a, b) => a + b, 0);
    const bloc = blocs.length > 0 ? blocs[i % blocs.length] : undefined;
    const values: Record<string, Record<string, number>> = {};
    const redLines: Record<string, string[]> = {};
    issues.forEach((iss, j) => {
      values[iss.id] = Object.fromEntries(
        iss.options.map((o, k) => {
          const base = bloc ? bloc[j]![k]! * 0.7 + r() * 0.3 : r();
          return [o.id, Math.round(base * 1000) / 1000];
        }),
      );
      if (shape.redLines && r() < 0.1) {
        const worst = iss.options.reduce((a, b) =>
          values[iss.id]![a.id]! <= values[iss.id]![b.id]! ? a : b,
        );
        redLines[iss.id] = [worst.id];
      }
    });
    const weights = Object.fromEntries(issues.map((iss, j) => [iss.id, raw[j]! / total]));
    return { party, weights, values, redLines, reservation: Math.round(r() * 0.4 * 1000) / 1000 };
  });
  const agenda: Agenda = {
    id: `random-${seed}`,
    title: `Random agenda ${seed}`,
    parties,
    chairs: parties.slice(0, 2),
    decisionRule: shape.rule ?? 'consensus',
    deadline: { rounds: shape.rounds ?? 10 },
    issues,
  };
  return { agenda, preferences };
}
