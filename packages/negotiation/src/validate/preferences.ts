import { ValidationError, type ValidationIssue } from '@parley/core';
import type { Agenda } from '../agenda.js';
import type { Preferences } from '../preferences.js';

const TOLERANCE = 1e-6;

function finite(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function check(agenda: Agenda, p: Preferences, at: string, out: ValidationIssue[]): void {
  const issue = (path: string, message: string) => out.push({ path: `${at}.${path}`, message });
  if (!agenda.parties.includes(p.party))
    issue(
      'party',
      `"${p.party}" is not a delegation of the agenda "${agenda.id}"; its delegations are ${agenda.parties.join(', ')}`,
    );
  const byId = new Map(agenda.issues.map((i) => [i.id, i]));
  let total = 0;
  for (const [issueId, w] of Object.entries(p.weights ?? {})) {
    if (!byId.has(issueId))
      issue(
        `weights.${issueId}`,
        `"${issueId}" is not an issue of the agenda; its issues are ${[...byId.keys()].join(', ')}`,
      );
    if (!finite(w) || w < 0)
      issue(`weights.${issueId}`, `a weight is a number ≥ 0, got ${JSON.stringify(w)}`);
    else total += w;
  }
  if (Math.abs(total - 1) > TOLERANCE)
    issue(
      'weights',
      `the weights sum to ${Number(total.toFixed(9))}; they must sum to 1 (divide each by their sum)`,
    );
  for (const [issueId, values] of Object.entries(p.values ?? {})) {
    const known = byId.get(issueId);
    if (!known) {
      issue(`values.${issueId}`, `"${issueId}" is not an issue of the agenda`);
      continue;
    }
    for (const [optionId, v] of Object.entries(values)) {
      if (!known.options.some((o) => o.id === optionId))
        issue(
          `values.${issueId}.${optionId}`,
          `"${optionId}" is not an option of "${issueId}"; its options are ${known.options.map((o) => o.id).join(', ')}`,
        );
      if (!finite(v) || v < 0 || v > 1)
        issue(`values.${issueId}.${optionId}`, `a value is a number from 0 to 1, got ${JSON.stringify(v)}`);
    }
  }
  for (const [issueId, options] of Object.entries(p.redLines ?? {})) {
    const known = byId.get(issueId);
    if (!known) {
      issue(`redLines.${issueId}`, `"${issueId}" is not an issue of the agenda`);
      continue;
    }
    options.forEach((o, k) => {
      if (!known.options.some((x) => x.id === o))
        issue(`redLines.${issueId}[${k}]`, `"${o}" is not an option of "${issueId}"`);
    });
  }
  if (!finite(p.reservation) || p.reservation < 0 || p.reservation > 1)
    issue(
      'reservation',
      `the reservation value is a number from 0 to 1, got ${JSON.stringify(p.reservation)}`,
    );
}

/**
 * Preferences that passed {@link check} against an agenda's issues and parties (the arrays themselves:
 * agendas and preferences are treated as immutable), so that a Monte Carlo of many negotiations on the
 * same role cards checks each card once.
 */
const checked = new WeakMap<Preferences, { issues: Agenda['issues']; parties: Agenda['parties'] }>();

/**
 * Check delegations' preferences against an agenda: known party, issue and option ids; weights ≥ 0
 * summing to 1 (within 10⁻⁶); values and the reservation in [0, 1]; red lines on known options; one
 * Preferences per delegation when a list or record is given. Returns them in agenda order; throws a
 * `ValidationError` listing every problem with its path (`preferences.us.weights.talks`).
 *
 * @example
 * ```ts
 * const prefs = validatePreferences(agenda, { us: usPrefs, ru: ruPrefs, ir: irPrefs });
 * ```
 */
export function validatePreferences(
  agenda: Agenda,
  prefs: Preferences | readonly Preferences[] | Readonly<Record<string, Preferences>>,
): Preferences[] {
  const out: ValidationIssue[] = [];
  const single = !Array.isArray(prefs) && typeof (prefs as Preferences).party === 'string';
  const list: Preferences[] = single
    ? [prefs as Preferences]
    : Array.isArray(prefs)
      ? [...(prefs as readonly Preferences[])]
      : Object.values(prefs as Readonly<Record<string, Preferences>>);
  if (!single && !Array.isArray(prefs))
    for (const [key, p] of Object.entries(prefs as Readonly<Record<string, Preferences>>))
      if (p.party !== key)
        out.push({
          path: `preferences.${key}.party`,
          message: `filed under "${key}" but names "${p.party}"`,
        });
  const seen = new Set<string>();
  for (const p of list) {
    if (seen.has(p.party))
      out.push({ path: `preferences.${p.party}`, message: `"${p.party}" has preferences twice` });
    seen.add(p.party);
    const passed = checked.get(p);
    if (passed?.issues === agenda.issues && passed.parties === agenda.parties) continue;
    const before = out.length;
    check(agenda, p, `preferences.${p.party}`, out);
    if (out.length === before) checked.set(p, { issues: agenda.issues, parties: agenda.parties });
  }
  if (!single)
    for (const party of agenda.parties)
      if (!seen.has(party))
        out.push({ path: `preferences.${party}`, message: `the preferences of "${party}" are missing` });
  if (out.length > 0)
    throw new ValidationError(
      `the preferences do not fit the agenda "${agenda.id}":\n${out.map((i) => `${i.path}: ${i.message}`).join('\n')}`,
      { issues: out },
    );
  return single ? list : agenda.parties.map((party) => list.find((p) => p.party === party)!);
}
