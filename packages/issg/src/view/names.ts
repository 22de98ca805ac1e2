import { LOCATIONS } from '../vocabulary/locations.js';
import { memberInfo } from '../vocabulary/members.js';
import { DESIGNATED_GROUPS, OTHER_ACTORS, SYRIAN_PARTIES } from '../vocabulary/parties.js';

/**
 * How a sentence names an actor: the short name people say ("the US", "the government", "the HNC"), with
 * its article. Everyone else is named by the vocabulary (`Russia`, `Saudi Arabia`), else by the id.
 */
const SPOKEN: Readonly<Record<string, string>> = {
  us: 'the US',
  gb: 'the UK',
  ae: 'the UAE',
  nl: 'the Netherlands',
  eu: 'the EU',
  un: 'the UN',
  'arab-league': 'the Arab League',
  oic: 'the OIC',
  'syria-gov': 'the government',
  hnc: 'the HNC',
  pyd: 'the PYD',
  isil: 'ISIL',
  nusra: 'al-Nusra',
  issg: 'the ISSG',
  coalition: 'the US-led coalition',
  wfp: 'the WFP',
  sarc: 'the Syrian Arab Red Crescent',
  icrc: 'the ICRC',
};

const PARTY_NAMES = new Map(
  [...SYRIAN_PARTIES, ...DESIGNATED_GROUPS, ...OTHER_ACTORS].map((p) => [p.id, p.name] as const),
);
const LOCATION_NAMES = new Map(LOCATIONS.map((l) => [l.id, l.name] as const));

/**
 * The name of a member, party or actor as a sentence says it.
 *
 * @example
 * ```ts
 * partyName('us');        // 'the US'
 * partyName('ru');        // 'Russia'
 * partyName('syria-gov'); // 'the government'
 * ```
 */
export function partyName(id: string): string {
  return SPOKEN[id] ?? memberInfo(id)?.name ?? PARTY_NAMES.get(id) ?? id;
}

/**
 * The name of a location of the vocabulary (its id when it has none).
 *
 * @example
 * ```ts
 * locationName('darayya'); // 'Darayya'
 * ```
 */
export function locationName(id: string): string {
  return LOCATION_NAMES.get(id) ?? id;
}

/**
 * Words joined as a person lists them: `a`, `a and b`, `a, b and c`.
 *
 * @example
 * ```ts
 * listOf(['the US', 'Russia', 'Turkey']); // 'the US, Russia and Turkey'
 * ```
 */
export function listOf(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? 'nobody';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * Parties named as a list, or counted when there are more than `max` of them.
 *
 * @example
 * ```ts
 * partyList(['us', 'ru']);       // 'the US and Russia'
 * partyList(MEMBERS.map((m) => m.id), { max: 6, noun: 'members' }); // '28 members'
 * ```
 */
export function partyList(
  ids: readonly string[],
  options: { readonly max?: number; readonly noun?: string } = {},
): string {
  const max = options.max ?? 6;
  if (ids.length > max) return `${ids.length} ${options.noun ?? 'parties'}`;
  return listOf(ids.map(partyName));
}

/**
 * A sentence with its first letter in capitals.
 *
 * @example
 * ```ts
 * capitalize('the US met Russia'); // 'The US met Russia'
 * ```
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
