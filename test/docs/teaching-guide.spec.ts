import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AnyRecordedEvent, runScenario } from '@parley/core';
import { eventSentence, isIssgRecordList, issgRecord, type StateSummary, summaryAt } from '@parley/issg';
import { outcomes, parseParamAssignments } from '@parley/sim';
import { runSweep } from '@parley/sim/node';
import { describe, expect, it } from 'vitest';
import { type Branch, makeBranch } from '../../packages/viewer/src/model/branch.js';
import { issgDomain } from '../../packages/viewer/src/model/domain.js';
import { ForkError, forkWithCommand } from '../../packages/viewer/src/model/fork.js';
import { commandFor, INJECTIONS } from '../../packages/viewer/src/model/inject.js';
import { SWITCHABLE } from '../../packages/viewer/src/model/mechanismFork.js';
import { root } from './publicEntries.js';

// Every exercise of the teaching guide says what to look for: in the state on a date, in a fork made in the
// viewer, in a Monte Carlo sweep. This file runs each of them — the state through the ISSG view's
// `summaryAt`, the forks through the viewer's own model (the code behind "Fork here" and "Travel this
// branch"), the sweeps with the guide's run count, seed and days — and asserts what the guide says, so the
// guide and the model cannot drift apart. The commands themselves run as written in runnable.spec.ts.

const guide = readFileSync(join(root, 'docs', 'teaching-guide.md'), 'utf8');
const { records } = runScenario(issgRecord);
if (!isIssgRecordList(records)) throw new Error('the record is not an ISSG record list');
const record = makeBranch(issgDomain, 'The record', records, { steps: issgRecord.steps });

/** The text of one exercise of the guide, from its heading to the next. */
function exercise(n: number): string {
  const start = guide.indexOf(`## Exercise ${n} `);
  expect(start, `exercise ${n} in the guide`).toBeGreaterThanOrEqual(0);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end < 0 ? undefined : end).replace(/\s+/g, ' ');
}

const at = (date: string): StateSummary => summaryAt(records, date);
const seqOf = (pred: (r: AnyRecordedEvent) => boolean): number => {
  const r = records.find(pred);
  expect(r).toBeDefined();
  return r!.seq;
};
const lastSeqOn = (date: string): number => records.filter((r) => r.at.startsWith(date)).at(-1)!.seq;

/** "Fork here" with the form the guide names (its label in the viewer), filled as the guide says. */
function fork(base: Branch, after: number, label: string, values: Record<string, string> = {}): Branch {
  const spec = INJECTIONS.find((i) => i.label === label);
  expect(spec, `the viewer offers "${label}"`).toBeDefined();
  return forkWithCommand(issgDomain, base, after, commandFor(spec!, values, after));
}
/** The summary on a branch just after its change. */
const afterChange = (b: Branch) =>
  issgDomain.summarize(b.timeline.stateAt(b.fork!.after + 1)) as unknown as StateSummary;
const beforeChange = (b: Branch) =>
  issgDomain.summarize(b.timeline.stateAt(b.fork!.after)) as unknown as StateSummary;

/** The guide's sweep: 200 runs of seed 1 (in process, the same numbers as `npx parley mc`). */
async function sweep(days: number, set: readonly string[] = [], from?: string) {
  const { summary } = await runSweep({
    scenario: 'issg-2015-2016',
    runs: 200,
    seed: 1,
    days,
    workers: 0,
    ...(from !== undefined ? { from } : {}),
    ...(set.length > 0 ? { params: parseParamAssignments(set) } : {}),
  });
  return outcomes(summary);
}

describe('the teaching guide: what each exercise says to look for', () => {
  it("names only what the viewer shows: its forms, its buttons, its mechanisms and the record's events", () => {
    const app = readFileSync(join(root, 'packages', 'viewer', 'src', 'app.ts'), 'utf8');
    const sentences = records.map(eventSentence);
    const paragraphs = guide
      .split(/\n\s*\n/)
      .filter((p) => p.startsWith('In the viewer:') || p.includes('**fork here**'))
      .map((p) => p.replace(/\s+/g, ' '));
    expect(paragraphs.length).toBeGreaterThanOrEqual(6);
    const quoted = paragraphs.flatMap((p) => [...p.matchAll(/"([^"]+)"/g)].map((m) => m[1]!));
    const forms = quoted.filter((q) => INJECTIONS.some((i) => i.label === q));
    expect(forms.length).toBeGreaterThanOrEqual(7);
    for (const q of quoted) {
      const without = /^Simulate without: (.+)$/.exec(q);
      const known =
        INJECTIONS.some((i) => i.label === q) ||
        (without !== null && SWITCHABLE.some((m) => m.label === without[1])) ||
        (q.endsWith('…') && sentences.some((t) => t.startsWith(q.slice(0, -1)))) ||
        app.includes(`'${q}'`);
      expect(known, `the guide names "${q}", which the viewer does not show`).toBe(true);
    }
  });

  it('Exercise 1: the Munich commitment lapses; two co-chairs agree the terms; without veto players the cessation lasts longer', async () => {
    const text = exercise(1);
    expect(text).toContain('`commitments.lapsed`');
    expect(at('2016-02-12').commitments.pending).toContain('munich-coh-in-one-week');
    expect(at('2016-02-20').commitments.pending).not.toContain('munich-coh-in-one-week');
    expect(at('2016-02-20').commitments.lapsed).toBeGreaterThan(at('2016-02-12').commitments.lapsed);
    const terms = records.find((r) => r.type === 'agreement-reached' && r.at.startsWith('2016-02-22'));
    expect(terms?.data).toMatchObject({ signatories: ['us', 'ru'] });
    const base = await sweep(90);
    const noVeto = await sweep(90, ['vetoPlayers.enabled=false']);
    expect(noVeto.survival60!).toBeGreaterThanOrEqual(base.survival60!);
    expect(noVeto.survival90!).toBeGreaterThan(base.survival90!);
  });

  it('Exercise 2: violence rises from 21 April to 5 May; Aleppo gets a local extension; the listing is blocked; attribution weighs; spoilers shorten', async () => {
    exercise(2);
    expect(at('2016-05-05').indicators.violence!).toBeGreaterThan(at('2016-04-21').indicators.violence!);
    expect(at('2016-05-05').hostilities.localExtensions).toContain('aleppo');
    const requested = records.filter(
      (r) => r.type === 'designation-requested' && r.at.startsWith('2016-04-26'),
    );
    expect(requested.map((r) => (r.data as { group: string }).group)).toEqual([
      'ahrar-al-sham',
      'jaysh-al-islam',
    ]);
    const decided = records.filter((r) => r.type === 'designation-decided' && r.at.startsWith('2016-05-10'));
    expect(decided.map((r) => (r.data as { outcome: string }).outcome)).toEqual(['blocked', 'blocked']);
    // the viewer's forks: a contested report against the HNC weighs less than a verified one against the government
    const v = seqOf((r) => r.type === 'violation-reported' && r.at.startsWith('2016-04-22'));
    const contested = fork(record, v, 'A violation is reported', {
      perpetrator: 'hnc',
      attribution: 'contested',
    });
    const verified = fork(record, v, 'A violation is reported', {
      perpetrator: 'syria-gov',
      attribution: 'verified',
    });
    const before = beforeChange(contested).indicators.violence!;
    expect(afterChange(contested).indicators.violence!).toBeGreaterThan(before);
    expect(afterChange(verified).indicators.violence!).toBeGreaterThan(
      afterChange(contested).indicators.violence!,
    );
    const base = await sweep(120);
    expect((await sweep(120, ['spoilers.enabled=false'])).survival90!).toBeGreaterThan(base.survival90!);
    expect((await sweep(120, ['spoilers.sabotage=3'])).survival90!).toBeLessThan(base.survival90!);
  });

  it('Exercise 3: the rule stands in September, not in the what-if without it; exclusion needs a referral; monitoring matters more than exclusion', async () => {
    const text = exercise(3);
    expect(at('2016-09-19').hostilities.nonComplianceRule).toBe(true);
    const { default: noExclusion } = (await import('../../examples/what-if-no-exclusion.js')) as {
      default: Parameters<typeof runScenario>[0];
    };
    const without = runScenario(noExclusion).records;
    if (!isIssgRecordList(without)) throw new Error('not ISSG records');
    expect(summaryAt(without, '2016-09-19').hostilities.nonComplianceRule).toBe(false);
    expect(text).toContain('while the credibility indicator is the same on both');
    for (const date of ['2016-06-01', '2016-09-16', '2016-09-19'])
      expect(summaryAt(without, date).indicators.credibility).toBe(at(date).indicators.credibility);
    // the viewer refuses the exclusion, naming the rule; a referral, travelled, then allows it
    const rule = seqOf((r) => r.type === 'non-compliance-rule-adopted');
    expect(() =>
      fork(record, rule, 'A party is excluded for non-compliance', { party: 'syria-gov' }),
    ).toThrow(ForkError);
    expect(() =>
      fork(record, rule, 'A party is excluded for non-compliance', { party: 'syria-gov' }),
    ).toThrow(/referred/);
    const referred = fork(record, rule, 'Persistent non-compliance is referred to the ministers', {
      party: 'syria-gov',
    });
    expect(referred.steps).toBeDefined(); // travelling it keeps the story's steps: a fork from it decides them again
    const excluded = fork(referred, referred.fork!.after + 1, 'A party is excluded for non-compliance', {
      party: 'syria-gov',
    });
    expect(excluded.fork!.continued).toBe('decided');
    expect(afterChange(excluded).hostilities.excludedParties).toContain('syria-gov');
    // what the guide says the page shows for the later steps of the record
    expect(excluded.fork!.notes).toEqual([]);
    expect(text).toContain('"Every later step of the story still happens on this branch"');
    expect(readFileSync(join(root, 'packages', 'viewer', 'src', 'ui', 'forkPanel.ts'), 'utf8')).toContain(
      "'Every later step of the story still happens on this branch.'",
    );
    const monitoringOff = await sweep(120, ['monitoring.enabled=false']);
    const exclusionOff = await sweep(120, ['exclusion.enabled=false']);
    expect(monitoringOff.medianSurvival!).toBeLessThan(exclusionOff.medianSurvival ?? 121);
  });

  it('Exercise 4: air drops authorized for 1 June; the convoys of 1 June; access denied lowers access, a convoy does not; the feedback matters', async () => {
    exercise(4);
    expect(at('2016-06-01').humanitarian.airDrops).toMatchObject({ authorized: true, trigger: '2016-06-01' });
    const june1 = records.filter((r) => r.type === 'convoy-delivered' && r.at.startsWith('2016-06-01'));
    expect(june1.map((r) => (r.data as { location: string }).location)).toEqual(['darayya', 'moadamiyeh']);
    const day = lastSeqOn('2016-06-01');
    const denied = fork(record, day, 'Humanitarian access is denied', {
      location: 'darayya',
      by: 'syria-gov',
    });
    const convoy = fork(record, day, 'An aid convoy gets through');
    const access = beforeChange(denied).indicators.humanitarianAccess!;
    expect(afterChange(denied).indicators.humanitarianAccess!).toBeLessThan(access);
    expect(afterChange(convoy).indicators.humanitarianAccess!).toBeGreaterThanOrEqual(access);
    const base = await sweep(120);
    expect((await sweep(120, ['humanitarian.enabled=false'])).survival90!).toBeLessThan(base.survival90!);
    expect((await sweep(120, ['humanitarian.complianceWeight=0.7'])).survival90!).toBeGreaterThan(
      base.survival90!,
    );
  });

  it('Exercise 5: a contested report weighs less on violence than a verified one; noisy attribution shortens the truce', async () => {
    const text = exercise(5);
    expect(text).toContain('`violations.disputed` against `violations.counted`');
    const march = seqOf((r) => r.at.startsWith('2016-03-1'));
    const verified = fork(record, march, 'A violation is reported', { attribution: 'verified' });
    const contested = fork(record, march, 'A violation is reported', { attribution: 'contested' });
    expect(afterChange(verified).indicators.violence!).toBeGreaterThan(
      afterChange(contested).indicators.violence!,
    );
    expect(afterChange(verified).violations.total).toBe(beforeChange(verified).violations.total + 1);
    const off = await sweep(120, ['attribution.enabled=false']);
    const noisy = await sweep(120, ['attribution.noise=0.5']);
    expect(noisy.survival90!).toBeLessThan(off.survival90!);
  });

  it('Exercise 6: the calm of 12 September collapses by the 20th; the forks; the model lets the calm survive a month unless tit-for-tat is strong', async () => {
    exercise(6);
    expect(at('2016-09-16').hostilities.status).toBe('cessation');
    expect(at('2016-09-20').hostilities.status).toBe('collapsed');
    expect(records.some((r) => r.type === 'cessation-renewed' && r.at.startsWith('2016-09-12'))).toBe(true);
    expect(records.some((r) => r.type === 'violation-reported' && r.at.startsWith('2016-09-17'))).toBe(true);
    expect(records.some((r) => r.type === 'convoy-attacked' && r.at.startsWith('2016-09-19'))).toBe(true);
    const day = lastSeqOn('2016-09-16');
    const strike = fork(record, day, 'A violation is reported', {
      perpetrator: 'coalition',
      location: 'jabal-tharda',
      severity: '5',
      attribution: 'contested',
    });
    expect(afterChange(strike).hostilities.status).toBe('cessation');
    const collapse = fork(record, day, 'The arrangement is declared collapsed');
    expect(afterChange(collapse).hostilities.status).toBe('collapsed');
    // the record's own collapse of the 19th and the violations of the 17th-19th are no longer possible
    expect(
      collapse.fork!.notes.some((n) => n.startsWith('2016-09-19') && n.includes('no longer possible')),
    ).toBe(true);
    const base = await sweep(30, [], '2016-09-12');
    const titForTat = await sweep(30, ['titForTat.retaliation=1'], '2016-09-12');
    expect(base.survival30!).toBeGreaterThan(0.5);
    expect(titForTat.survival30!).toBeLessThan(base.survival30!);
  });
});
