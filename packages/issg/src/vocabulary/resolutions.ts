/**
 * The UN Security Council resolutions forming the basis of the ISSG process. The seed article has
 * Lavrov cite "2218, 2254 and 2268"; 2218 (2015) concerns Western Sahara (S70): the resolution meant is
 * 2118 (27 Sep 2013), cited by the Vienna communiqué, point 7 (S3, S71).
 */
export interface ResolutionInfo {
  readonly id: string;
  readonly adopted: string;
  readonly meeting: string;
  readonly vote: string;
  readonly subject: string;
  readonly sources: readonly string[];
}

/** The basis resolutions, in order of adoption. */
export const RESOLUTIONS: readonly ResolutionInfo[] = [
  {
    id: '2118',
    adopted: '2013-09-27',
    meeting: '7038th',
    vote: 'unanimous',
    subject: 'elimination of chemical weapons; endorses the 2012 Geneva Communiqué',
    sources: ['S3', 'S71'],
  },
  {
    id: '2254',
    adopted: '2015-12-18',
    meeting: '7588th',
    vote: '15-0',
    subject: 'endorses the Vienna statements; talks, 6-month governance and 18-month election timetable',
    sources: ['S13'],
  },
  {
    id: '2268',
    adopted: '2016-02-26',
    meeting: '7634th',
    vote: '15-0',
    subject: 'endorses the US-Russia statement of 22 Feb and the terms of the cessation of hostilities',
    sources: ['S25'],
  },
];

/** Numbers that the sources print in error, and the resolution they mean. */
export const RESOLUTION_ERRATA: Readonly<Record<string, { readonly means: string; readonly why: string }>> = {
  '2218': {
    means: '2118',
    why: 'RT/IANS, 17 May 2016, quoting Lavrov; UNSCR 2218 (2015) concerns Western Sahara/MINURSO (S69, S70)',
  },
};

/**
 * True when `id` is one of the basis resolutions (2118, 2254, 2268).
 *
 * @example
 * ```ts
 * isBasisResolution('2118'); // true
 * isBasisResolution('2218'); // false: see RESOLUTION_ERRATA
 * ```
 */
export function isBasisResolution(id: string): boolean {
  return RESOLUTIONS.some((r) => r.id === id);
}
