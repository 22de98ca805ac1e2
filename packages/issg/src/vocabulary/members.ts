/**
 * ISSG members and when they joined (issg-chronology.md, section B). Ids are the stable ids of
 * DESIGN.md: lower-case ISO 3166 alpha-2 codes for states, names for organisations.
 */

/** How sure the sources are of a date: V verified, P partial, U unverified (chronology flags). */
export type Flag = 'verified' | 'partial' | 'unverified';

/** One member of the ISSG, with the date it joined and the source of that date. */
export interface MemberInfo {
  readonly id: string;
  readonly name: string;
  readonly kind: 'state' | 'organisation';
  /** The date the member is counted from in the record. */
  readonly joined: string;
  readonly flag: Flag;
  /** Source keys of issg-chronology.md. */
  readonly sources: readonly string[];
  /** Where the sources disagree on the date, the other dates and what they are. */
  readonly alternativeDates?: readonly {
    readonly date: string;
    readonly what: string;
    readonly flag: Flag;
  }[];
}

const founding = (id: string, name: string, kind: MemberInfo['kind'] = 'state'): MemberInfo => ({
  id,
  name,
  kind,
  joined: '2015-10-30',
  flag: 'verified',
  sources: ['S2'],
});

const may17 = (id: string, name: string): MemberInfo => ({
  id,
  name,
  kind: 'state',
  joined: '2016-05-17',
  flag: 'verified',
  sources: ['S38', 'S39'],
});

/** Every ISSG member, in the order they joined. */
export const MEMBERS: readonly MemberInfo[] = [
  founding('us', 'United States'),
  founding('ru', 'Russia'),
  founding('cn', 'China'),
  founding('eg', 'Egypt'),
  founding('fr', 'France'),
  founding('de', 'Germany'),
  founding('ir', 'Iran'),
  founding('iq', 'Iraq'),
  founding('it', 'Italy'),
  founding('jo', 'Jordan'),
  founding('lb', 'Lebanon'),
  founding('om', 'Oman'),
  founding('qa', 'Qatar'),
  founding('sa', 'Saudi Arabia'),
  founding('tr', 'Turkey'),
  founding('ae', 'United Arab Emirates'),
  founding('gb', 'United Kingdom'),
  founding('eu', 'European Union', 'organisation'),
  founding('un', 'United Nations', 'organisation'),
  {
    id: 'arab-league',
    name: 'League of Arab States',
    kind: 'organisation',
    joined: '2015-11-14',
    flag: 'verified',
    sources: ['S5'],
  },
  {
    id: 'oic',
    name: 'Organisation of Islamic Cooperation',
    kind: 'organisation',
    joined: '2015-12-18',
    flag: 'partial',
    sources: ['S11', 'S17'],
    alternativeDates: [
      {
        date: '2015-12-18',
        what: 'first attended (Secretary-General Iyad Madani, New York)',
        flag: 'partial',
      },
      { date: '2016-02-11', what: 'listed in the Munich statement', flag: 'verified' },
    ],
  },
  may17('au', 'Australia'),
  may17('ca', 'Canada'),
  may17('jp', 'Japan'),
  may17('es', 'Spain'),
  { ...may17('nl', 'Netherlands'), sources: ['S39'] },
];

/** The 19 founding participants of 30 October 2015 (17 states, the EU and the UN). */
export const FOUNDING_MEMBERS: readonly string[] = MEMBERS.filter((m) => m.joined === '2015-10-30').map(
  (m) => m.id,
);

/** The co-chairs of the ISSG and of its Ceasefire Task Force: the US (Kerry) and Russia (Lavrov). */
export const CO_CHAIRS: readonly string[] = ['us', 'ru'];

const MEMBER_IDS = new Set(MEMBERS.map((m) => m.id));

/**
 * True when `id` is an ISSG member id of the vocabulary (at any date).
 *
 * @example
 * ```ts
 * isKnownMember('oic'); // true
 * isKnownMember('hnc'); // false: Syrian parties are never members
 * ```
 */
export function isKnownMember(id: string): boolean {
  return MEMBER_IDS.has(id);
}

/**
 * The vocabulary entry of a member, or undefined.
 *
 * @example
 * ```ts
 * memberInfo('oic')?.alternativeDates?.length; // 2
 * ```
 */
export function memberInfo(id: string): MemberInfo | undefined {
  return MEMBERS.find((m) => m.id === id);
}
