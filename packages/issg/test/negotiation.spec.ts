import { defineScenario, runScenario } from '@parley/core';
import { acceptable, type Text, utility } from '@parley/negotiation';
import { describe, expect, it } from 'vitest';
import {
  adoptedTextToIssgEvents,
  type IssgAgenda,
  isSyrianParty,
  issgAgenda,
  issgAgendas,
  issgRecord,
  issgRoleCards,
  negotiatedRecord,
  realOutcome,
} from '../src/index.js';

/** A whole address: http(s), a host, and a path beyond the bare domain. */
function isFullUrl(url: string | undefined): boolean {
  if (url === undefined) return false;
  try {
    const u = new URL(url);
    return (
      (u.protocol === 'https:' || u.protocol === 'http:') && (u.pathname.length > 1 || u.search.length > 1)
    );
  } catch {
    return false;
  }
}

const fmt = (x: number) => String(Math.round(x * 1000) / 1000);

describe('the ISSG agendas', () => {
  it('are the three negotiations of 2016, in date order', () => {
    expect(issgAgendas.map((a) => a.id)).toEqual([
      'munich-2016-02-11',
      'vienna-2016-05-17',
      'geneva-2016-09-09',
    ]);
    expect(issgAgenda('vienna-2016-05-17').issues).toHaveLength(9);
    expect(issgAgenda('geneva-2016-09-09').parties).toEqual(['us', 'ru']);
    expect(issgAgenda('geneva-2016-09-09').protocol).toBe('alternating-offers');
    expect(() => issgAgenda('yalta-1945')).toThrow(/built-in agendas are munich-2016-02-11/);
  });

  for (const agenda of issgAgendas)
    describe(agenda.id, () => {
      it('is well formed: unique ids, at most one silent option, a real outcome that is a text of it', () => {
        const ids = agenda.issues.map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const issue of agenda.issues) {
          const opts = issue.options.map((o) => o.id);
          expect(opts.length, issue.id).toBeGreaterThanOrEqual(2);
          expect(new Set(opts).size, issue.id).toBe(opts.length);
          expect(issue.options.filter((o) => o.silent).length, issue.id).toBeLessThanOrEqual(1);
          for (const id of [issue.id, ...opts]) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        }
        expect(Object.keys(agenda.realOutcome).sort()).toEqual([...ids].sort());
        for (const issue of agenda.issues)
          expect(
            issue.options.map((o) => o.id),
            issue.id,
          ).toContain(agenda.realOutcome[issue.id]);
        for (const c of agenda.chairs) expect(agenda.parties).toContain(c);
        expect(agenda.deadline.rounds).toBeGreaterThan(0);
        expect(agenda.assumptions.some((a) => a.includes(`${agenda.deadline.rounds} `))).toBe(true);
        expect(isFullUrl(agenda.source?.url)).toBe(true);
      });

      it('seats no Syrian party (they were never ISSG members) and says so', () => {
        for (const p of agenda.parties) expect(isSyrianParty(p), p).toBe(false);
        const absent = agenda.absent.map((a) => a.party);
        expect(absent).toEqual(expect.arrayContaining(['hnc', 'syria-gov']));
      });

      it('has one valid role card per delegation at the table', () => {
        const cards = issgRoleCards(agenda.id);
        expect(cards.map((c) => c.party)).toEqual(agenda.parties);
        for (const card of cards) {
          const p = card.preferences;
          expect(card.agenda).toBe(agenda.id);
          const weights = Object.values(p.weights);
          expect(
            weights.reduce((a, b) => a + b, 0),
            card.party,
          ).toBeCloseTo(1, 9);
          for (const issue of agenda.issues) {
            expect(p.weights[issue.id], `${card.party} ${issue.id}`).toBeGreaterThanOrEqual(0);
            for (const o of issue.options) {
              const v = p.values[issue.id]?.[o.id];
              expect(v, `${card.party} ${issue.id} ${o.id}`).toBeGreaterThanOrEqual(0);
              expect(v).toBeLessThanOrEqual(1);
              const range = card.uncertain.values[issue.id]?.[o.id];
              expect(Array.isArray(range)).toBe(true);
              const [lo, hi] = range as readonly [number, number];
              expect(lo).toBeLessThanOrEqual(v!);
              expect(hi).toBeGreaterThanOrEqual(v!);
            }
            expect(Object.keys(p.values[issue.id]!).sort()).toEqual(issue.options.map((o) => o.id).sort());
          }
          for (const [issue, options] of Object.entries(p.redLines)) {
            const known = agenda.issues.find((i) => i.id === issue)?.options.map((o) => o.id) ?? [];
            for (const o of options) expect(known, `${card.party} red line ${issue}/${o}`).toContain(o);
          }
          expect(p.reservation).toBeGreaterThanOrEqual(0);
          expect(p.reservation).toBeLessThanOrEqual(1);
        }
      });

      it('sources every stated position with a full URL and the reference flag', () => {
        for (const card of issgRoleCards(agenda.id)) {
          expect(card.positions.length, card.party).toBeGreaterThan(0);
          for (const pos of card.positions) {
            const where = `${card.party} ${pos.issue}`;
            expect(
              agenda.issues.map((i) => i.id),
              where,
            ).toContain(pos.issue);
            expect(pos.keys.length, where).toBeGreaterThan(0);
            for (const k of pos.keys) expect(k, where).toMatch(/^[PS]\d+$/);
            expect(pos.sources).toHaveLength(pos.keys.length);
            expect(
              pos.sources.every((s) => isFullUrl(s.url)),
              where,
            ).toBe(true);
            expect(['V', 'P', 'U', 'V / P']).toContain(pos.flag);
            const options = agenda.issues.find((i) => i.id === pos.issue)!.options.map((o) => o.id);
            for (const o of [...pos.favours, ...pos.opposes]) expect(options, where).toContain(o);
          }
          for (const s of card.sources) expect(isFullUrl(s.url), `${card.party} ${s.title}`).toBe(true);
        }
      });

      it('labels every undocumented number (weight, value, reservation, red line) as a modelling assumption', () => {
        for (const card of issgRoleCards(agenda.id)) {
          const p = card.preferences;
          const lines = card.assumptions;
          for (const a of lines) expect(a, card.party).toMatch(/modelling assumption/);
          for (const issue of agenda.issues) {
            const line = lines.find((a) => a.startsWith(`${issue.id}: weight `));
            expect(line, `${card.party} ${issue.id}`).toBeDefined();
            expect(line).toContain(`weight ${fmt(p.weights[issue.id]!)};`);
            for (const o of issue.options)
              expect(line).toContain(`${o.id} ${fmt(p.values[issue.id]![o.id]!)}`);
          }
          expect(
            lines.some((a) => a.startsWith(`reservation ${fmt(p.reservation)} `)),
            card.party,
          ).toBe(true);
          expect(lines.some((a) => a.startsWith('uncertainty for Monte Carlo'))).toBe(true);
          for (const [issue, options] of Object.entries(p.redLines))
            for (const o of options) {
              const documented = card.positions.some(
                (x) => x.issue === issue && x.redLine && x.opposes.includes(o),
              );
              if (!documented)
                expect(lines, `${card.party} red line ${issue}/${o}`).toContain(
                  `${issue}: red line on ${o} (modelling assumption: no source calls it a red line)`,
                );
            }
        }
      });

      it('makes the real outcome acceptable to every delegation (it was adopted: the reservations are calibrated on it)', () => {
        for (const card of issgRoleCards(agenda.id))
          expect(acceptable(card.preferences, agenda.realOutcome), card.party).toBe(true);
      });
    });
});

/** Statement-related event types: what an adopted text produces. */
const STATEMENT_TYPES = new Set([
  'statement-proposed',
  'statement-adopted',
  'goal-set',
  'non-compliance-rule-adopted',
  'air-drops-authorized',
  'transition-target-set',
  'commitment-made',
  'talks-scheduled',
  'designation-requested',
  'designation-decided',
  'task-force-met',
  'agreement-reached',
]);
const statementRelated = (r: { type: string; data: unknown }) =>
  STATEMENT_TYPES.has(r.type) || (r.type === 'position-stated' && (r.data as { by: string }).by === 'issg');

/** The record up to the step before the meeting's text, then the commands the text produces. */
function replayWithText(agenda: IssgAgenda, text: Text, firstType: 'propose-statement' | 'reach-agreement') {
  const i = issgRecord.steps.findIndex(
    (s) =>
      s.command.type === firstType &&
      ('meeting' in s.command ? s.command.meeting === agenda.meeting : s.command.at.startsWith(agenda.at)),
  );
  expect(i).toBeGreaterThan(0);
  const prefix = issgRecord.steps.slice(0, i);
  const commands = adoptedTextToIssgEvents(agenda.id, text, agenda.at);
  const scenario = defineScenario({
    id: `${agenda.id}-text`,
    title: `${agenda.id}: the record with the text`,
    decider: issgRecord.decider,
    stream: 'issg',
    steps: [...prefix, ...commands.map((command) => ({ command }))],
  });
  const run = runScenario(scenario);
  const before = runScenario(
    defineScenario({
      id: 'prefix',
      title: 'the record before the meeting',
      decider: issgRecord.decider,
      stream: 'issg',
      steps: prefix,
    }),
  );
  return { produced: run.records.slice(before.records.length), seq: before.records.length };
}

const keyData = (r: { type: string; data: unknown }) => {
  const d = { ...(r.data as Record<string, unknown>) };
  if (Array.isArray(d.supporters)) d.supporters = [...(d.supporters as string[])].sort();
  return { type: r.type, data: d };
};

describe('adoptedTextToIssgEvents', () => {
  const record = runScenario(issgRecord).records;

  for (const [agendaId, dates, first] of [
    ['vienna-2016-05-17', ['2016-05-17'], 'propose-statement'],
    ['munich-2016-02-11', ['2016-02-11', '2016-02-12'], 'propose-statement'],
    ['geneva-2016-09-09', ['2016-09-09'], 'reach-agreement'],
  ] as const)
    it(`the real ${agendaId} text produces the record's statement events for that meeting`, () => {
      const agenda = issgAgenda(agendaId);
      const { produced, seq } = replayWithText(agenda, realOutcome(agendaId), first);
      const expected = record
        .filter((r) => r.seq > seq && dates.includes(r.at.slice(0, 10) as never) && statementRelated(r))
        .map(keyData);
      expect(expected.length).toBeGreaterThan(0);
      expect(produced.filter(statementRelated).map(keyData)).toEqual(expected);
    });

  it('the real Vienna text: goal, non-compliance rule, 1 June air drops, 1 August target, no talks date', () => {
    const agenda = issgAgenda('vienna-2016-05-17');
    const { produced } = replayWithText(agenda, agenda.realOutcome, 'propose-statement');
    const types = produced.map((r) => r.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'goal-set',
        'non-compliance-rule-adopted',
        'air-drops-authorized',
        'transition-target-set',
      ]),
    );
    expect(types).not.toContain('talks-scheduled');
    expect(produced.find((r) => r.type === 'air-drops-authorized')?.data).toEqual({ trigger: '2016-06-01' });
  });

  it('every option of every issue maps onto commands the ISSG decider accepts', () => {
    for (const agenda of issgAgendas) {
      const first = agenda.protocol === 'alternating-offers' ? 'reach-agreement' : 'propose-statement';
      const width = Math.max(...agenda.issues.map((i) => i.options.length));
      for (let k = 0; k < width; k++) {
        const text: Record<string, string> = {};
        for (const issue of agenda.issues) text[issue.id] = issue.options[k % issue.options.length]!.id;
        const { produced } = replayWithText(agenda, text, first);
        expect(produced.length, `${agenda.id} option ${k}`).toBeGreaterThan(0);
      }
    }
  });

  it("a different text produces different events: Russia's terrorist list lists both groups; an early-June date schedules talks", () => {
    const agenda = issgAgenda('vienna-2016-05-17');
    const text = { ...agenda.realOutcome, 'terrorist-list': 'add-ahrar-and-jai', 'talks-date': 'early-june' };
    const { produced } = replayWithText(agenda, text, 'propose-statement');
    const listed = produced.filter((r) => r.type === 'designation-decided').map((r) => r.data);
    expect(listed).toEqual([
      { group: 'ahrar-al-sham', outcome: 'listed', by: ['issg'] },
      { group: 'jaysh-al-islam', outcome: 'listed', by: ['issg'] },
    ]);
    expect(produced.find((r) => r.type === 'talks-scheduled')?.data).toEqual({ date: '2016-06-01' });
  });

  it('refuses an agenda it does not know and a text that misses an issue', () => {
    expect(() => adoptedTextToIssgEvents('yalta-1945', {}, '1945-02-04')).toThrow(
      /not a built-in ISSG agenda/,
    );
    expect(() => adoptedTextToIssgEvents('vienna-2016-05-17', {}, '2016-05-17')).toThrow(
      /no option for issue/,
    );
  });
});

describe('the real Vienna text under the role cards', () => {
  it('gives every delegation a utility above its reservation (the margins the worked example reports)', () => {
    const text = realOutcome('vienna-2016-05-17');
    for (const c of issgRoleCards('vienna-2016-05-17'))
      expect(utility(c.preferences, text) - c.preferences.reservation, c.party).toBeGreaterThan(0);
  });
});

describe('negotiatedRecord', () => {
  const record = runScenario(issgRecord).records;

  for (const agenda of issgAgendas)
    it(`with the real ${agenda.id} text, replays the record's own events up to that day`, () => {
      const branch = runScenario(negotiatedRecord(agenda, agenda.realOutcome)).records;
      const upTo = record.filter((r) => r.at.slice(0, 10) <= agenda.at);
      const strip = (r: { type: string; data: unknown }) => keyData(r);
      expect(branch.map(strip).sort(byJson)).toEqual(upTo.map(strip).sort(byJson));
    });

  it('a failed Vienna negotiation leaves no statement, no non-compliance rule and no air-drop trigger', () => {
    const agenda = issgAgenda('vienna-2016-05-17');
    const { state, records } = runScenario(negotiatedRecord(agenda, null));
    expect(records.some((r) => r.type === 'statement-adopted' && r.at.startsWith('2016-05-17'))).toBe(false);
    expect(state.hostilities.nonComplianceRule).toBe(false);
    expect(state.humanitarian.airDrops.trigger).toBeNull();
    const real = runScenario(negotiatedRecord(agenda, agenda.realOutcome)).state;
    expect(real.hostilities.nonComplianceRule).toBe(true);
    expect(real.humanitarian.airDrops.trigger).toBe('2016-06-01');
  });
});

const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
