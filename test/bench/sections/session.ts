import { createSession, replay } from '@parley/core';
import type { Figures, Sizes } from '../lib/args.js';
import { collect, compare, foldCase, median, sink } from '../lib/measure.js';
import { type SynthStats, synthLog } from '../lib/synth.js';
import type { Workload } from '../lib/workload.js';

/**
 * A live session: `dispatch` of `z.session` commands (decide, validate, append to the memory store,
 * evolve through immer, emit) with one subscriber on `state$`; its events per CPU second (and per wall
 * second), and the ratio to `replay()` of the same records in the same process (CPU time both).
 */
export async function run(w: Workload, z: Sizes): Promise<Figures> {
  const stats: SynthStats = { tried: 0, refused: 0, commands: [] };
  // Generate until we have `z.session` accepted commands.
  let n = z.session;
  let commands: Record<string, unknown>[] = [];
  for (;;) {
    stats.commands = [];
    synthLog(n, { decider: w.decider, seed: 7, mix: w.mix }, stats);
    commands = stats.commands;
    if (commands.length >= z.session) break;
    n = Math.ceil(n * 1.3);
  }
  commands = commands.slice(0, z.session);
  let records: readonly any[] = [];
  const dispatchAll = async (list: readonly Record<string, unknown>[] = commands): Promise<number> => {
    const session = createSession(w.decider, { stream: 'bench' });
    let states = 0;
    const sub = session.state$.subscribe((s) => {
      states++;
      sink.value = s;
    });
    let last: Promise<unknown> = session.ready;
    for (const c of list) last = session.dispatch(c);
    await last;
    records = session.records;
    sub.unsubscribe();
    await session.close();
    if (states < list.length) throw new Error('bench session: the subscriber missed states');
    return session.version;
  };
  // Asynchronous: measure by hand, rounds interleaved with replay of the same records.
  const rounds = Math.max(1, Math.min(z.rounds, 3));
  const times: number[] = [];
  let events = 0;
  await dispatchAll(commands.slice(0, Math.ceil(commands.length / 10))); // warm-up
  const wall: number[] = [];
  for (let r = 0; r < rounds; r++) {
    collect();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    events = await dispatchAll();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  const sessionMs = median(times);
  const rep = compare([foldCase('replay', records.length, () => replay(w.decider, records))], {
    rounds: z.rounds,
    warmup: z.warmup,
  }).replay!;
  const eps = (events / sessionMs) * 1000;
  return {
    'session.eventsPerSec': eps,
    'session.eventsPerWallSec': (events / median(wall)) * 1000,
    'session.vsReplay': eps / rep.eventsPerSec,
    'session.commands': commands.length,
    'session.events': events,
  };
}
