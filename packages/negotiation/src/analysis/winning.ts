import type { Agenda } from '../agenda.js';

/**
 * The decision rule as a test on who supports (one flag per party, in agenda order), specialised for
 * speed; equal to `meetsDecisionRule` with every party present and the non-supporters objecting (a
 * property test holds them together). Chairs that are not delegations have no preferences and count as
 * supporting.
 */
export function winningTest(agenda: Agenda): (support: Uint8Array | readonly number[]) => boolean {
  const n = agenda.parties.length;
  const rule = agenda.decisionRule;
  if (rule === 'consensus')
    return (support) => {
      if (n === 0) return false;
      for (let i = 0; i < n; i++) if (!support[i]) return false;
      return true;
    };
  if (rule === 'co-chairs') {
    const chairIdx = agenda.chairs.map((c) => agenda.parties.indexOf(c)).filter((i) => i >= 0);
    const any = agenda.chairs.length > 0;
    return (support) => {
      if (!any) return false;
      for (const i of chairIdx) if (!support[i]) return false;
      return true;
    };
  }
  const q = rule.qualifiedMajority;
  return (support) => {
    if (n === 0) return false;
    let yes = 0;
    for (let i = 0; i < n; i++) if (support[i]) yes++;
    return yes / n >= q;
  };
}

/**
 * The veto players of an agenda's decision rule: the delegations without whose support no text can be
 * adopted (Tsebelis 2002) — under consensus every delegation, under the co-chairs rule the co-chairs,
 * under a qualified majority those whose absence leaves too few (none when `q` allows one objector).
 *
 * @example
 * ```ts
 * vetoPlayers({ ...agenda, decisionRule: 'co-chairs' }); // ['us', 'ru']
 * ```
 */
export function vetoPlayers(agenda: Agenda): string[] {
  const win = winningTest(agenda);
  const n = agenda.parties.length;
  return agenda.parties.filter((_, i) => {
    const support = new Uint8Array(n).fill(1);
    support[i] = 0;
    return !win(support);
  });
}
