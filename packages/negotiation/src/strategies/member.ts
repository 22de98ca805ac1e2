import type { Text } from '../agenda.js';
import type { NegotiationCommand } from '../commands.js';
import { crossesRedLine, type Preferences, utility } from '../preferences.js';
import { agendaIndex, ownTables } from './beliefs.js';
import type { StrategyView } from './types.js';

/**
 * True when the text is acceptable to a delegation at a target utility: it crosses none of its red
 * lines and gives it at least the target (and at least its reservation).
 *
 * @example
 * ```ts
 * acceptableAt(prefs, draft, 0.6); // false when the draft gives 0.55
 * ```
 */
export function acceptableAt(prefs: Preferences, text: Text, target: number): boolean {
  return !crossesRedLine(prefs, text) && utility(prefs, text) >= Math.max(target, prefs.reservation) - 1e-12;
}

/*
 * The single-issue change of `text` a delegation wants most: on an issue where the text crosses one of
 * its red lines first, else where it gains most; skipping changes the chair already rejected from it.
 */
export function bestAmendment(
  view: StrategyView,
  prefs: Preferences,
  text: Text,
): { issue: string; option: string } | null {
  // The options the chair already rejected from it (rarely any: no set unless there are).
  let rejected: Set<string> | null = null;
  for (const a of view.state.amendments)
    if (a.by === view.party && a.status === 'rejected') {
      rejected ??= new Set();
      rejected.add(`${a.issue}=${a.option}`);
    }
  const { M } = agendaIndex(view.agenda);
  const { red: redOf, value } = ownTables(view.agenda, prefs);
  let best: { issue: string; option: string; score: number } | null = null;
  const issues = view.agenda.issues;
  for (let j = 0; j < issues.length; j++) {
    const issue = issues[j]!;
    const red = prefs.redLines[issue.id] ?? [];
    const current = text[issue.id]!;
    const w = prefs.weights[issue.id] ?? 0;
    const here = prefs.values[issue.id]?.[current] ?? 0;
    const fixesRed = red.includes(current);
    const options = issue.options;
    for (let x = 0; x < options.length; x++) {
      const o = options[x]!;
      if (o.id === current || redOf[j * M + x] === 1 || rejected?.has(`${issue.id}=${o.id}`)) continue;
      const score = (fixesRed ? 10 : 0) + w * (value[j * M + x]! - here);
      if (score > 1e-12 && (best === null || score > best.score))
        best = { issue: issue.id, option: o.id, score };
    }
  }
  return best && { issue: best.issue, option: best.option };
}

/**
 * A delegation's moves on the single negotiating text at a target utility: if the draft reaches the
 * target without crossing a red line, support it (withdraw a standing objection); otherwise object (on
 * the issue where it loses most) and propose its most wanted amendment, one pending at a time.
 *
 * @example
 * ```ts
 * memberMoves(view, 0.6); // [{ type: 'raise-objection', … }, { type: 'propose-amendment', … }]
 * ```
 */
export function memberMoves(view: StrategyView, target: number): NegotiationCommand[] {
  const prefs = view.preferences;
  const draft = view.state.draft;
  if (prefs === undefined || draft === null || view.phase !== 'open') return [];
  const objecting = view.state.objections.some((o) => o.by === view.party);
  if (acceptableAt(prefs, draft, target))
    return objecting ? [{ type: 'withdraw-objection', by: view.party }] : [];
  const out: NegotiationCommand[] = [];
  const amendment = bestAmendment(view, prefs, draft);
  if (!objecting) {
    const red = crossesRedLine(prefs, draft);
    out.push({
      type: 'raise-objection',
      by: view.party,
      ...(amendment ? { issue: amendment.issue } : {}),
      reason: red ? 'the draft crosses a red line' : 'the draft falls short of what we can accept',
    });
  }
  const pending = view.state.amendments.some((a) => a.by === view.party && a.status === 'pending');
  if (amendment && !pending) out.push({ type: 'propose-amendment', by: view.party, ...amendment });
  return out;
}
