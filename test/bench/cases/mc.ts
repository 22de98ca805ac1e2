import { runMonteCarlo } from '@parley/sim/node';
import type { Figures } from '../lib/args.js';
import { median } from '../lib/measure.js';
import { type CaseFactory, numParam } from './types.js';

const SCENARIO = 'issg-2015-2016';

/** One sweep: its runs, its events (every event the decider accepted), CPU ms and wall ms. */
async function sweep(runs: number, days: number, workers: number, seed: number) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let events = 0;
  for await (const r of runMonteCarlo({ scenario: SCENARIO, runs, seed, workers, days })) events += r.events;
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { runs, events, wall, cpu: (c.user + c.system) / 1000 };
}

/**
 * A Monte Carlo sweep of the ISSG model in this thread (`workers: 0`), in a process of its own that holds
 * no log: a round is one sweep of `runs` runs of `days` days. `extra` measures the scaling: sweeps of
 * `scalingRuns` runs on 1 and on 2 worker threads, alternated, wall time.
 */
export const mcCase: CaseFactory = async (input) => {
  const runs = numParam(input, 'runs', 1000);
  const days = numParam(input, 'days', 150);
  const scalingRuns = numParam(input, 'scalingRuns', runs * 10);
  const rounds = numParam(input, 'rounds', 3);
  let round = 0;
  await sweep(Math.max(2, runs >> 3), days, 0, 99); // warm-up of the model's code
  return {
    run: async () => (await sweep(runs, days, 0, 1 + round++)).events,
    probe: async () => (await sweep(2, days, 0, 7)).events,
    extra: async (): Promise<Figures> => {
      const startup1 = (await sweep(2, 1, 1, 77)).wall;
      const startup2 = (await sweep(2, 1, 2, 77)).wall;
      const one: Awaited<ReturnType<typeof sweep>>[] = [];
      const two: typeof one = [];
      for (let r = 0; r < rounds; r++) {
        one.push(await sweep(scalingRuns, days, 1, 11 + r));
        two.push(await sweep(scalingRuns, days, 2, 11 + r));
      }
      const eps = (xs: typeof one) => median(xs.map((s) => (s.events / s.wall) * 1000));
      const rps = (xs: typeof one) => median(xs.map((s) => (s.runs / s.wall) * 1000));
      const cpuPerEvent = (xs: typeof one) => median(xs.map((s) => s.cpu / s.events));
      const steady = (xs: typeof one, startup: number) =>
        median(xs.map((s) => (s.events / Math.max(1, s.wall - startup)) * 1000));
      return {
        'mc.scaling2': eps(two) / eps(one),
        'mc.runsPerSec1': rps(one),
        'mc.runsPerSec2': rps(two),
        'mc.cpuPerEvent2vs1': cpuPerEvent(two) / cpuPerEvent(one),
        'mc.scaling2Steady': steady(two, startup2) / steady(one, startup1),
        'mc.startupMs1': startup1,
        'mc.startupMs2': startup2,
        'mc.eventsPerWallSec1': eps(one),
        'mc.eventsPerWallSec2': eps(two),
        'mc.scalingRuns': scalingRuns,
      };
    },
  };
};
