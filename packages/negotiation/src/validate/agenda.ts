import { type SSchema, s, ValidationError, type ValidationIssue, validateWith } from '@parley/core';
import type { Agenda } from '../agenda.js';
import type { DecisionRule } from '../decisionRule.js';
import { jsonLines, lineOf } from './jsonLines.js';

const id = () => s.string({ pattern: /^[a-z0-9][a-z0-9-]*$/, maxLength: 64 });
const source = s.object({
  title: s.string({ minLength: 1 }),
  url: s.optional(s.string()),
  date: s.optional(s.string()),
});
const decisionRule: SSchema<DecisionRule> = s.union([
  s.literal('consensus'),
  s.literal('co-chairs'),
  s.object({ qualifiedMajority: s.number({ min: 0, max: 1 }) }),
]);

/** The shape of an agenda (Standard Schema, Parley's `s`); {@link parseAgenda} adds the cross-field rules. */
export const agendaSchema = s.object({
  id: id(),
  title: s.string({ minLength: 1, maxLength: 500 }),
  description: s.optional(s.string({ maxLength: 5000 })),
  parties: s.array(id(), { minLength: 1, maxLength: 64 }),
  chairs: s.array(id(), { maxLength: 64 }),
  decisionRule,
  protocol: s.optional(s.union([s.literal('single-text'), s.literal('alternating-offers')])),
  issues: s.array(
    s.object({
      id: id(),
      label: s.string({ minLength: 1, maxLength: 500 }),
      description: s.optional(s.string({ maxLength: 5000 })),
      options: s.array(
        s.object({
          id: id(),
          label: s.string({ minLength: 1, maxLength: 500 }),
          silent: s.optional(s.boolean()),
          description: s.optional(s.string({ maxLength: 5000 })),
        }),
        { minLength: 1, maxLength: 1000 },
      ),
    }),
    { minLength: 1, maxLength: 200 },
  ),
  deadline: s.object({ rounds: s.number({ int: true, min: 1, max: 10_000 }) }),
  source: s.optional(source),
});

const RESERVED = new Set(['all', 'timekeeper']);

/** The rules across fields: unique ids, one silent option at most, chairs for the co-chairs rule. */
function crossFieldIssues(a: Agenda): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const dupes = (list: readonly string[], path: (i: number) => string, what: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x)) out.push({ path: path(i), message: `duplicate ${what} "${x}"` });
      seen.add(x);
    });
  };
  dupes(a.parties, (i) => `parties[${i}]`, 'party');
  dupes(a.chairs, (i) => `chairs[${i}]`, 'chair');
  a.parties.forEach((p, i) => {
    if (RESERVED.has(p))
      out.push({
        path: `parties[${i}]`,
        message: `"${p}" is reserved (messages to 'all', the timekeeper); rename the party`,
      });
  });
  a.chairs.forEach((p, i) => {
    if (RESERVED.has(p)) out.push({ path: `chairs[${i}]`, message: `"${p}" is reserved; rename the chair` });
  });
  dupes(
    a.issues.map((x) => x.id),
    (i) => `issues[${i}].id`,
    'issue id',
  );
  a.issues.forEach((issue, j) => {
    dupes(
      issue.options.map((o) => o.id),
      (k) => `issues[${j}].options[${k}].id`,
      `option id in issue "${issue.id}"`,
    );
    const silent = issue.options.map((o, k) => (o.silent ? k : -1)).filter((k) => k >= 0);
    if (silent.length > 1)
      out.push({
        path: `issues[${j}].options[${silent[1]}].silent`,
        message: `issue "${issue.id}" has ${silent.length} silent options; at most one option says nothing on an issue`,
      });
  });
  if (a.protocol === 'alternating-offers' && a.parties.length !== 2)
    out.push({
      path: 'protocol',
      message: `alternating offers is a protocol for two delegations, the agenda has ${a.parties.length}; use single-text`,
    });
  if (a.decisionRule === 'co-chairs' && a.chairs.length === 0)
    out.push({
      path: 'decisionRule',
      message: 'the co-chairs rule needs chairs; list them in "chairs" or use consensus',
    });
  if (typeof a.decisionRule === 'object' && !(a.decisionRule.qualifiedMajority > 0))
    out.push({
      path: 'decisionRule.qualifiedMajority',
      message: 'a qualified majority is a fraction above 0 and at most 1',
    });
  return out;
}

/**
 * Parse and validate an agenda — from a JSON text (a file's content) or an already parsed value — against
 * the agenda schema and the rules across fields (unique ids, at most one silent option per issue, chairs
 * for the co-chairs rule, reserved names). Throws a `ValidationError` listing every problem, each issue
 * with its path and, for a JSON text, its `line`; the message has one `FILE:LINE: path: reason` line per
 * problem, as `parley validate` prints for logs.
 *
 * @example
 * ```ts
 * const agenda = parseAgenda(readFileSync('vienna.json', 'utf8'), 'vienna.json');
 * // ValidationError: vienna.json:12: issues[1].options[2].silent: issue "talks" has 2 silent options; …
 * ```
 */
export function parseAgenda(json: unknown, file?: string): Agenda {
  const where = file ?? 'agenda';
  let value: unknown = json;
  let lines = new Map<string, number>();
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      const m = /position (\d+)/.exec(String(e));
      const line = m ? json.slice(0, Number(m[1])).split('\n').length : 1;
      const reason = e instanceof Error ? e.message : String(e);
      throw new ValidationError(`${where}:${line}: not valid JSON: ${reason}`, {
        issues: [{ path: '', message: `not valid JSON: ${reason}` }],
        line,
        ...(file !== undefined ? { file } : {}),
      });
    }
    lines = jsonLines(json);
  }
  let issues: ValidationIssue[];
  try {
    const agenda = validateWith(agendaSchema, value, where) as Agenda;
    issues = crossFieldIssues(agenda);
    if (issues.length === 0) return agenda;
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    issues = [...e.issues];
  }
  const located = issues.map((i) => {
    const line = typeof json === 'string' ? lineOf(lines, i.path) : undefined;
    return { ...i, ...(line !== undefined ? { line } : {}) };
  });
  const text = located
    .map(
      (i) =>
        `${where}${i.line !== undefined ? `:${i.line}` : ''}: ${i.path ? `${i.path}: ` : ''}${i.message}`,
    )
    .join('\n');
  const first = located[0]!.line;
  throw new ValidationError(`the agenda is invalid:\n${text}`, {
    issues: located,
    ...(first !== undefined ? { line: first } : {}),
    ...(file !== undefined ? { file } : {}),
  });
}
