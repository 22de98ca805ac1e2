import type { Figures, Sizes } from '../lib/args.js';
import { commandData, foldData } from '../lib/datasets.js';
import { checkEqual, compareIsolated, withCases, writeDataset } from '../lib/isolated.js';
import type { Workload } from '../lib/workload.js';

/**
 * Parley against its peers on the same synthetic ISSG events, every path in a process of its own, each
 * checked to reach the state `replay` reaches before it is timed:
 *
 * - `peers.replay.vsEmmett`: `replay` ÷ Emmett's in-memory `aggregateStream` (events/CPU s), its evolve
 *   applying the ISSG recipe in place (Emmett's fastest use; the key);
 * - `peers.replay.vsEmmettIdiomatic`: the same with the evolve Emmett's documentation writes (a new state
 *   per event: one immer `produce`), over the first `z.naive` events;
 * - `peers.replay.vsRtkReduce`: `replay` ÷ Redux Toolkit's slice reducer folded over the events;
 * - (`peers.session.vsRtk` is measured by the session section;)
 * - `peers.command.vsEmmett10k`: commands per CPU second on a stream of 10,000 events, Parley's session ÷
 *   Emmett's decider command handler.
 */
export async function run(w: Workload, z: Sizes): Promise<Figures> {
  const out: Figures = {};
  const fold = writeDataset(foldData(w, z.peers, 2));
  try {
    await withCases(
      [
        { case: 'replay', data: fold.file },
        { case: 'emmettAggregate', data: fold.file },
        { case: 'rtkReduce', data: fold.file },
        { case: 'emmettAggregateIdiomatic', data: fold.file, params: { naive: z.naive } },
      ],
      async ([replay, emmett, rtk, idiomatic]) => {
        await checkEqual(replay!, [emmett!, rtk!, idiomatic!]);
        const r = await compareIsolated([replay!, emmett!, rtk!, idiomatic!], {
          rounds: z.rounds,
          warmup: z.warmup,
        });
        out['peers.replay.vsEmmett'] = r.replay!.eventsPerSec / r.emmettAggregate!.eventsPerSec;
        out['peers.replay.vsEmmettIdiomatic'] =
          r.replay!.eventsPerSec / r.emmettAggregateIdiomatic!.eventsPerSec;
        out['peers.emmett.idiomaticEventsPerSec'] = r.emmettAggregateIdiomatic!.eventsPerSec;
        out['peers.replay.vsRtkReduce'] = r.replay!.eventsPerSec / r.rtkReduce!.eventsPerSec;
        out['peers.replay.eventsPerSec'] = r.replay!.eventsPerSec;
        out['peers.emmett.aggregateEventsPerSec'] = r.emmettAggregate!.eventsPerSec;
        out['peers.rtk.reduceEventsPerSec'] = r.rtkReduce!.eventsPerSec;
        out['peers.replay.events'] = r.replay!.events;
      },
    );
  } finally {
    fold.remove();
  }
  const cmds = commandData(w, z.command.commands, 7, 20);
  const sessionData = writeDataset(cmds);
  try {
    const params = {
      prefixEvents: z.command.prefix,
      measured: z.command.measured,
      rounds: z.rounds + z.warmup,
    };
    await withCases(
      [
        { case: 'parleyCommand', data: sessionData.file, params },
        { case: 'emmettCommand', data: sessionData.file, params },
      ],
      async ([parley, emmett]) => {
        await checkEqual(parley!, [emmett!]);
        const r = await compareIsolated([parley!, emmett!], { rounds: z.rounds, warmup: z.warmup });
        out['peers.command.vsEmmett10k'] = r.parleyCommand!.eventsPerSec / r.emmettCommand!.eventsPerSec;
        out['peers.command.parleyPerSec'] = r.parleyCommand!.eventsPerSec;
        out['peers.command.emmettPerSec'] = r.emmettCommand!.eventsPerSec;
        out['peers.command.streamEvents'] = z.command.prefix;
      },
    );
  } finally {
    sessionData.remove();
  }
  return out;
}
