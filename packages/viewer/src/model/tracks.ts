/**
 * The four tracks of the ISSG process, derived from the event type: the military track (the cessation of
 * hostilities, violations, exclusion), humanitarian access, the political talks, and diplomacy (meetings,
 * statements, commitments, resolutions).
 */
export type Track = 'military' | 'humanitarian' | 'political' | 'diplomacy';

export const TRACKS: readonly { readonly id: Track; readonly label: string }[] = [
  { id: 'military', label: 'Military & ceasefire' },
  { id: 'humanitarian', label: 'Humanitarian' },
  { id: 'political', label: 'Political talks' },
  { id: 'diplomacy', label: 'Diplomacy' },
];

const MILITARY = new Set([
  'terms-agreed',
  'party-signed-on',
  'cessation-took-effect',
  'local-extension-declared',
  'cessation-renewed',
  'goal-set',
  'ceasefire-reached',
  'arrangement-collapsed',
  'non-compliance-rule-adopted',
  'violation-reported',
  'violation-disputed',
  'non-compliance-referred',
  'party-excluded',
  'party-reinstated',
  'designation-requested',
  'designation-decided',
  'offensive-announced',
]);
const HUMANITARIAN = new Set([
  'access-requested',
  'access-granted',
  'access-denied',
  'convoy-delivered',
  'convoy-attacked',
  'convoys-suspended',
  'air-drops-authorized',
  'air-drop-conducted',
  'detainees-released',
  'indicator-observed',
]);
const POLITICAL = new Set([
  'talks-scheduled',
  'talks-opened',
  'talks-paused',
  'participation-postponed',
  'participation-resumed',
  'talks-round-ended',
  'transition-target-set',
  'position-stated',
  'disagreement-recorded',
]);

/**
 * The track of an event type. Known ISSG types are listed; other types (a log of another domain) are
 * placed by the words in their name, and diplomacy takes the rest.
 *
 * @example
 * ```ts
 * trackOf('party-signed-on'); // 'military'
 * ```
 */
export function trackOf(type: string): Track {
  if (MILITARY.has(type)) return 'military';
  if (HUMANITARIAN.has(type)) return 'humanitarian';
  if (POLITICAL.has(type)) return 'political';
  if (/cease|truce|violation|hostil|strike|attack|offensive|exclu/.test(type)) return 'military';
  if (/aid|convoy|access|humanitarian|siege|drop|detainee/.test(type)) return 'humanitarian';
  if (/talks|transition|position|election|constitution/.test(type)) return 'political';
  return 'diplomacy';
}
