/**
 * Besieged and hard-to-reach locations named in the sources (issg-chronology.md; Munich statement S17,
 * convoys S14, S19, S42, S49). The UN counted 15 → 18 besieged locations (S56); only those the sources
 * name are listed here.
 */
export interface LocationInfo {
  readonly id: string;
  readonly name: string;
  readonly besieged: boolean;
  readonly sources: readonly string[];
}

/** Locations named in the record. */
export const LOCATIONS: readonly LocationInfo[] = [
  { id: 'madaya', name: 'Madaya', besieged: true, sources: ['S14', 'S17', 'S19'] },
  { id: 'zabadani', name: 'Zabadani', besieged: true, sources: ['S19'] },
  { id: 'foua', name: "al-Fu'ah (Foua)", besieged: true, sources: ['S14', 'S17', 'S19'] },
  { id: 'kefraya', name: 'Kafraya (Kefraya)', besieged: true, sources: ['S14', 'S17', 'S19'] },
  { id: 'moadamiyeh', name: 'Moadamiyeh', besieged: true, sources: ['S17', 'S19', 'S42'] },
  { id: 'kafr-batna', name: 'Kafr Batna', besieged: true, sources: ['S17'] },
  { id: 'darayya', name: 'Darayya', besieged: true, sources: ['S42'] },
  { id: 'deir-ez-zor', name: 'Deir ez-Zor', besieged: true, sources: ['S17', 'S24', 'S29'] },
  { id: 'rural-damascus', name: 'Rural Damascus', besieged: false, sources: ['S17'] },
  { id: 'eastern-ghouta', name: 'Eastern Ghouta', besieged: true, sources: ['S36'] },
  { id: 'east-aleppo', name: 'Eastern Aleppo', besieged: true, sources: ['S43', 'S67'] },
  { id: 'aleppo', name: 'Aleppo city and province', besieged: false, sources: ['S32', 'S36'] },
  { id: 'north-latakia', name: 'Northern Latakia', besieged: false, sources: ['S36'] },
  { id: 'urum-al-kubra', name: 'Urum al-Kubra', besieged: false, sources: ['S49'] },
  { id: 'jabal-tharda', name: 'Jabal Tharda (Deir ez-Zor)', besieged: false, sources: ['S48'] },
  { id: 'syria', name: 'Syria (nationwide)', besieged: false, sources: [] },
];

const IDS = new Set(LOCATIONS.map((l) => l.id));
const BESIEGED = new Set(LOCATIONS.filter((l) => l.besieged).map((l) => l.id));

/**
 * True when `id` is a location of the vocabulary that the sources describe as besieged.
 *
 * @example
 * ```ts
 * isBesiegedLocation('madaya'); // true
 * isBesiegedLocation('aleppo'); // false (the city as a whole was not counted as besieged in 2016)
 * ```
 */
export function isBesiegedLocation(id: string): boolean {
  return BESIEGED.has(id);
}

/**
 * True when `id` is a location of the vocabulary.
 *
 * @example
 * ```ts
 * isKnownLocation('madaya'); // true
 * ```
 */
export function isKnownLocation(id: string): boolean {
  return IDS.has(id);
}
