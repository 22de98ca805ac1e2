/**
 * How a statement of an text is adopted (an ISSG statement, a negotiated draft):
 * - `'consensus'` (default, the ISSG's practice): every member present supports, none objects (any standing objection blocks);
 * - `'co-chairs'`: both co-chairs support (the US–Russia joint statements of 22 Feb and 9 May);
 * - `{ qualifiedMajority: q }`: at least a fraction `q` of the members present supports; objectors do not
 *   block ("some sides shouldn't have veto", Kerry, 17 May 2016).
 */
export type DecisionRule = 'consensus' | 'co-chairs' | { readonly qualifiedMajority: number };

/**
 * The decision rule as text, e.g. `consensus`, `qualified-majority:0.66`.
 *
 * @example
 * ```ts
 * describeDecisionRule({ qualifiedMajority: 0.66 }); // 'qualified-majority:0.66'
 * ```
 */
export function describeDecisionRule(rule: DecisionRule): string {
  return typeof rule === 'string' ? rule : `qualified-majority:${rule.qualifiedMajority}`;
}

/**
 * True when the supporters and objectors among the members present satisfy the decision rule.
 *
 * @example
 * ```ts
 * meetsDecisionRule('consensus', { present: ['us', 'ru', 'ir'], coChairs: ['us', 'ru'],
 *   supporters: ['us', 'ru'], objectors: ['ir'] }); // false: Iran's veto
 * meetsDecisionRule({ qualifiedMajority: 0.66 }, { present: ['us', 'ru', 'ir'], coChairs: ['us', 'ru'],
 *   supporters: ['us', 'ru'], objectors: ['ir'] }); // true
 * ```
 */
export function meetsDecisionRule(
  rule: DecisionRule,
  vote: {
    readonly present: readonly string[];
    readonly coChairs: readonly string[];
    readonly supporters: readonly string[];
    readonly objectors: readonly string[];
  },
): boolean {
  const support = new Set(vote.supporters);
  if (rule === 'consensus') return vote.objectors.length === 0 && vote.present.every((m) => support.has(m));
  if (rule === 'co-chairs') return vote.coChairs.length > 0 && vote.coChairs.every((m) => support.has(m));
  if (vote.present.length === 0) return false;
  const yes = vote.present.filter((m) => support.has(m)).length;
  return yes / vote.present.length >= rule.qualifiedMajority;
}
