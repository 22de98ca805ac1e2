import type { Figures, Sizes } from '../lib/args.js';
import { commandData } from '../lib/datasets.js';
import { checkEqual, compareIsolated, withCases, writeDataset } from '../lib/isolated.js';
import type { Workload } from '../lib/workload.js';

/**
 * A live session: `z.session` commands through `dispatch` (decide, validate, append to the memory store,
 * evolve through immer, emit), each awaited before the next as a user's program does, with one
 * subscriber on `state$`; against `replay()` of the records it makes and against a production Redux
 * Toolkit store dispatching those records (`peers.session.vsRtk`). Each path in a process of its own,
 * checked to reach `replay`'s state first; CPU time of each process.
 */
export async function run(w: Workload, z: Sizes): Promise<Figures> {
  const cmds = commandData(w, z.session, 7, 500);
  const probe = cmds.eventsPerCommand.slice(0, cmds.probeCommands).reduce((a, b) => a + b, 0);
  const commands = writeDataset(cmds);
  const records = writeDataset({ log: cmds.log, probe });
  try {
    return await withCases(
      [
        { case: 'replay', data: records.file },
        { case: 'session', data: commands.file },
        { case: 'rtkStore', data: records.file },
      ],
      async ([replay, session, rtk]) => {
        await checkEqual(replay!, [session!, rtk!]);
        const rounds = Math.max(1, Math.min(z.rounds, 3));
        const r = await compareIsolated([session!, rtk!, replay!], { rounds, warmup: z.warmup });
        const s = r.session!;
        return {
          'session.eventsPerSec': s.eventsPerSec,
          'session.eventsPerWallSec': s.eventsPerWallSec,
          'session.vsReplay': s.eventsPerSec / r.replay!.eventsPerSec,
          'session.commands': cmds.commands.length,
          'session.events': s.events,
          'peers.session.vsRtk': s.eventsPerSec / r.rtkStore!.eventsPerSec,
          'peers.rtk.storeEventsPerSec': r.rtkStore!.eventsPerSec,
        };
      },
    );
  } finally {
    commands.remove();
    records.remove();
  }
}
