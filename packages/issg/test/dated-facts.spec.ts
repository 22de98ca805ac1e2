import { runScenario } from '@parley/core';
import { describe, expect, it } from 'vitest';
import {
  deathCount,
  type IndicatorName,
  indicatorSeries,
  issgRecord,
  type StateSummary,
  stateAt,
  summarize,
} from '../src/index.js';

// The state summary on a date, with the indicators evaluated on that date.
const at = (date: string): StateSummary => summarize(stateAt(issgRecord, date), { at: date });
const ind = (date: string, name: IndicatorName): number | null => at(date).indicators[name];
/** A known indicator value (fails the test when it is null). */
const known = (date: string, name: IndicatorName): number => {
  const v = ind(date, name);
  if (v === null) throw new Error(`${name} is null on ${date}`);
  return v;
};
const missing = (date: string) => at(date).indicatorsMissing.map((m) => m.indicator);

/** A dated fact: what a historian would say was true on that date, as an assertion on the summary. */
type Fact = readonly [date: string, fact: string, check: (s: StateSummary) => void];

const FACTS: readonly Fact[] = [
  // autumn 2015: the Russian air campaign, before any arrangement
  [
    '2015-10-30',
    'OCHA: 393,700 people besieged and 4.5 m in hard-to-reach areas',
    (s) =>
      expect([s.humanitarian.peopleBesieged, s.humanitarian.peopleHardToReach]).toEqual([393_700, 4_500_000]),
  ],
  [
    '2016-06-20',
    'the siege count rises to ~590,000 and the hard-to-reach to 4.9 m',
    (s) =>
      expect([s.humanitarian.peopleBesieged, s.humanitarian.peopleHardToReach]).toEqual([590_000, 4_900_000]),
  ],
  [
    '2016-08-31',
    'cumulative and monthly UN access figures are data, not access: the indicator is unchanged by them',
    (s) => expect(s.indicators.humanitarianAccess).toBe(at('2016-08-30').indicators.humanitarianAccess),
  ],
  [
    '2015-10-30',
    'violence is unknown, not 0: no SOHR nationwide count yet',
    (s) => expect(s.indicators.violence).toBeNull(),
  ],
  [
    '2015-10-30',
    'humanitarian access is unknown before the UN counted besieged locations',
    (s) => expect(s.indicators.humanitarianAccess).toBeNull(),
  ],
  [
    '2015-10-30',
    'credibility is a known 0: no arrangement in force',
    (s) => expect(s.indicators.credibility).toBe(0),
  ],
  [
    '2015-10-30',
    'the missing indicators are listed with their reasons',
    (s) => expect(s.indicatorsMissing.map((m) => m.indicator)).toEqual(['violence', 'humanitarianAccess']),
  ],
  [
    '2015-10-31',
    "SOHR's October count (4,215, ≈136 a day): violence is known and high in the Russian air campaign",
    (s) => expect(s.indicators.violence).toBeGreaterThanOrEqual(0.7),
  ],
  [
    '2015-11-30',
    "SNHR's November count (1,481 by name, ≈49 a day) is kept beside SOHR's (4,182, ≈139 a day), never in it",
    (s) => expect(s.indicators.violence).toBe(0.74),
  ],
  [
    '2015-12-31',
    'SOHR December count: violence is high (≈149 deaths a day)',
    (s) => expect(s.indicators.violence).toBeGreaterThanOrEqual(0.7),
  ],
  [
    '2016-01-31',
    'January count stands: violence stays high before the cessation',
    (s) => expect(s.indicators.violence).toBeGreaterThanOrEqual(0.7),
  ],
  [
    '2016-02-15',
    'violence never reads 0 before the cessation',
    (s) => expect(s.indicators.violence).toBeGreaterThan(0.6),
  ],
  [
    '2016-02-26',
    'on the eve of the cessation nothing is in force',
    (s) => expect(s.hostilities.status).toBe('none'),
  ],
  // the February drop
  [
    '2016-02-27',
    'on the first day of the cessation the February count is obsolete: violence unknown',
    (s) => expect(s.indicators.violence).toBeNull(),
  ],
  [
    '2016-02-27',
    'credibility is unknown while violence and compliance are',
    (s) => expect(s.indicatorsMissing.map((m) => m.indicator)).toEqual(['violence', 'credibility']),
  ],
  [
    '2016-02-27',
    'the reason names the start of the cessation',
    (s) => expect(s.indicatorsMissing[0]?.reason).toContain('2016-02-27'),
  ],
  [
    '2016-02-28',
    'the truce-area count (~20 a day) stands',
    (s) => expect(s.indicators.violence).toBeLessThan(0.35),
  ],
  [
    '2016-03-21',
    'violence stays low in the truce areas through March',
    (s) => expect(s.indicators.violence).toBeLessThan(0.4),
  ],
  [
    '2016-03-31',
    'the nationwide March count (2,658) supersedes the truce-area counts',
    (s) => expect(s.indicators.violence).toBeGreaterThan(0.55),
  ],
  [
    '2016-03-31',
    'the UN count of locations reached takes over: 11 of 18',
    (s) => expect(s.humanitarian.besiegedLocationsReached).toBe(11),
  ],
  [
    '2016-03-31',
    'credibility is known during the cessation',
    (s) => expect(s.indicators.credibility).not.toBeNull(),
  ],
  // the April rise
  [
    '2016-04-22',
    'the Aleppo escalation is reported and disputed',
    (s) => expect(s.violations.disputed).toBe(1),
  ],
  [
    '2016-04-28',
    'the al-Quds hospital strike is reported',
    (s) => expect(s.violations.total).toBe(at('2016-04-26').violations.total + 1),
  ],
  [
    '2016-02-29',
    "the cessation's first violations are alleged by the HNC against the government",
    (s) => expect(s.violations).toMatchObject({ total: 1, counted: 1, disputed: 0 }),
  ],
  [
    '2016-03-05',
    'and by Russia against the armed opposition: both sides accuse from the first week',
    (s) => expect(s.violations.total).toBe(2),
  ],
  [
    '2016-04-30',
    'the April count (3,116) and the strikes push violence up',
    (s) => expect(s.indicators.violence).toBeGreaterThan(0.7),
  ],
  [
    '2016-04-27',
    'the round ends with no next date',
    (s) => expect(s.political.talks).toMatchObject({ status: 'adjourned', nextDate: null }),
  ],
  [
    '2016-05-04',
    'Aleppo and Eastern Ghouta are local extensions',
    (s) => expect(s.hostilities.localExtensions).toEqual(['aleppo', 'eastern-ghouta']),
  ],
  [
    '2016-05-17',
    'credibility after de Mistura: √(compliance 0.5 × access 0.34) ≈ 0.41',
    (s) => expect(s.indicators.credibility).toBe(0.41),
  ],
  [
    '2016-05-17',
    'access: 12 of 18 besieged locations (0.67), lowered by the refusal at Darayya of 12 May',
    (s) => expect(s.indicators.humanitarianAccess).toBe(0.34),
  ],
  [
    '2016-05-05',
    'the Aleppo truce and the Eastern Ghouta reaffirmation are both in force',
    (s) => expect(s.hostilities.localExtensions).toEqual(['aleppo', 'eastern-ghouta']),
  ],
  [
    '2016-05-07',
    "Eastern Ghouta's 48 hours have ended; the Aleppo truce, renewed, holds",
    (s) => expect(s.hostilities.localExtensions).toEqual(['aleppo']),
  ],
  [
    '2016-05-12',
    'fighting resumes in Aleppo: no local extension is in force',
    (s) => expect(s.hostilities.localExtensions).toEqual([]),
  ],
  [
    '2016-02-19',
    'the announced resumption of 25 Feb slips: the pause has no date any more',
    (s) => expect(s.political.talks).toMatchObject({ status: 'paused', nextDate: null }),
  ],
  [
    '2016-02-28',
    'a new round is announced for 7 March',
    (s) => expect(s.political.talks).toMatchObject({ status: 'paused', nextDate: '2016-03-07' }),
  ],
  [
    '2016-03-14',
    'the round opens a week after the announced date; the UN called it the first of three rounds',
    (s) => expect(s.political.talks).toMatchObject({ status: 'in-session', round: 1, nextDate: null }),
  ],
  [
    '2016-04-08',
    'the next round is announced for 13 April',
    (s) => expect(s.political.talks).toMatchObject({ status: 'scheduled', nextDate: '2016-04-13' }),
  ],
  [
    '2016-04-13',
    'the second round opens on the announced date',
    (s) => expect(s.political.talks).toMatchObject({ status: 'in-session', round: 2 }),
  ],
  [
    '2016-05-17',
    "the 1 August target is the ISSG's, pending as its own target",
    (s) => expect(s.commitments.pending).toContain('transition-framework-by-1-aug'),
  ],
  [
    '2016-10-08',
    'two Security Council drafts on Aleppo failed: momentum falls further',
    (s) => expect(s.indicators.momentum!).toBeLessThan(at('2016-10-07').indicators.momentum!),
  ],
  ['2016-05-17', 'no indicator is missing in mid-May', (s) => expect(s.indicatorsMissing).toEqual([])],
  [
    '2016-05-26',
    'the May plan reached 160,000 of 1 m: access falls',
    (s) => expect(s.indicators.humanitarianAccess).toBeLessThan(0.5),
  ],
  [
    '2016-06-01',
    'Darayya reached for the first time since 2012',
    (s) => expect(s.humanitarian.besiegedLocations).toBe(18),
  ],
  [
    '2016-06-30',
    'the June count (4,823) keeps violence high',
    (s) => expect(s.indicators.violence).toBeGreaterThan(0.7),
  ],
  // the summer siege
  [
    '2016-07-08',
    'the siege of eastern Aleppo lowers access',
    (s) => expect(s.indicators.humanitarianAccess).toBeLessThan(0.3),
  ],
  [
    '2016-07-08',
    'credibility is below its May level during the siege',
    (s) => expect(s.indicators.credibility).toBeLessThan(0.5),
  ],
  ['2016-08-01', 'the 1 August transition target lapsed', (s) => expect(s.commitments.lapsed).toBe(3)],
  [
    '2016-08-15',
    'the cessation is still nominally in force',
    (s) => expect(s.hostilities.status).toBe('cessation'),
  ],
  [
    '2016-08-31',
    'violence stays high through August (4,475)',
    (s) => expect(s.indicators.violence).toBeGreaterThan(0.7),
  ],
  // the September calm and its collapse
  [
    '2016-09-12',
    'the new calm makes the August count obsolete: violence unknown',
    (s) => expect(s.indicators.violence).toBeNull(),
  ],
  [
    '2016-09-12',
    'the calm is a renewal of the cessation',
    (s) => expect(s.hostilities).toMatchObject({ status: 'cessation', since: '2016-09-12' }),
  ],
  ['2016-09-14', 'SOHR: no deaths in the first 48 hours', (s) => expect(s.indicators.violence).toBe(0)],
  [
    '2016-09-17',
    'the Deir ez-Zor strike raises violence though it counts against no party',
    (s) => expect(s.indicators.violence).toBeGreaterThan(0.25),
  ],
  [
    '2016-09-17',
    'the coalition strike is not counted against a party',
    (s) => expect(s.violations.counted).toBeLessThan(s.violations.total),
  ],
  [
    '2016-09-19',
    'the calm collapsed',
    (s) => expect(s.hostilities).toMatchObject({ status: 'collapsed', since: '2016-09-19' }),
  ],
  [
    '2016-09-19',
    'credibility is a known 0 after the collapse',
    (s) => expect(s.indicators.credibility).toBe(0),
  ],
  [
    '2016-09-19',
    'violence after the collapse is the war at its August level',
    (s) => expect(s.indicators.violence).toBeGreaterThan(0.8),
  ],
  [
    '2016-09-20',
    'the UN suspended its convoys: access below 0.1',
    (s) => expect(s.indicators.humanitarianAccess).toBeLessThan(0.1),
  ],
  [
    '2016-09-25',
    'deliveries resume to the four towns',
    (s) => expect(s.indicators.humanitarianAccess).toBeGreaterThan(0.1),
  ],
  [
    '2016-09-30',
    'the September count (3,686) stands after the collapse',
    (s) => expect(s.indicators.violence).toBeGreaterThan(0.75),
  ],
  [
    '2016-10-03',
    'momentum is low after the US suspends its channel',
    (s) => expect(s.indicators.momentum).toBeLessThan(0.3),
  ],
  [
    '2016-10-05',
    'eastern Aleppo is declared besieged; the count stays 18',
    (s) => expect(s.humanitarian.besiegedLocations).toBe(18),
  ],
  [
    '2016-10-05',
    'the siege of eastern Aleppo changes the count of people besieged: 275,000 more (derived)',
    (s) =>
      expect(s.humanitarian.peopleBesieged! - at('2016-10-04').humanitarian.peopleBesieged!).toBe(271_000),
  ],
  [
    '2016-10-15',
    'Lausanne is not an ISSG meeting: the count of ISSG meetings is unchanged',
    (s) => expect(s.issg.meetings).toBe(at('2016-10-14').issg.meetings),
  ],
  [
    '2016-10-31',
    'no indicator is missing at the end of the record',
    (s) => expect(s.indicatorsMissing).toEqual([]),
  ],
  // talks: the dates announced at the time, and their slips
  [
    '2016-03-04',
    'the announced 7 March slips to about the 9th',
    (s) => expect(s.political.talks).toMatchObject({ status: 'paused', nextDate: '2016-03-09' }),
  ],
  [
    '2016-03-07',
    'then to 10 March; the round opens on the 14th',
    (s) => expect(s.political.talks).toMatchObject({ status: 'paused', nextDate: '2016-03-10' }),
  ],
  [
    '2016-03-24',
    'the round ends with a next date: de Mistura aims at 9 April',
    (s) => expect(s.political.talks).toMatchObject({ status: 'adjourned', nextDate: '2016-04-09', round: 1 }),
  ],
  [
    '2016-04-05',
    'the UN says 11 April, missing the target date of the 9th',
    (s) => expect(s.political.talks).toMatchObject({ status: 'scheduled', nextDate: '2016-04-11' }),
  ],
  [
    '2016-04-18',
    'the HNC postpones its participation in the second round',
    (s) => expect(s.political.talks).toMatchObject({ status: 'in-session', round: 2, postponedBy: ['hnc'] }),
  ],
  [
    '2016-09-10',
    'after Vienna and the summer no date for talks was ever set again',
    (s) => expect(s.political.talks).toMatchObject({ status: 'adjourned', nextDate: null, round: 2 }),
  ],
  // local arrangements: the durations the sources give, and their end
  [
    '2016-04-30',
    'a regime of calm: 24 hours in Eastern Ghouta, 72 hours in northern Latakia; Aleppo excluded',
    (s) => expect(s.hostilities.localExtensions).toEqual(['eastern-ghouta', 'north-latakia']),
  ],
  [
    '2016-05-01',
    "Eastern Ghouta's 24 hours have ended; northern Latakia's 72 run on",
    (s) => expect(s.hostilities.localExtensions).toEqual(['north-latakia']),
  ],
  [
    '2016-05-03',
    "northern Latakia's 72 hours have ended: no local arrangement until the Aleppo truce",
    (s) => expect(s.hostilities.localExtensions).toEqual([]),
  ],
  [
    '2016-09-20',
    'the collapse ends every local arrangement',
    (s) => expect(s.hostilities.localExtensions).toEqual([]),
  ],
  // sieges that stand
  [
    '2016-05-12',
    'Darayya is refused a convoy: cut off',
    (s) => expect(s.humanitarian.cutOff).toEqual(['darayya']),
  ],
  [
    '2016-06-01',
    'the first convoy since 2012 reaches Darayya: no longer cut off',
    (s) => expect(s.humanitarian.cutOff).toEqual([]),
  ],
  [
    '2016-07-07',
    'the Castello Road is cut: eastern Aleppo is cut off',
    (s) => expect(s.humanitarian.cutOff).toEqual(['east-aleppo']),
  ],
  [
    '2016-10-31',
    'no aid reached eastern Aleppo in the record: still cut off at the end',
    (s) => expect(s.humanitarian.cutOff).toEqual(['east-aleppo']),
  ],
  [
    '2016-08-31',
    'the siege does not fade: access at the end of August stays below half its level before the siege',
    (s) => expect(s.indicators.humanitarianAccess!).toBeLessThan(known('2016-07-06', 'humanitarianAccess')),
  ],
  // the nulls and what is never null
  [
    '2015-10-23',
    'the first day of the record: violence and access unknown, momentum a known 0, credibility a known 0',
    (s) =>
      expect(s.indicators).toEqual({ violence: null, humanitarianAccess: null, momentum: 0, credibility: 0 }),
  ],
  [
    '2015-10-30',
    'the reason for unknown violence names the missing count',
    (s) => expect(s.indicatorsMissing[0]?.reason).toMatch(/death count/),
  ],
  [
    '2016-01-26',
    'humanitarian access is still unknown the day before the UN counted 18 besieged locations',
    (s) => expect(s.indicators.humanitarianAccess).toBeNull(),
  ],
  [
    '2016-01-27',
    'the UN count of 18 besieged locations makes access known: 2 of them reached (Madaya, Foua)',
    (s) => expect(s.indicators.humanitarianAccess).toBe(0.11),
  ],
  [
    '2016-09-13',
    'the calm of 12 September makes the earlier counts obsolete until SOHR counts it: violence unknown',
    (s) => expect(s.indicatorsMissing.map((m) => m.indicator)).toEqual(['violence', 'credibility']),
  ],
  [
    '2016-09-13',
    'credibility is unknown with it: the May compliance estimate belongs to the old arrangement',
    (s) => expect(s.indicatorsMissing[1]?.reason).toMatch(/no compliance estimate and violence unknown/),
  ],
];

describe('dated facts of the record', () => {
  for (const [date, fact, check] of FACTS) it(`${date}: ${fact}`, () => check(at(date)));
});

/** Before/after pairs at the turning points the issue names. */
const TURNS: readonly (readonly [string, IndicatorName, string, string, 'down' | 'up'])[] = [
  ['the February drop', 'violence', '2016-02-26', '2016-02-28', 'down'],
  ['the February drop: credibility rises from 0', 'credibility', '2016-02-26', '2016-02-28', 'up'],
  ['the first convoys of January', 'humanitarianAccess', '2016-01-27', '2016-02-27', 'up'],
  ['the April rise', 'violence', '2016-03-21', '2016-04-30', 'up'],
  ['the April rise: credibility falls', 'credibility', '2016-03-31', '2016-04-30', 'down'],
  ['the Vienna meeting of 17 May lifts momentum', 'momentum', '2016-05-16', '2016-05-17', 'up'],
  ['the summer siege: access', 'humanitarianAccess', '2016-07-06', '2016-07-08', 'down'],
  ['the summer siege: credibility', 'credibility', '2016-07-06', '2016-07-08', 'down'],
  ['the summer siege: credibility below May', 'credibility', '2016-05-17', '2016-08-15', 'down'],
  ['the summer: momentum fades without a step', 'momentum', '2016-07-15', '2016-08-31', 'down'],
  ['the Geneva arrangement of 9 Sep lifts momentum', 'momentum', '2016-09-08', '2016-09-10', 'up'],
  ['the Deir ez-Zor strike', 'violence', '2016-09-16', '2016-09-17', 'up'],
  ['the September collapse: violence', 'violence', '2016-09-18', '2016-09-19', 'up'],
  ['the September collapse: credibility', 'credibility', '2016-09-18', '2016-09-19', 'down'],
  ['the September collapse: momentum', 'momentum', '2016-09-18', '2016-09-19', 'down'],
  ['the convoy attack: access', 'humanitarianAccess', '2016-09-18', '2016-09-19', 'down'],
  ['the suspension of convoys: access', 'humanitarianAccess', '2016-09-19', '2016-09-20', 'down'],
  ['the blocked Aleppo convoy of the calm', 'humanitarianAccess', '2016-09-13', '2016-09-14', 'down'],
  ['the suspended channel of 3 Oct', 'momentum', '2016-10-02', '2016-10-03', 'down'],
  ['the al-Quds hospital strike (27-28 Apr)', 'violence', '2016-04-26', '2016-04-28', 'up'],
  ['the al-Quds hospital strike: credibility', 'credibility', '2016-04-26', '2016-04-28', 'down'],
  ['the Aleppo escalation from 22 Apr', 'violence', '2016-04-21', '2016-04-22', 'up'],
  ['the HNC postpones (18 Apr)', 'momentum', '2016-04-17', '2016-04-18', 'down'],
  ['the Darayya convoy refused (12 May)', 'humanitarianAccess', '2016-05-11', '2016-05-12', 'down'],
  ['the Darayya convoy refused: credibility', 'credibility', '2016-05-11', '2016-05-12', 'down'],
  ['the Castello Road cut (7 Jul): credibility', 'credibility', '2016-07-06', '2016-07-07', 'down'],
  ['the siege stands: access in August below June', 'humanitarianAccess', '2016-06-30', '2016-08-31', 'down'],
  ['the regime of calm of 12 Sep: momentum', 'momentum', '2016-09-11', '2016-09-12', 'up'],
  ['from the quiet first days of the calm to its collapse', 'violence', '2016-09-14', '2016-09-19', 'up'],
  ['the offensive on eastern Aleppo (22 Sep)', 'violence', '2016-09-21', '2016-09-22', 'up'],
  ['deliveries resume (25 Sep) after the suspension', 'humanitarianAccess', '2016-09-24', '2016-09-25', 'up'],
  ['the failed drafts of 8 Oct', 'momentum', '2016-10-07', '2016-10-08', 'down'],
  ['the 1 Jan target lapses', 'momentum', '2016-01-01', '2016-01-02', 'down'],
  ['the Munich statement lifts momentum', 'momentum', '2016-02-10', '2016-02-12', 'up'],
  ['the Munich target lapses (19 Feb)', 'momentum', '2016-02-18', '2016-02-19', 'down'],
  ['the 1 Aug target lapses', 'momentum', '2016-07-31', '2016-08-01', 'down'],
];

describe('the indicators turn where the history turns', () => {
  for (const [what, name, before, after, way] of TURNS)
    it(`${what}: ${name} ${way} from ${before} to ${after}`, () => {
      const a = known(before, name);
      const b = known(after, name);
      if (way === 'up') expect(b).toBeGreaterThan(a);
      else expect(b).toBeLessThan(a);
    });

  it('credibility never peaks during the summer siege (July-August)', () => {
    const may = known('2016-05-17', 'credibility');
    for (const d of ['2016-07-08', '2016-07-21', '2016-08-01', '2016-08-15', '2016-08-31'])
      expect(known(d, 'credibility')).toBeLessThan(may);
  });

  it('violence never reads 0 in the four months before the cessation', () => {
    for (const d of ['2016-01-01', '2016-01-15', '2016-02-01', '2016-02-20', '2016-02-26'])
      expect(known(d, 'violence')).toBeGreaterThan(0.5);
  });
});

describe('unknown is not zero', () => {
  it('a null indicator always has a reason, and a known one none, on every day of the record', () => {
    const { records } = runScenario(issgRecord);
    for (const r of records) {
      const s = summarize(stateAt(records, r.seq));
      for (const name of Object.keys(s.indicators) as IndicatorName[]) {
        const m = s.indicatorsMissing.find((x) => x.indicator === name);
        expect(s.indicators[name] === null, `${r.seq} ${name}`).toBe(m !== undefined);
      }
    }
  });

  it('a death count from before an arrangement never stands during it', () => {
    const s = stateAt(issgRecord, '2016-02-27');
    expect(s.observations['deaths-per-day']?.at).toBe('2016-02-26');
    expect(deathCount(s)).toBeUndefined();
    expect(deathCount(stateAt(issgRecord, '2016-02-28'))).toMatchObject({ covers: 'arrangement', value: 20 });
    expect(deathCount(stateAt(issgRecord, '2016-09-19'))).toMatchObject({
      covers: 'nationwide',
      at: '2016-08-31',
    });
  });

  it("other monitors' counts are kept beside the reference series and disagree with it", () => {
    const s = stateAt(issgRecord, '2016-10-31');
    const sohr = s.observations['civilian-deaths-per-day']?.value ?? 0;
    const snhr = s.observationsByMonitor.snhr?.['civilian-deaths-per-day']?.value ?? 0;
    expect(snhr).toBeGreaterThan(0);
    expect(snhr).toBeLessThan(sohr);
    expect(s.observationsByMonitor.vdc?.['deaths-per-day']?.value).toBeLessThan(
      s.observations['deaths-per-day']?.value ?? 0,
    );
  });

  it('the missing list is empty whenever every indicator is known', () => {
    expect(missing('2016-05-17')).toEqual([]);
  });
});

describe('the events of June-October 2016', () => {
  const { records } = runScenario(issgRecord);
  const ofType = (t: string) => records.filter((r) => r.type === t);

  it('the evacuation of Darayya, 26-27 August 2016', () => {
    expect(ofType('evacuation-completed').map((r) => [r.at, r.data])).toEqual([
      [
        '2016-08-27',
        {
          location: 'darayya',
          under: 'a local agreement between the Syrian authorities and local representatives',
        },
      ],
    ]);
  });

  it('the two failed Security Council drafts on Aleppo of 8 October 2016: a veto and a draft short of nine votes', () => {
    const drafts = ofType('draft-resolution-failed').map(
      (r) => r.data as { draft: string; vetoedBy: string[] },
    );
    expect(drafts.map((d) => [d.draft, d.vetoedBy])).toEqual([
      ['S/2016/846', ['ru']],
      ['S/2016/847', []],
    ]);
  });

  it('the Kerry-Lavrov meeting of 26 August and the Syrian acceptance of the September plan', () => {
    expect(ofType('meeting-convened').some((r) => r.at === '2016-08-26')).toBe(true);
    const positions = ofType('position-stated').map((r) => r.data as { by: string; issue: string });
    expect(positions).toContainEqual(
      expect.objectContaining({ by: 'syria-gov', issue: 'geneva-arrangement-2016-09' }),
    );
  });

  it("both sides' blame for the convoy of 19 September is in the data", () => {
    const blame = ofType('position-stated')
      .map((r) => r.data as { by: string; issue: string })
      .filter((p) => p.issue === 'convoy-attack-blame')
      .map((p) => p.by);
    expect(blame.sort()).toEqual(['ru', 'us']);
  });

  it("the 1 August target is held by the ISSG, not by the parties; Lavrov's citations are press remarks, not provisions", () => {
    const target = ofType('commitment-made').find(
      (r) => (r.data as { commitment: string }).commitment === 'transition-framework-by-1-aug',
    );
    expect(target?.data).toMatchObject({ by: ['issg'] });
    const statement = records.findIndex((r) => r.type === 'statement-adopted' && r.at === '2016-05-17');
    const cites = records.filter((r) => r.type === 'resolution-cited' && r.at === '2016-05-17');
    expect(cites.length).toBe(3);
    for (const c of cites) expect(c.seq).toBeGreaterThan(records[statement]!.seq);
  });

  it("the Vienna statement of 17 May states the group's positions on the designated groups and on detainees", () => {
    const issg = ofType('position-stated')
      .filter((r) => r.at === '2016-05-17')
      .map((r) => (r.data as { by: string; issue: string }).issue);
    expect(issg).toEqual(expect.arrayContaining(['designated-groups', 'detainees', 'civilian-areas']));
  });
});

describe('both sides of the September blame', () => {
  const { records } = runScenario(issgRecord);
  it('violations of the calm are reported against both sides, and each side blamed the other for its end', () => {
    const calm = records.filter(
      (r) => r.type === 'violation-reported' && r.at >= '2016-09-12' && r.at <= '2016-09-19',
    );
    const perpetrators = calm.map((r) => (r.data as { perpetrator: string }).perpetrator);
    expect(perpetrators).toEqual(expect.arrayContaining(['syria-gov', 'hnc', 'coalition']));
    const blame = records
      .filter((r) => r.type === 'position-stated')
      .map((r) => r.data as { by: string; issue: string })
      .filter((p) => p.issue === 'september-violations')
      .map((p) => p.by);
    expect(blame.sort()).toEqual(['ru', 'us']);
  });
  it('Kerry and Lavrov met again on 23 September, bilaterally', () => {
    expect(records.some((r) => r.type === 'meeting-convened' && r.at === '2016-09-23')).toBe(true);
  });
});

describe('the indicator series (the view every chart draws) shows the turning points', () => {
  const { records } = runScenario(issgRecord);
  const series = indicatorSeries(records);
  const value = (name: IndicatorName, date: string): number | null => {
    const i = series.dates.indexOf(date);
    if (i < 0) throw new Error(`${date} is not in the series`);
    return series.values[name][i]!;
  };
  const between = (name: IndicatorName, from: string, to: string): (number | null)[] =>
    series.dates.flatMap((d, i) => (d >= from && d <= to ? [series.values[name][i]!] : []));
  const known = (xs: readonly (number | null)[]): number[] => xs.filter((x): x is number => x !== null);

  it('violence is known and high every day of the four months before the cessation, never 0', () => {
    const before = between('violence', '2015-10-31', '2016-02-26');
    expect(before.length).toBe(119);
    for (const v of before) expect(v).toBeGreaterThan(0.7);
  });

  it('the February drop: violence falls by more than half when the cessation begins', () => {
    expect(value('violence', '2016-02-26')).toBeGreaterThan(0.7);
    expect(value('violence', '2016-02-27')).toBeNull(); // a gap: the February count describes another period
    for (const v of between('violence', '2016-02-28', '2016-03-30')) expect(v).toBeLessThan(0.35);
  });

  it('the April rise: violence climbs back from the truce level through the Aleppo escalation', () => {
    const march = Math.max(...known(between('violence', '2016-02-28', '2016-03-30')));
    const lateApril = Math.min(...known(between('violence', '2016-04-22', '2016-05-10')));
    expect(lateApril).toBeGreaterThan(march + 0.3);
    expect(value('violence', '2016-04-28')!).toBeGreaterThan(value('violence', '2016-04-21')!);
  });

  it('the summer siege: access and credibility stay below their spring level while eastern Aleppo is cut off', () => {
    const springAccess = Math.max(...known(between('humanitarianAccess', '2016-04-01', '2016-05-11')));
    const siegeAccess = known(between('humanitarianAccess', '2016-07-07', '2016-08-31'));
    expect(siegeAccess).toHaveLength(56);
    expect(Math.max(...siegeAccess)).toBeLessThan(springAccess / 2);
    const springCredibility = Math.max(...known(between('credibility', '2016-03-01', '2016-05-31')));
    const siegeCredibility = Math.max(...known(between('credibility', '2016-07-07', '2016-08-31')));
    expect(siegeCredibility).toBeLessThan(springCredibility);
  });

  it('credibility does not peak during the siege of Aleppo (July-August 2016)', () => {
    const all = known(series.values.credibility);
    const peak = Math.max(...all);
    const siege = known(between('credibility', '2016-07-01', '2016-08-31'));
    expect(Math.max(...siege)).toBeLessThan(peak - 0.1);
  });

  it('the September collapse: credibility is a known 0 and violence the highest of the record after 19 September', () => {
    for (const c of between('credibility', '2016-09-19', '2016-10-31')) expect(c).toBe(0);
    const peak = Math.max(...known(series.values.violence));
    expect(Math.max(...known(between('violence', '2016-09-19', '2016-09-30')))).toBe(peak);
    const access = known(between('humanitarianAccess', '2016-09-12', '2016-10-31'));
    expect(Math.min(...access)).toBe(value('humanitarianAccess', '2016-09-20'));
  });

  it('a gap in the series is exactly an indicator listed as missing on that day', () => {
    for (const date of ['2015-10-30', '2016-01-26', '2016-02-27', '2016-09-12', '2016-09-13', '2016-05-17']) {
      const missing = summarize(stateAt(issgRecord, date), { at: date }).indicatorsMissing.map(
        (m) => m.indicator,
      );
      for (const name of ['violence', 'humanitarianAccess', 'momentum', 'credibility'] as const)
        expect(value(name, date) === null, `${date} ${name}`).toBe(missing.includes(name));
    }
  });
});
