import type { AnyRecordedEvent } from '@parley/core';
import type { IssgEventType } from '../events/catalog.js';
import { isIssgEventType } from './sentence.js';

/**
 * Which event types turn the story: the dates a report shows the state on and the viewer marks. A
 * `Record` over the union, so a new event type must say whether it is one.
 */
const TURNING: { readonly [T in IssgEventType]: boolean } = {
  'members-admitted': false,
  'co-chairs-designated': false,
  'meeting-convened': false,
  'meeting-concluded': false,
  'task-force-met': false,
  'statement-proposed': false,
  'statement-adopted': true,
  'commitment-made': false,
  'commitment-met': false,
  'commitment-lapsed': false,
  'agreement-reached': true,
  'channel-suspended': true,
  'resolution-adopted': true,
  'draft-resolution-failed': true,
  'resolution-cited': false,
  'terms-agreed': false,
  'party-signed-on': false,
  'cessation-took-effect': true,
  'local-extension-declared': false,
  'cessation-renewed': false,
  'goal-set': false,
  'ceasefire-reached': true,
  'arrangement-collapsed': true,
  'non-compliance-rule-adopted': false,
  'violation-reported': false,
  'violation-disputed': false,
  'non-compliance-referred': false,
  'party-excluded': true,
  'party-reinstated': false,
  'designation-requested': false,
  'designation-decided': false,
  'offensive-announced': false,
  'access-requested': false,
  'access-granted': false,
  'access-denied': false,
  'convoy-delivered': false,
  'convoy-attacked': true,
  'convoys-suspended': false,
  'air-drops-authorized': false,
  'air-drop-conducted': false,
  'detainees-released': false,
  'indicator-observed': false,
  'talks-scheduled': false,
  'talks-opened': true,
  'talks-paused': false,
  'participation-postponed': false,
  'participation-resumed': false,
  'talks-round-ended': false,
  'transition-target-set': false,
  'position-stated': false,
  'disagreement-recorded': false,
  'evacuation-completed': true,
};

/**
 * True when a record turns the story (an adopted statement, an agreement, the cessation taking effect or
 * collapsing, a resolution, an exclusion, the talks opening…).
 *
 * @example
 * ```ts
 * isTurningPoint({ type: 'cessation-took-effect' }); // true
 * isTurningPoint({ type: 'meeting-concluded' });     // false
 * ```
 */
export function isTurningPoint(record: Pick<AnyRecordedEvent, 'type'>): boolean {
  return isIssgEventType(record.type) && TURNING[record.type];
}

/**
 * The records that turn the story, in order.
 *
 * @example
 * ```ts
 * turningPoints(records).map((r) => r.at); // the dates a report shows the state on
 * ```
 */
export function turningPoints<R extends Pick<AnyRecordedEvent, 'type'>>(records: readonly R[]): R[] {
  return records.filter(isTurningPoint);
}
