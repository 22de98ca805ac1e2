import { isKnownMember } from './members.js';

/**
 * Syrian parties, other armed groups and UN-designated groups (DESIGN.md "Vocabulary";
 * issg-chronology.md). Syrian parties are never ISSG members; UN-designated groups can never be
 * parties to any arrangement.
 */
export interface PartyInfo {
  readonly id: string;
  readonly name: string;
  readonly kind: 'government' | 'opposition' | 'armed-group' | 'designated' | 'other';
  readonly note?: string;
}

/** Syrian parties and armed groups. */
export const SYRIAN_PARTIES: readonly PartyInfo[] = [
  { id: 'syria-gov', name: 'Government of the Syrian Arab Republic', kind: 'government' },
  {
    id: 'hnc',
    name: 'High Negotiations Committee',
    kind: 'opposition',
    note: 'formed in Riyadh, 11 Dec 2015; coordinator Riyad Hijab; reported size 32-34 (sources differ, S8, S9)',
  },
  {
    id: 'ahrar-al-sham',
    name: 'Ahrar al-Sham',
    kind: 'armed-group',
    note: 'walked out of the Riyadh conference (S8); Russia asked to list it, blocked 10 May 2016 (S33)',
  },
  {
    id: 'jaysh-al-islam',
    name: 'Jaysh al-Islam',
    kind: 'armed-group',
    note: 'part of the HNC (S8); Russia asked to list it, blocked 10 May 2016 (S33)',
  },
  {
    id: 'pyd',
    name: 'Democratic Union Party (PYD)',
    kind: 'armed-group',
    note: 'excluded from the Geneva talks (S16)',
  },
];

/** Groups designated as terrorist by the UN Security Council: never parties (UNSCR 2254, 2268). */
export const DESIGNATED_GROUPS: readonly PartyInfo[] = [
  { id: 'isil', name: "ISIL / Da'esh", kind: 'designated' },
  { id: 'nusra', name: 'Jabhat al-Nusra (later JFS)', kind: 'designated' },
];

/**
 * Other actors who appear in the record without being members or Syrian parties (e.g. the US-led
 * coalition at Deir ez-Zor, the UN agencies delivering aid).
 */
export const OTHER_ACTORS: readonly PartyInfo[] = [
  { id: 'issg', name: 'The ISSG as a whole', kind: 'other', note: 'the group speaking collectively' },
  { id: 'coalition', name: 'US-led coalition against ISIL', kind: 'armed-group' },
  {
    id: 'wfp',
    name: 'World Food Programme',
    kind: 'other',
    note: 'a UN agency, listed here for attribution',
  },
  {
    id: 'sarc',
    name: 'Syrian Arab Red Crescent',
    kind: 'other',
    note: 'humanitarian, listed for attribution',
  },
  { id: 'icrc', name: 'International Committee of the Red Cross', kind: 'other', note: 'humanitarian' },
  { id: 'ua', name: 'Ukraine', kind: 'other', note: 'UNSC member in 2016; blocked a listing (S33)' },
  {
    id: 'sohr',
    name: 'Syrian Observatory for Human Rights',
    kind: 'other',
    note: 'a monitor, listed for attribution of the reports it made (S130)',
  },
];

const PARTY_IDS = new Set([...SYRIAN_PARTIES, ...DESIGNATED_GROUPS].map((p) => p.id));
const DESIGNATED_IDS = new Set(DESIGNATED_GROUPS.map((p) => p.id));
const OTHER_IDS = new Set(OTHER_ACTORS.map((p) => p.id));

/**
 * True when `id` is a Syrian party, armed group or designated group of the vocabulary.
 *
 * @example
 * ```ts
 * isSyrianParty('hnc'); // true
 * isSyrianParty('us');  // false
 * ```
 */
export function isSyrianParty(id: string): boolean {
  return PARTY_IDS.has(id);
}

/**
 * True when `id` is a group designated by the UN Security Council in the vocabulary (`isil`, `nusra`).
 * The state may designate more groups during a run; use `state.designated` for that.
 *
 * @example
 * ```ts
 * isDesignatedGroup('nusra'); // true
 * ```
 */
export function isDesignatedGroup(id: string): boolean {
  return DESIGNATED_IDS.has(id);
}

/**
 * True when `id` is any known actor id: a member, a Syrian party, a designated group or another actor.
 * The CLI's `validate` reports unknown party ids with it.
 *
 * @example
 * ```ts
 * isKnownParty('syria-gov'); // true
 * isKnownParty('syrian-gov'); // false: a typo
 * ```
 */
export function isKnownParty(id: string): boolean {
  return isKnownMember(id) || PARTY_IDS.has(id) || OTHER_IDS.has(id);
}
