import { replay } from '@parley/core';
import { issgAgenda, issgRoleCards } from '@parley/issg';
import { analyse, type NegotiationRun, runNegotiation, singleTextProtocol } from '@parley/negotiation';
import type { Figures, Sizes } from '../lib/args.js';
import { compare, median, sink, time } from '../lib/measure.js';
import type { Workload } from '../lib/workload.js';

/**
 * Negotiation (`@parley/negotiation`, from the sources), on one core, on the Vienna agenda of `@parley/issg`
 * (`vienna-2016-05-17`: 9 issues, 19,440 texts, 9 delegations, their role cards):
 *
 * - `neg.analysisMs`: median CPU ms of one full `analyse` (exact: every text of the space), each sample the
 *   mean of a batch of 5 after one collection.
 * - `neg.runsPerSec`: negotiations (`runNegotiation`, default strategies, 10 rounds) per CPU second.
 * - `neg.vsFold`: events per CPU second of those negotiations (agents + decide + evolve + records) ÷
 *   events per CPU second of the bare `replay` of the same records; rounds interleaved.
 */
export async function run(_w: Workload, z: Sizes): Promise<Figures> {
  const agenda = issgAgenda('vienna-2016-05-17');
  const preferences = issgRoleCards(agenda.id).map((card) => card.preferences);
  const analyses = z.quick ? 2 : 15;
  for (let i = 0; i < (z.quick ? 1 : 5); i++) analyse(agenda, preferences); // warm-up: let the JIT tier up
  // Each sample times a batch of analyses after one collection: a forced full collection drops V8's
  // type feedback and optimised code, and re-warming after it (tens of ms) would be charged to a single
  // 30 ms analysis — a cost a program analysing one agenda after another does not pay (issue 10).
  const batch = z.quick ? 1 : 5;
  const analysisMs: number[] = [];
  let paretoSize = 0;
  for (let i = 0; i < analyses; i++)
    analysisMs.push(
      time(() => {
        for (let b = 0; b < batch; b++) {
          const a = analyse(agenda, preferences);
          paretoSize = a.paretoSize;
          sink.value = a;
        }
      }).cpu / batch,
    );

  // 200 negotiations a round, also with --medium: each round starts after a forced full collection
  // (lib/measure.ts), which drops V8's type feedback and optimised code for the agents' short-lived
  // objects; re-warming costs ~0.1 CPU s, which over 60 negotiations (0.2 s) doubled their measured cost
  // (2.4 → 6.2 ms each, issue 10), over 200 adds ~20 %. A sweep of thousands of runs never pays it.
  const runs = z.quick ? 4 : 200;
  let last: NegotiationRun[] = [];
  const simulate = () => {
    const out: NegotiationRun[] = [];
    let events = 0;
    for (let seed = 1; seed <= runs; seed++) {
      const r = runNegotiation({ agenda, preferences, seed });
      events += r.records.length;
      out.push(r);
    }
    last = out;
    return events;
  };
  simulate();
  const decider = singleTextProtocol(agenda);
  const records = last.map((r) => r.records);
  const events = records.reduce((n, r) => n + r.length, 0);
  const repeats = Math.max(1, Math.round(20_000 / Math.max(1, events)));
  const rounds = Math.max(1, Math.min(z.rounds, 5));
  const r = compare(
    [
      { name: 'simulate', run: simulate },
      {
        name: 'replay',
        run: () => {
          for (let k = 0; k < repeats; k++) for (const list of records) sink.value = replay(decider, list);
          return events * repeats;
        },
      },
    ],
    { rounds, warmup: 1 },
  );
  const adopted = last.filter((x) => x.outcome.status === 'adopted').length;
  return {
    'neg.analysisMs': median(analysisMs),
    'neg.runsPerSec': (runs / r.simulate!.medianMs) * 1000,
    'neg.vsFold': r.simulate!.eventsPerSec / r.replay!.eventsPerSec,
    'neg.eventsPerSec': r.simulate!.eventsPerSec,
    'neg.foldEventsPerSec': r.replay!.eventsPerSec,
    'neg.eventsPerRun': events / runs,
    'neg.adoptedShare': adopted / runs,
    'neg.paretoSize': paretoSize,
    'neg.runs': runs,
  };
}
