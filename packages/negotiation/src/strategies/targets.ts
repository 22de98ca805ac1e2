import type { RecordedEvent } from '@parley/core';
import type { Agenda, Text } from '../agenda.js';
import type { NegotiationEvent } from '../events.js';
import { type Preferences, utility } from '../preferences.js';

/**
 * The best utility a delegation can get without crossing its own red lines (`P_max`): on each issue, its
 * best option that is not on a red line.
 *
 * @example
 * ```ts
 * idealUtility(agenda, prefs); // 1 when every issue has an option worth 1 to it
 * ```
 */
export function idealUtility(agenda: Agenda, prefs: Preferences): number {
  const hit = ideals.get(prefs)?.get(agenda.issues);
  if (hit !== undefined) return hit;
  let u = 0;
  for (const issue of agenda.issues) {
    const red = prefs.redLines[issue.id] ?? [];
    let best = 0;
    for (const o of issue.options)
      if (!red.includes(o.id)) best = Math.max(best, prefs.values[issue.id]?.[o.id] ?? 0);
    u += (prefs.weights[issue.id] ?? 0) * best;
  }
  let byAgenda = ideals.get(prefs);
  if (!byAgenda) {
    byAgenda = new WeakMap();
    ideals.set(prefs, byAgenda);
  }
  byAgenda.set(agenda.issues, u);
  return u;
}

/**
 * Memo of {@link idealUtility} (pure in the preferences and the agenda's issues, which are treated as
 * immutable), keyed on the issues array so that copies of an agenda (a run's own deadline) share it.
 */
const ideals = new WeakMap<Preferences, WeakMap<Agenda['issues'], number>>();

/** Memo of {@link idealText}, likewise; each call returns a fresh copy. */
const idealTexts = new WeakMap<Preferences, WeakMap<Agenda['issues'], Text>>();

/**
 * The text a delegation likes best (its best non-red option on every issue; the first on ties).
 *
 * @example
 * ```ts
 * idealText(agenda, prefs); // { talks: 'june', aid: 'air-drops', list: 'keep' }
 * ```
 */
export function idealText(agenda: Agenda, prefs: Preferences): Text {
  const hit = idealTexts.get(prefs)?.get(agenda.issues);
  if (hit) return { ...hit };
  const out: Record<string, string> = {};
  for (const issue of agenda.issues) {
    const red = prefs.redLines[issue.id] ?? [];
    let best = -1;
    for (const o of issue.options) {
      const v = red.includes(o.id) ? -1 : (prefs.values[issue.id]?.[o.id] ?? 0);
      if (v > best) {
        best = v;
        out[issue.id] = o.id;
      }
    }
  }
  let byIssues = idealTexts.get(prefs);
  if (!byIssues) {
    byIssues = new WeakMap();
    idealTexts.set(prefs, byIssues);
  }
  byIssues.set(agenda.issues, { ...out });
  return out;
}

/**
 * Faratin, Sierra & Jennings (1998) time-dependent target: `f(t) = k + (1 − k)·t^(1/e)`,
 * `p(t) = P_min + (P_max − P_min)·(1 − f(t))`. `e < 1` Boulware (concedes late), `e = 1` linear,
 * `e > 1` Conceder.
 *
 * @example
 * ```ts
 * timeDependentTarget(0.5, { e: 1, min: 0.2, max: 1 }); // 0.6
 * ```
 */
export function timeDependentTarget(
  t: number,
  { e, min, max, k = 0 }: { e: number; min: number; max: number; k?: number },
): number {
  const time = Math.min(1, Math.max(0, t));
  const f = k + (1 - k) * time ** (1 / e);
  return min + (max - min) * (1 - f);
}

/**
 * The draft on the table at the end of each completed round, from the events (null before any draft).
 *
 * @example
 * ```ts
 * draftsAtRoundEnds(view.events); // [draftAfterRound1, draftAfterRound2, …]
 * ```
 */
export function draftsAtRoundEnds(events: readonly RecordedEvent<NegotiationEvent>[]): (Text | null)[] {
  const out: (Text | null)[] = [];
  let draft: Text | null = null;
  for (const e of events) {
    if (e.type === 'draft-tabled' || e.type === 'amendment-accepted') draft = e.data.draft;
    else if (e.type === 'offer-made') draft = e.data.text;
    else if (e.type === 'round-ended') out.push(draft);
  }
  return out;
}

/** Utility of a text, 0 for no text. */
export function utilityOrZero(prefs: Preferences, text: Text | null): number {
  return text === null ? 0 : utility(prefs, text);
}
