import { UsageError } from '@parley/core';
import type { ParamOverrides } from '../montecarlo/spec.js';
import type { attribution } from './mechanisms/attribution.js';
import type { baseline } from './mechanisms/baseline.js';
import type { exclusion } from './mechanisms/exclusion.js';
import type { humanitarian } from './mechanisms/humanitarian.js';
import { ISSG_MECHANISMS } from './mechanisms/index.js';
import type { monitoring } from './mechanisms/monitoring.js';
import type { spoilers } from './mechanisms/spoilers.js';
import type { titForTat } from './mechanisms/titForTat.js';
import type { vetoPlayers } from './mechanisms/vetoPlayers.js';

/** The parameters of every mechanism of the ISSG model. */
export interface IssgParams {
  readonly baseline: typeof baseline.defaults;
  readonly spoilers: typeof spoilers.defaults;
  readonly vetoPlayers: typeof vetoPlayers.defaults;
  readonly monitoring: typeof monitoring.defaults;
  readonly titForTat: typeof titForTat.defaults;
  readonly humanitarian: typeof humanitarian.defaults;
  readonly exclusion: typeof exclusion.defaults;
  readonly attribution: typeof attribution.defaults;
}

/**
 * The defaults with overrides applied; throws on an unknown mechanism or parameter, or a value of the
 * wrong type, naming it.
 *
 * @example
 * ```ts
 * resolveIssgParams({ monitoring: { enabled: false } }).monitoring.enabled; // false
 * ```
 */
export function resolveIssgParams(overrides: ParamOverrides = {}): IssgParams {
  const out: Record<string, Record<string, number | boolean>> = Object.create(null);
  for (const m of ISSG_MECHANISMS) out[m.id] = { ...m.defaults };
  for (const [id, values] of Object.entries(overrides)) {
    // own keys only: `constructor`, `__proto__` or `toString` name no mechanism or parameter
    const target = Object.hasOwn(out, id) ? out[id] : undefined;
    if (!target)
      throw new UsageError(
        `resolveIssgParams: unknown mechanism "${id}"; known: ${ISSG_MECHANISMS.map((m) => m.id).join(', ')}`,
      );
    for (const [k, v] of Object.entries(values)) {
      if (!Object.hasOwn(target, k))
        throw new UsageError(
          `resolveIssgParams: mechanism "${id}" has no parameter "${k}"; known: ${Object.keys(target).join(', ')}`,
        );
      if (typeof v !== typeof target[k])
        throw new UsageError(
          `resolveIssgParams: ${id}.${k} must be a ${typeof target[k]}, got ${JSON.stringify(v)}`,
        );
      target[k] = v;
    }
  }
  // built from ISSG_MECHANISMS' defaults, every key and value type checked above: IssgParams by construction
  return { ...out } as unknown as IssgParams;
}

/**
 * Parse `mechanism.parameter=value` (as given to `parley mc --set`) into overrides.
 *
 * @example
 * ```ts
 * parseParamAssignments(['monitoring.enabled=false', 'spoilers.strikeRate=0.5']);
 * // { monitoring: { enabled: false }, spoilers: { strikeRate: 0.5 } }
 * ```
 */
export function parseParamAssignments(assignments: readonly string[]): ParamOverrides {
  const out: Record<string, Record<string, number | boolean>> = Object.create(null);
  for (const a of assignments) {
    const m = /^([A-Za-z]+)\.([A-Za-z]+)=(.+)$/.exec(a.trim());
    if (!m)
      throw new UsageError(
        `parseParamAssignments: expected mechanism.parameter=value, got "${a}"; accepted: ${paramPaths().join(', ')}`,
      );
    const known = ISSG_MECHANISMS.find((x) => x.id === m[1]);
    if (!known || !Object.hasOwn(known.defaults, m[2]!))
      throw new UsageError(
        `parseParamAssignments: unknown parameter "${m[1]}.${m[2]}"; accepted: ${paramPaths().join(', ')}`,
      );
    const raw = m[3]!;
    const value = raw === 'true' ? true : raw === 'false' ? false : Number(raw);
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new UsageError(`parseParamAssignments: "${raw}" is not a number, true or false (in "${a}")`);
    const group = Object.hasOwn(out, m[1]!) ? out[m[1]!]! : Object.create(null);
    group[m[2]!] = value;
    out[m[1]!] = group;
  }
  resolveIssgParams(out);
  // plain objects again (the caller serialises them), built only from known names
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { ...v }]));
}

/**
 * Every parameter path `--set` accepts (`mechanism.parameter`), from the mechanisms' defaults.
 *
 * @example
 * ```ts
 * paramPaths().includes('monitoring.enabled'); // true
 * ```
 */
export function paramPaths(): string[] {
  return ISSG_MECHANISMS.flatMap((m) => Object.keys(m.defaults).map((k) => `${m.id}.${k}`));
}
