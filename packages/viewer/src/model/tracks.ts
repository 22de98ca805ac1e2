import { issgTrackOf } from '@parley/issg';

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

/**
 * The lane of an event type: ISSG types by `issgTrackOf` (the hostilities track is the military lane);
 * other types (a log of another domain) are placed by the words in their name, and diplomacy takes the rest.
 *
 * @example
 * ```ts
 * trackOf('party-signed-on'); // 'military'
 * ```
 */
export function trackOf(type: string): Track {
  const issg = issgTrackOf(type);
  if (issg !== undefined) return issg === 'hostilities' ? 'military' : issg;
  if (/cease|truce|violation|hostil|strike|attack|offensive|exclu/.test(type)) return 'military';
  if (/aid|convoy|access|humanitarian|siege|drop|detainee/.test(type)) return 'humanitarian';
  if (/talks|transition|position|election|constitution/.test(type)) return 'political';
  return 'diplomacy';
}
