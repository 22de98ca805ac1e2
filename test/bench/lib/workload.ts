import type { Decider } from '@parley/core';
import { issgDecider } from '../../../packages/issg/src/decider.js';
import type { Mix } from './synth.js';

/**
 * What the benchmarks fold: the ISSG decider, and the mix of event types of the built-in record
 * (`issgRecord`), which the synthetic logs copy.
 */
export interface Workload {
  readonly decider: Decider<any, any, any>;
  readonly mix: Mix;
  /** Where the mix comes from: `issgRecord` (counted from the record) or `estimate` (before it existed). */
  readonly mixSource: string;
}

/** Until the record is available: an estimate of its mix from the chronology. */
const ESTIMATE: Mix = {
  'violation-reported': 14,
  'indicator-observed': 12,
  'statement-adopted': 5,
  'statement-proposed': 5,
  'meeting-convened': 6,
  'meeting-concluded': 6,
  'position-stated': 6,
  'convoy-delivered': 5,
  'access-granted': 3,
  'access-denied': 3,
  'access-requested': 2,
  'resolution-cited': 3,
  'commitment-made': 3,
  'commitment-met': 1,
  'commitment-lapsed': 1,
  'talks-scheduled': 2,
  'talks-opened': 2,
  'talks-paused': 1,
  'talks-round-ended': 2,
  'participation-postponed': 1,
  'participation-resumed': 1,
  'disagreement-recorded': 2,
  'party-signed-on': 2,
  'local-extension-declared': 2,
  'cessation-took-effect': 1,
  'cessation-renewed': 1,
  'arrangement-collapsed': 1,
  'terms-agreed': 1,
  'agreement-reached': 2,
  'task-force-met': 2,
  'offensive-announced': 2,
  'air-drop-conducted': 1,
  'air-drops-authorized': 1,
  'convoy-attacked': 1,
  'convoys-suspended': 1,
  'detainees-released': 1,
  'channel-suspended': 1,
  'designation-requested': 1,
  'designation-decided': 1,
  'goal-set': 1,
  'non-compliance-rule-adopted': 1,
  'non-compliance-referred': 1,
  'party-excluded': 1,
  'party-reinstated': 1,
  'violation-disputed': 1,
  'transition-target-set': 1,
  'resolution-adopted': 1,
  'members-admitted': 1,
  'co-chairs-designated': 1,
};

export async function loadWorkload(): Promise<Workload> {
  return { decider: issgDecider as Decider<any, any, any>, mix: ESTIMATE, mixSource: 'estimate' };
}
