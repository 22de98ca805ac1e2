import { extname } from 'node:path';
import {
  type AnyRecordedEvent,
  type Decider,
  type DomainEvent,
  type RecordedEvent,
  replay,
  runScenario,
  type Scenario,
} from '@parley/core';
import type { CliContext } from '../context.js';
import { type DomainView, genericDomain } from '../domain.js';
import { BadInput, isParleyLike } from '../errors.js';
import { builtinScenarios, domainFor, issgDomain } from '../issg.js';
import { printWarning } from '../output/warning.js';
import { readLogFile } from './log.js';
import { loadScenario } from './scenario-loader.js';

/** Extensions of event logs. */
export const LOG_EXTENSIONS: readonly string[] = ['.ndjson', '.jsonl'];

/** A scenario run or a log read: the records, the domain to read them with, and how to fold them. */
export interface Loaded {
  readonly kind: 'scenario' | 'log';
  /** What the user gave: a scenario id, a script path or a log path. */
  readonly ref: string;
  readonly title: string;
  readonly scenario?: Scenario;
  readonly records: readonly AnyRecordedEvent[];
  readonly domain: DomainView;
  readonly decider: Decider<unknown, unknown, DomainEvent> | undefined;
}

/** True when `ref` names an event log (`.ndjson`, `.jsonl`). */
export function isLogRef(ref: string): boolean {
  return LOG_EXTENSIONS.includes(extname(ref).toLowerCase());
}

/** Run a scenario (up to `until`), turning a refused step into bad input naming the script. */
export function runLoaded(scenario: Scenario, ref: string, until?: string): AnyRecordedEvent[] {
  try {
    return [...runScenario(scenario, until !== undefined ? { until } : {}).records] as AnyRecordedEvent[];
  } catch (e) {
    if (isParleyLike(e)) throw new BadInput([{ file: ref, reason: e.message }]);
    throw e;
  }
}

/**
 * Load `<scenario|log>`: run a built-in scenario or a script, or read a log through the NDJSON reader.
 *
 * @example
 * ```ts
 * const loaded = await loadInput('run.ndjson', createContext(processIo()));
 * loaded.records.length;
 * ```
 */
export async function loadInput(
  ref: string,
  ctx: CliContext,
  options: { until?: string; seed?: number; scenario?: string } = {},
): Promise<Loaded> {
  if (isLogRef(ref)) {
    const { domain, decider } = await logDomain(ctx, options.scenario);
    const records = await readLogFile(ctx.resolvePath(ref), ref, domain, (w) => printWarning(ctx.io, w));
    return { kind: 'log', ref, title: ref, records, domain, decider };
  }
  const scenario = await loadScenario(ref, {
    cwd: ctx.io.cwd,
    builtins: builtinScenarios(),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  const records = runLoaded(scenario, ref, options.until);
  const domain = domainFor(scenario);
  return {
    kind: 'scenario',
    ref,
    title: scenario.title,
    scenario,
    records,
    domain,
    decider: scenario.decider as Decider<unknown, unknown, DomainEvent>,
  };
}

/**
 * How to read a log: with the events and decider of `scenario` (a built-in id or a script, `--scenario`),
 * else as an ISSG log.
 */
export async function logDomain(
  ctx: CliContext,
  scenario: string | undefined,
): Promise<{ domain: DomainView; decider: Decider<unknown, unknown, DomainEvent> }> {
  if (scenario === undefined) return { domain: issgDomain, decider: issgDomain.decider };
  const sc = await loadScenario(scenario, { cwd: ctx.io.cwd, builtins: builtinScenarios() });
  return { domain: domainFor(sc), decider: sc.decider as Decider<unknown, unknown, DomainEvent> };
}

/** The state after the last record with seq ≤ `seq` (all records when omitted). */
export function stateAfter(loaded: Loaded, seq = Number.POSITIVE_INFINITY): unknown {
  if (!loaded.decider)
    throw new BadInput([{ file: loaded.ref, reason: 'no decider for these events: cannot compute a state' }]);
  const upTo = loaded.records.filter((r) => r.seq <= seq) as RecordedEvent<DomainEvent>[];
  return replay(loaded.decider, upTo);
}

export { genericDomain };
