import { addDays, createFolder, InvariantError, type RecordedEvent, recordOf } from '@parley/core';
import * as fc from 'fast-check';
import type { IssgCommand } from '../commands/types.js';
import { type IssgDecider, issgDecider } from '../decider.js';
import type { IssgEvent } from '../events/catalog.js';
import type { IssgState } from '../state/types.js';
import { type UndatedCommand, undatedCommandArb } from './commands.js';

/** Options of the sequence arbitraries. */
export interface IssgSequenceOptions {
  /** Date of the first command (default `2016-01-01`). */
  readonly start?: string;
  /** At most this many commands (default 60). */
  readonly maxCommands?: number;
  /** Each command is dated 0 to this many days after the previous one (default 5). */
  readonly maxDaysBetween?: number;
  /** Optional prefix of dated commands to run first (e.g. a founding of the group), dated on or before `start`. */
  readonly prefix?: readonly IssgCommand[];
}

/** One step of a run: the command, and the events it caused or the rule that refused it. */
export interface IssgRunStep {
  readonly command: IssgCommand;
  readonly events: readonly RecordedEvent<IssgEvent>[];
  readonly refused?: string;
}

function commandSequence(options: IssgSequenceOptions = {}): fc.Arbitrary<IssgCommand[]> {
  const start = options.start ?? '2016-01-01';
  const list = fc.array(fc.tuple(undatedCommandArb(), fc.nat({ max: options.maxDaysBetween ?? 5 })), {
    maxLength: options.maxCommands ?? 60,
    size: 'max',
  });
  return list.map((items) => {
    let day = start;
    const out: IssgCommand[] = [...(options.prefix ?? [])];
    for (const [c, d] of items) {
      day = addDays(day, d);
      out.push({ ...(c as UndatedCommand), at: day } as IssgCommand);
    }
    return out;
  });
}

/**
 * Run commands through a decider, purely: each accepted command's events are recorded (gapless seqs,
 * stream `issg`) and folded; a command refused with an `InvariantError` is kept as a refused step. Any
 * other error propagates (a bug). Returns the steps and the records.
 *
 * @example
 * ```ts
 * const { records, steps } = runCommands(issgDecider, commands);
 * ```
 */
export function runCommands(
  decider: IssgDecider,
  commands: readonly IssgCommand[],
): {
  readonly steps: IssgRunStep[];
  readonly records: RecordedEvent<IssgEvent>[];
  readonly state: IssgState;
} {
  const folder = createFolder(decider);
  const records: RecordedEvent<IssgEvent>[] = [];
  const steps: IssgRunStep[] = [];
  for (const command of commands) {
    let events: readonly IssgEvent[];
    try {
      events = decider.decide(command, folder.state) as readonly IssgEvent[];
    } catch (e) {
      if (e instanceof InvariantError) {
        steps.push({ command, events: [], refused: e.rule });
        continue;
      }
      throw e;
    }
    const recorded: RecordedEvent<IssgEvent>[] = [];
    for (const ev of events) {
      const seq = records.length + 1;
      const record = recordOf({ stream: 'issg', seq, id: `issg:${seq}`, at: command.at, v: 1 }, {
        type: ev.type,
        data: decider.events ? decider.events.validateData(ev.type, ev.data) : ev.data,
      } as IssgEvent);
      folder.apply(record);
      records.push(record);
      recorded.push(record);
    }
    steps.push({ command, events: recorded });
  }
  return { steps, records, state: folder.result() };
}

/**
 * fast-check arbitraries of the ISSG domain, for users' own properties:
 * - `command()` — one undated command (add `at` yourself);
 * - `commands(options)` — a dated command sequence with non-decreasing world time;
 * - `eventSequence(options, decider)` — the records a decider really produces from such a sequence
 *   (refused commands skipped).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { issgArbitraries } from '@parley/issg/testing';
 * fc.assert(fc.property(issgArbitraries.eventSequence(), (records) => {
 *   const s = replay(issgDecider, records);
 *   return s.hostilities.parties.every((p) => !s.designated.includes(p));
 * }));
 * ```
 */
export const issgArbitraries = {
  command: undatedCommandArb,
  commands: commandSequence,
  eventSequence(options: IssgSequenceOptions = {}, decider: IssgDecider = issgDecider) {
    return commandSequence(options).map((cmds) => runCommands(decider, cmds).records);
  },
};
