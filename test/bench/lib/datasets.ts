import type { IssgCommand } from '@parley/issg';
import type { CommandData, FoldData, IssgRecord } from '../cases/types.js';
import { synthLog } from './synth.js';
import type { Workload } from './workload.js';

/** The synthetic log of `n` events of seed `seed`, with a probe prefix for the equality checks. */
export function foldData(w: Workload, n: number, seed: number): FoldData {
  const log = synthLog(n, { decider: w.decider, seed, mix: w.mix }) as readonly IssgRecord[];
  return { log, probe: Math.min(log.length, 20_000) };
}

/** At least `n` commands that the ISSG decider accepts one after another, with the records they make. */
export function commandData(w: Workload, n: number, seed: number, probeCommands: number): CommandData {
  let size = n;
  for (;;) {
    const stats = { tried: 0, refused: 0, commands: [] as unknown[], eventsPerCommand: [] as number[] };
    const log = synthLog(size, { decider: w.decider, seed, mix: w.mix }, stats) as readonly IssgRecord[];
    // keep whole commands only: the last one may have been cut by the log's length
    let k = 0;
    let events = 0;
    while (k < stats.commands.length && events + stats.eventsPerCommand[k]! <= log.length)
      events += stats.eventsPerCommand[k++]!;
    if (k >= n)
      return {
        commands: stats.commands.slice(0, n) as readonly IssgCommand[],
        log: log.slice(
          0,
          stats.eventsPerCommand.slice(0, n).reduce((a, b) => a + b, 0),
        ),
        eventsPerCommand: stats.eventsPerCommand.slice(0, n),
        probeCommands: Math.min(n, probeCommands),
      };
    size = Math.ceil(size * 1.3);
  }
}
