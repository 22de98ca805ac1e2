import { runMonteCarlo } from '@parley/sim/node';
import type { Figures, Sizes } from '../lib/args.js';
import { compare, foldCase, median } from '../lib/measure.js';
import { mutableIssgFold } from '../lib/mutable.js';
import { synthLog } from '../lib/synth.js';
import type { Workload } from '../lib/workload.js';

const SCENARIO = 'issg-2015-2016';

/** One sweep: its events (every event the decider accepted), CPU ms and wall ms. */
async function sweep(runs: number, days: number, workers: number, seed: number) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let events = 0;
  for await (const r of runMonteCarlo({ scenario: SCENARIO, runs, seed, workers, days })) events += r.events;
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { events, wall, cpu: (c.user + c.system) / 1000 };
}

/**
 * Monte Carlo (policies + decide + evolve, `@parley/sim`'s `runMonteCarlo` over the ISSG model) against
 * the bare hand-written fold, and 2 worker threads against 1.
 *
 * - `mc.vsFold`: the sweep runs in this thread (`workers: 0`), rounds interleaved with the mutable fold
 *   of the replay section's synthetic log; both in CPU time.
 * - `mc.scaling2`: wall-clock throughput of the same sweep on 2 worker threads ÷ on 1, rounds alternated.
 *   Wall time, by nature: it measures whether the second core is used — and on a shared machine, whether
 *   the second core is free.
 */
export async function run(w: Workload, z: Sizes): Promise<Figures> {
  // The same log and fold as the replay section's baseline (1 M events in a full run).
  const log = synthLog(z.replay, { decider: w.decider, seed: 1, mix: w.mix });
  let mcEvents = 0;
  const inThread: { cpu: number; wall: number }[] = [];
  // The sweep is asynchronous, so it is timed by hand between the fold's rounds.
  const rounds = Math.max(1, Math.min(z.rounds, 3));
  await sweep(Math.max(2, z.mcRuns >> 3), z.mcDays, 0, 99); // warm-up
  const fold = compare([foldCase('mutable', log.length, () => mutableIssgFold(w.decider.initial(), log))], {
    rounds: 1,
    warmup: z.warmup,
  });
  const foldCpu: number[] = [...fold.mutable!.samples];
  for (let r = 0; r < rounds; r++) {
    const s = await sweep(z.mcRuns, z.mcDays, 0, 1 + r);
    mcEvents = s.events;
    inThread.push(s);
    foldCpu.push(
      ...compare([foldCase('mutable', log.length, () => mutableIssgFold(w.decider.initial(), log))], {
        rounds: 1,
        warmup: 0,
      }).mutable!.samples,
    );
  }
  const mcEps = (mcEvents / median(inThread.map((s) => s.cpu))) * 1000;
  const foldEps = (log.length / median(foldCpu)) * 1000;

  const one: { events: number; wall: number; cpu: number }[] = [];
  const two: typeof one = [];
  // Sweeps of 10 × `z.mcRuns` runs (10,000 in a full run), so that starting the worker threads — each
  // loads the model, from TypeScript sources through tsx — is a small part of a sweep; that start-up is
  // measured on its own with 2-run sweeps.
  const runs = z.mcRuns * 10;
  const startup1 = (await sweep(2, 1, 1, 77)).wall;
  const startup2 = (await sweep(2, 1, 2, 77)).wall;
  for (let r = 0; r < rounds; r++) {
    one.push(await sweep(runs, z.mcDays, 1, 11 + r));
    two.push(await sweep(runs, z.mcDays, 2, 11 + r));
  }
  const eps = (xs: typeof one) => median(xs.map((s) => (s.events / s.wall) * 1000));
  const cpuPerEvent = (xs: typeof one) => median(xs.map((s) => s.cpu / s.events));
  // The same without each sweep's start-up (starting the workers, preparing the model), as measured by
  // the 2-run sweeps: what a pool kept across sweeps would give. Informational; `mc.scaling2` is the figure.
  const steady = (xs: typeof one, startup: number) =>
    median(xs.map((s) => (s.events / Math.max(1, s.wall - startup)) * 1000));
  const best = (xs: typeof one) => Math.max(...xs.map((s) => (s.events / s.wall) * 1000));
  return {
    'mc.vsFold': mcEps / foldEps,
    'mc.eventsPerSec': mcEps,
    'mc.foldEventsPerSec': foldEps,
    'mc.eventsPerRun': mcEvents / z.mcRuns,
    'mc.scaling2': eps(two) / eps(one),
    'mc.scaling2Best': best(two) / best(one),
    // CPU time per event with 2 workers ÷ with 1: about 1 when the second worker adds no work of its own,
    // so that a wall-clock scaling below 2 comes from the cores available, not from the runner.
    'mc.cpuPerEvent2vs1': cpuPerEvent(two) / cpuPerEvent(one),
    'mc.scaling2Steady': steady(two, startup2) / steady(one, startup1),
    'mc.startupMs1': startup1,
    'mc.startupMs2': startup2,
    'mc.eventsPerWallSec1': eps(one),
    'mc.eventsPerWallSec2': eps(two),
    'mc.runs': runs,
    'mc.days': z.mcDays,
  };
}
