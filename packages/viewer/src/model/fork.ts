import {
  createFolder,
  forkRecords,
  InvariantError,
  isParleyError,
  ParleyError,
  recordOf,
  type ScenarioStep,
  stepTime,
} from '@parley/core';
import { humanize } from '../words.js';
import { type Branch, makeBranch } from './branch.js';
import type { ViewerDomain } from './domain.js';

/** A command the domain refused, or a fork that cannot be made (code `invariant`); the message is for people. */
export class ForkError extends ParleyError {
  constructor(message: string) {
    super('invariant', message);
    this.name = 'ForkError';
  }
}

type Command = { readonly type: string; readonly at: string } & Record<string, unknown>;

const WHAT_IF_SOURCE = { title: 'What-if: injected in the Parley viewer' };

/** Seq of the last event of each step when the steps are decided in order (-1 where a step is refused). */
function stepEnds(domain: ViewerDomain, steps: readonly ScenarioStep<unknown>[]): number[] {
  const folder = createFolder(domain.decider);
  let seq = 0;
  return steps.map((step) => {
    const events = domain.decider.decide(step.command, folder.state);
    for (const ev of events)
      folder.apply(
        recordOf({ stream: 's', seq: ++seq, id: String(seq), at: ev.at ?? stepTime(step)!, v: 1 }, ev),
      );
    return seq;
  });
}

/**
 * Branch a what-if from `base` after the event at seq `after`: the injected command is decided against the
 * state there, on that event's date; then the rest of the story continues on the new branch. With the
 * scenario's steps known, each later step is decided again (a step the new state forbids is skipped and
 * noted: that is the lesson); for a log, the later records are appended as recorded. A fork inside a step
 * that caused several events moves to the end of that step.
 *
 * @example
 * ```ts
 * const b = forkWithCommand(issgDomain, record, 120, { type: 'exclude-party', party: 'syria-gov' });
 * b.fork?.notes; // the later steps the change made impossible
 * ```
 */
export function forkWithCommand(
  domain: ViewerDomain,
  base: Branch,
  after: number,
  command: { readonly type: string } & Record<string, unknown>,
): Branch {
  if (base.records.length === 0) throw new ForkError('Nothing to fork: the timeline is empty.');
  let cut = Math.max(1, Math.min(after, base.records.length));
  let rest:
    | { kind: 'steps'; before: readonly ScenarioStep<unknown>[]; steps: readonly ScenarioStep<unknown>[] }
    | { kind: 'records' };
  if (base.steps) {
    const ends = stepEnds(domain, base.steps);
    const j = ends.findIndex((end) => end >= cut);
    cut = j < 0 ? base.records.length : ends[j]!;
    rest = {
      kind: 'steps',
      before: j < 0 ? base.steps : base.steps.slice(0, j + 1),
      steps: j < 0 ? [] : base.steps.slice(j + 1),
    };
  } else rest = { kind: 'records' };

  const at = base.records[cut - 1]!.at;
  // the kernel's pure fork: the records up to the cut, then what is decided on the branch
  const branch = forkRecords(domain.decider, base.records, cut, { state: base.timeline.stateAt(cut) });

  const injected = { ...command, at } as Command;
  try {
    branch.decide(injected, { at, meta: { source: WHAT_IF_SOURCE, whatIf: true } });
  } catch (e) {
    if (e instanceof InvariantError || isParleyError(e))
      throw new ForkError(`The rules refuse “${humanize(command.type)}” on ${at}: ${(e as Error).message}`);
    throw e;
  }

  const notes: string[] = [];
  // The steps that made this branch: those before the fork, the change, and the later steps still possible.
  // A branch a class travels keeps them, so a fork from it decides the story again and lists what its own
  // change made impossible.
  const steps: ScenarioStep<unknown>[] = [];
  if (rest.kind === 'steps') {
    steps.push(...rest.before, { command: injected, at, meta: { source: WHAT_IF_SOURCE, whatIf: true } });
    for (const step of rest.steps) {
      const when = stepTime(step)!;
      try {
        branch.decide(step.command, { at: when, ...(step.meta ? { meta: step.meta } : {}) });
        steps.push(step);
      } catch (e) {
        if (!(e instanceof InvariantError)) throw e;
        const type = (step.command as { type?: string }).type ?? 'step';
        notes.push(`${when}: ${humanize(type)} no longer possible — ${e.message}`);
      }
    }
  } else {
    // the later records as recorded, renumbered after the change (new seqs, so new ids)
    for (const r of base.records.slice(cut))
      branch.append([{ type: r.type, data: r.data, at: r.at, ...(r.meta ? { meta: r.meta } : {}) }]);
  }
  const change = `${humanize(command.type)} on ${at.slice(0, 10)}`;
  return makeBranch(domain, `What-if: ${change}`, branch.records, {
    ...(rest.kind === 'steps' ? { steps } : {}),
    fork: { after: cut, change, notes, continued: rest.kind === 'steps' ? 'decided' : 'replayed' },
  });
}
