import type { IssgEventType } from './catalog.js';

/**
 * The four tracks of the ISSG process: diplomacy (meetings, statements, commitments, resolutions),
 * hostilities (the cessation, violations, exclusion), humanitarian access, and the political talks.
 */
export type IssgTrack = 'diplomacy' | 'hostilities' | 'humanitarian' | 'political';

/** The tracks in the order they are shown, with a label for people. */
export const ISSG_TRACKS: readonly { readonly id: IssgTrack; readonly label: string }[] = [
  { id: 'diplomacy', label: 'Diplomacy' },
  { id: 'hostilities', label: 'Military & ceasefire' },
  { id: 'humanitarian', label: 'Humanitarian' },
  { id: 'political', label: 'Political talks' },
];

/** Every event type's track. A `Record` over the union: a new event type without a track does not compile. */
const TRACK_OF: { readonly [T in IssgEventType]: IssgTrack } = {
  'members-admitted': 'diplomacy',
  'co-chairs-designated': 'diplomacy',
  'meeting-convened': 'diplomacy',
  'meeting-concluded': 'diplomacy',
  'task-force-met': 'diplomacy',
  'statement-proposed': 'diplomacy',
  'statement-adopted': 'diplomacy',
  'commitment-made': 'diplomacy',
  'commitment-met': 'diplomacy',
  'commitment-lapsed': 'diplomacy',
  'agreement-reached': 'diplomacy',
  'channel-suspended': 'diplomacy',
  'resolution-adopted': 'diplomacy',
  'resolution-cited': 'diplomacy',
  'draft-resolution-failed': 'diplomacy',
  'terms-agreed': 'hostilities',
  'party-signed-on': 'hostilities',
  'cessation-took-effect': 'hostilities',
  'local-extension-declared': 'hostilities',
  'cessation-renewed': 'hostilities',
  'goal-set': 'hostilities',
  'ceasefire-reached': 'hostilities',
  'arrangement-collapsed': 'hostilities',
  'non-compliance-rule-adopted': 'hostilities',
  'violation-reported': 'hostilities',
  'violation-disputed': 'hostilities',
  'non-compliance-referred': 'hostilities',
  'party-excluded': 'hostilities',
  'party-reinstated': 'hostilities',
  'designation-requested': 'hostilities',
  'designation-decided': 'hostilities',
  'offensive-announced': 'hostilities',
  'access-requested': 'humanitarian',
  'access-granted': 'humanitarian',
  'access-denied': 'humanitarian',
  'convoy-delivered': 'humanitarian',
  'convoy-attacked': 'humanitarian',
  'convoys-suspended': 'humanitarian',
  'air-drops-authorized': 'humanitarian',
  'air-drop-conducted': 'humanitarian',
  'detainees-released': 'humanitarian',
  'evacuation-completed': 'humanitarian',
  'indicator-observed': 'humanitarian',
  'talks-scheduled': 'political',
  'talks-opened': 'political',
  'talks-paused': 'political',
  'participation-postponed': 'political',
  'participation-resumed': 'political',
  'talks-round-ended': 'political',
  'transition-target-set': 'political',
  'position-stated': 'political',
  'disagreement-recorded': 'political',
};

/**
 * The track of an ISSG event type, or undefined for a type that is not an ISSG event.
 *
 * @example
 * ```ts
 * issgTrackOf('party-signed-on'); // 'hostilities'
 * issgTrackOf('convoy-delivered'); // 'humanitarian'
 * issgTrackOf('offer-made'); // undefined
 * ```
 */
export function issgTrackOf(type: string): IssgTrack | undefined {
  return Object.hasOwn(TRACK_OF, type) ? TRACK_OF[type as IssgEventType] : undefined;
}
