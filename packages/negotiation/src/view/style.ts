/**
 * The look the negotiation views share, so the HTML report and the viewer draw a delegation and a marked
 * text alike: one colour per delegation in agenda order (distinct on light and dark backgrounds), and the
 * marked texts of the outcome chart with their legend words.
 *
 * @example
 * ```ts
 * import { OUTCOME_MARKS, PARTY_COLOURS } from '@parley/negotiation';
 * const colourOf = (k: number) => PARTY_COLOURS[k % PARTY_COLOURS.length];
 * OUTCOME_MARKS.find((m) => m.name === 'nash')?.label; // 'Nash text'
 * ```
 */
export const PARTY_COLOURS: readonly string[] = [
  '#2563eb',
  '#dc2626',
  '#059669',
  '#d97706',
  '#7c3aed',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#475569',
  '#b45309',
];

/**
 * The texts the outcome chart marks (the names of `outcomePlane`'s marks), with the legend's words and colour.
 *
 * @example
 * ```ts
 * import { OUTCOME_MARKS } from '@parley/negotiation';
 * for (const m of OUTCOME_MARKS) console.log(m.name, m.label); // nash Nash text, real real outcome, …
 * ```
 */
export const OUTCOME_MARKS: readonly {
  readonly name: string;
  readonly label: string;
  readonly colour: string;
}[] = [
  { name: 'nash', label: 'Nash text', colour: '#7c3aed' },
  { name: 'real', label: 'real outcome', colour: '#c2410c' },
  { name: 'simulated', label: 'simulated outcome', colour: '#059669' },
];
