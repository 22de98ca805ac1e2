import { describe, expect, it } from 'vitest';
import {
  credibility,
  decayedLevel,
  humanitarianAccess,
  initialIssgState,
  isBesiegedLocation,
  issgRecord,
  momentum,
  stateAt,
  summarize,
  violence,
} from '../src/index.js';

describe('indicators', () => {
  it('are null in the initial state, each with its reason: unknown is not zero', () => {
    const summary = summarize(initialIssgState());
    expect(summary.indicators).toEqual({
      violence: null,
      humanitarianAccess: null,
      momentum: null,
      credibility: 0,
    });
    expect(summary.indicatorsMissing.map((m) => m.indicator)).toEqual([
      'violence',
      'humanitarianAccess',
      'momentum',
    ]);
    for (const m of summary.indicatorsMissing) expect(m.reason.length).toBeGreaterThan(10);
  });
  it('decay halves a level after one half-life', () => {
    expect(decayedLevel({ level: 4, lastAt: '2016-02-27' }, '2016-03-12', 14)).toBe(2);
    expect(decayedLevel({ level: 4, lastAt: null }, '2016-03-12', 14)).toBe(4);
  });
  it('violence follows the observed deaths: 120/day → 0.71; ~20/day after the cessation', () => {
    expect(violence(stateAt(issgRecord, '2016-02-26'))).toBe(0.71);
    expect(violence(stateAt(issgRecord, '2016-02-28'))).toBeLessThan(0.35);
  });
  it('humanitarian access on 17 May is 12 of 18 locations, lowered by the Darayya refusal of 12 May', () => {
    expect(humanitarianAccess(stateAt(issgRecord, '2016-05-11'))).toBe(0.61); // 11 of 18, no recent shock
    const may = stateAt(issgRecord, '2016-05-17');
    expect(may.observations['besieged-locations-reached']?.value).toBe(12);
    // 12/18 × (1 − D/(D + 4)), D ≈ 1.79 five days after a denial (2) + 2 while Darayya stays cut off
    expect(may.humanitarian.cutOff).toEqual(['darayya']);
    expect(humanitarianAccess(may)).toBe(0.34);
  });
  it('credibility on 17 May is √(compliance 0.5 × access 0.34); 0 without a cessation', () => {
    expect(credibility(stateAt(issgRecord, '2016-05-17'))).toBe(0.41);
    expect(credibility(stateAt(issgRecord, '2016-02-26'))).toBe(0);
  });
  it('a disputed blame weighs less than an undisputed one, an alleged violation less than a verified one', () => {
    // the Aleppo escalation of 22 Apr (contested, severity 5) was disputed the same day: 5 × 0.6 × 0.5 = 1.5
    const eve = stateAt(issgRecord, '2016-04-21').violence;
    const escalation = stateAt(issgRecord, '2016-04-22').violence.level - decayedLevel(eve, '2016-04-22', 14);
    expect(escalation).toBeCloseTo(1.5, 5);
    // Deir ez-Zor (verified, 5) weighs 5; the army's allegation of 19 Sep (alleged, 3) weighs 0.9
    const before = stateAt(issgRecord, '2016-09-16').violence;
    const after = stateAt(issgRecord, '2016-09-17').violence;
    expect(after.level - decayedLevel(before, '2016-09-17', 14)).toBeCloseTo(5, 5);
  });
  it('momentum fades when nothing happens', () => {
    const s = stateAt(issgRecord, '2016-05-17');
    expect(momentum(s, '2016-08-17')!).toBeLessThan(momentum(s)!);
  });
  it('summarize evaluates at a later date when asked', () => {
    const s = stateAt(issgRecord, '2016-05-17');
    expect(summarize(s, { at: '2016-06-30' }).at).toBe('2016-06-30');
  });
});

describe('the state summary', () => {
  it('has the DESIGN.md keys in a stable order', () => {
    const s = summarize(stateAt(issgRecord, '2016-05-17'));
    expect(Object.keys(s)).toEqual([
      'at',
      'seq',
      'issg',
      'hostilities',
      'humanitarian',
      'political',
      'commitments',
      'violations',
      'resolutions',
      'indicators',
      'indicatorsMissing',
    ]);
    expect(Object.keys(s.hostilities)).toEqual([
      'status',
      'since',
      'parties',
      'excludedFromArrangement',
      'excludedParties',
      'goal',
      'nonComplianceRule',
      'localExtensions',
    ]);
    expect(Object.keys(s.humanitarian)).toEqual([
      'besiegedLocations',
      'besiegedLocationsReached',
      'peopleReached',
      'airDrops',
      'peopleBesieged',
      'peopleHardToReach',
      'cutOff',
    ]);
    expect(Object.keys(s.political.talks)).toEqual(['status', 'nextDate', 'round', 'postponedBy']);
    expect(Object.keys(s.indicators)).toEqual(['violence', 'humanitarianAccess', 'momentum', 'credibility']);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
  it('stateAt refuses a malformed date', () => {
    expect(() => stateAt(issgRecord, '17 May 2016')).toThrow(/ISO 8601/);
  });
});

describe('humanitarianAccess before the UN counted locations reached', () => {
  it('counts the named besieged locations that delivered aid reached, as a lower bound', () => {
    // Madaya and Foua (11 Jan, S14) of the 18 besieged locations (27 Jan, S56): 2/18
    expect(humanitarianAccess(stateAt(issgRecord, '2016-01-27'))).toBe(0.11);
    // + Moadamiyeh (17 Feb, S19): 3/18, held until the UN's count of 30 March
    const feb = stateAt(issgRecord, '2016-02-27');
    expect(feb.humanitarian.besiegedReached).toEqual(['madaya', 'foua', 'moadamiyeh']);
    expect(humanitarianAccess(feb)).toBe(0.17);
    // the UN's count takes over once reported: 11 of 18 (S61)
    expect(humanitarianAccess(stateAt(issgRecord, '2016-03-31'))).toBe(0.61);
  });

  it('never counts a location twice, nor one that was not besieged', () => {
    const end = stateAt(issgRecord, '2016-10-15').humanitarian.besiegedReached;
    expect(new Set(end).size).toBe(end.length);
    expect(end.every((l) => isBesiegedLocation(l))).toBe(true);
  });
});
