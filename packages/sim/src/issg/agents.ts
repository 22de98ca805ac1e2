import type { IssgState } from '@parley/issg';
import type { Agent, Policy } from '../engine/types.js';
import type { IssgAction } from './actions.js';
import type { IssgParams } from './params.js';
import { armedPartyPolicy } from './policies/armedParty.js';
import { enforcerPolicy, guarantorPolicy } from './policies/coChair.js';
import { humanitarianPolicy } from './policies/humanitarian.js';
import { mediatorPolicy } from './policies/mediator.js';
import { spoilerPolicy } from './policies/spoiler.js';
import type { IssgView } from './views.js';

/** An ISSG agent. */
export type IssgAgent = Agent<IssgView, IssgAction>;

/** Policies to use instead of the built-in ones, by agent id (`syria-gov`, `hnc`, `nusra`, `us`, `ru`, `un`, `wfp`). */
export type PolicyOverrides = Readonly<Record<string, Policy<IssgView, IssgAction>>>;

/**
 * The agents of an ISSG run: the government and every opposition party signed on, the designated groups
 * (spoilers), the two co-chairs (`us` enforces, `ru` guarantees), the UN mediator and a humanitarian agency.
 * Order matters (it is the order they move in each day) and is fixed.
 *
 * @example
 * ```ts
 * const agents = issgAgents(state, resolveIssgParams(), { hnc: myCautiousPolicy });
 * ```
 */
export function issgAgents(
  government: string,
  opposition: readonly string[],
  state: IssgState,
  params: IssgParams,
  overrides: PolicyOverrides = {},
): IssgAgent[] {
  const armed = armedPartyPolicy(params);
  const agents: IssgAgent[] = [
    { id: government, kind: 'government', policy: armed },
    ...opposition.map((id) => ({ id, kind: 'opposition', policy: armed })),
    ...state.designated.map((id) => ({ id, kind: 'spoiler', policy: spoilerPolicy(params) })),
    { id: 'us', kind: 'co-chair', policy: enforcerPolicy(params) },
    { id: 'ru', kind: 'co-chair', policy: guarantorPolicy(params) },
    { id: 'un', kind: 'mediator', policy: mediatorPolicy() },
    { id: 'wfp', kind: 'humanitarian', policy: humanitarianPolicy(params) },
  ];
  return agents.map((a) => {
    const custom = overrides[a.id];
    return custom ? { ...a, policy: custom } : a;
  });
}
