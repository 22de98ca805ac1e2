import { runScenario } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { issgRecord, scenarios, stateAt, summarize } from '../src/index.js';

const run = runScenario(issgRecord);
const at = (date: string) => summarize(stateAt(issgRecord, date));

describe('the record issg-2015-2016', () => {
  it('is the built-in scenario, on stream issg, and replays to the end', () => {
    expect(issgRecord.id).toBe('issg-2015-2016');
    expect(issgRecord.stream).toBe('issg');
    expect(scenarios.map((s) => s.id)).toContain('issg-2015-2016');
    expect(run.records.length).toBeGreaterThan(100);
    expect(run.records[0]?.at).toBe('2015-10-23');
    expect(run.records.at(-1)?.at).toBe('2016-10-31');
  });

  it('every event carries a source with a title, and a flag', () => {
    for (const r of run.records) {
      expect(r.meta?.source?.title, `${r.seq} ${r.type}`).toBeTruthy();
      expect(['verified', 'partial', 'unverified']).toContain(r.meta?.flag);
      for (const s of r.meta?.sources ?? []) expect(s.title).toBeTruthy();
    }
  });

  it('says where sources disagree', () => {
    const notes = run.records.map((r) => String(r.meta?.note ?? '')).join('\n');
    for (const text of [
      '32-34',
      '62 (Russia/Syria) to 90+',
      '21/23/26/27',
      '~19 Feb',
      '2218',
      'OIC first attended',
    ])
      expect(notes).toContain(text);
  });

  it('is deterministic: the same replay gives identical JSON', () => {
    const again = runScenario(issgRecord);
    expect(JSON.stringify(again.records)).toBe(JSON.stringify(run.records));
    expect(JSON.stringify(again.state)).toBe(JSON.stringify(run.state));
    expect(JSON.stringify(summarize(stateAt(run.records, '2016-05-17')))).toBe(
      JSON.stringify(at('2016-05-17')),
    );
  });

  it('stateAt accepts a date or a seq', () => {
    expect(stateAt(run.records, 10).seq).toBe(10);
    expect(stateAt(issgRecord, 10).seq).toBe(10);
    expect(stateAt(issgRecord, '2015-10-22').seq).toBe(0);
  });

  it('no UN-designated group is ever a party, at any seq', () => {
    const seqs = run.records.map((r) => r.seq);
    for (const seq of seqs.filter((s) => s % 5 === 0)) {
      const s = stateAt(run.records, seq);
      for (const p of s.hostilities.parties) expect(s.designated).not.toContain(p);
    }
  });
});

describe('dated facts (issg-chronology.md)', () => {
  it('2015-10-23: a preparatory quad meeting, not yet the group', () => {
    const s = at('2015-10-23');
    expect(s.issg.members).toEqual([]);
    expect(s.issg.meetings).toBe(0);
  });
  it('2015-10-30: 19 founding participants, US and Russia co-chair, 2118 cited', () => {
    const s = at('2015-10-30');
    expect(s.issg.members).toHaveLength(19);
    expect(s.issg.members).toEqual(expect.arrayContaining(['us', 'ru', 'ir', 'eu', 'un']));
    expect(s.issg.coChairs).toEqual(['us', 'ru']);
    expect(s.resolutions).toEqual(['2118']);
    expect(s.issg.meetings).toBe(1);
  });
  it('2015-11-14: the Arab League joins; talks targeted for 1 Jan', () => {
    const s = at('2015-11-14');
    expect(s.issg.members).toContain('arab-league');
    expect(s.issg.members).toHaveLength(20);
    expect(s.commitments.pending).toContain('formal-talks-by-1-jan');
  });
  it('2015-12-18: the OIC attends; UNSCR 2254', () => {
    const s = at('2015-12-18');
    expect(s.issg.members).toContain('oic');
    expect(s.resolutions).toEqual(['2118', '2254']);
  });
  it('2016-01-02: the 1 January target for talks lapsed', () => {
    expect(at('2016-01-02').commitments.lapsed).toBe(1);
  });
  it('2016-01-27: 18 besieged locations', () => {
    expect(at('2016-01-27').humanitarian.besiegedLocations).toBe(18);
  });
  it('2016-01-29: talks opened in Geneva', () => {
    expect(at('2016-01-29').political.talks).toMatchObject({ status: 'in-session', round: 1 });
  });
  it('2016-02-03: talks paused until 25 Feb', () => {
    expect(at('2016-02-03').political.talks).toMatchObject({ status: 'paused', nextDate: '2016-02-25' });
  });
  it('2016-02-12: Munich sets a one-week target; no cessation yet', () => {
    const s = at('2016-02-12');
    expect(s.commitments.pending).toContain('munich-coh-in-one-week');
    expect(s.hostilities.status).toBe('none');
  });
  it('2016-02-19: the Munich one-week target lapsed before 27 Feb', () => {
    const s = at('2016-02-19');
    expect(s.commitments.pending).not.toContain('munich-coh-in-one-week');
    expect(s.commitments.lapsed).toBe(2);
    expect(s.hostilities.status).toBe('none');
  });
  it('2016-02-22: terms agreed, no party yet, nothing in force', () => {
    const st = stateAt(issgRecord, '2016-02-22');
    expect(st.hostilities.terms).toMatchObject({
      signOnDeadline: '2016-02-26T12:00+02:00',
      effectiveAt: '2016-02-27T00:00+02:00',
    });
    expect(summarize(st).hostilities).toMatchObject({ status: 'none', parties: [] });
  });
  it('2016-02-23: the government accepts', () => {
    expect(at('2016-02-23').hostilities.parties).toEqual(['syria-gov']);
  });
  it('2016-02-24: the first Deir ez-Zor air drop failed', () => {
    expect(at('2016-02-24').humanitarian.airDrops).toMatchObject({
      conducted: 0,
      failed: 1,
      authorized: false,
    });
  });
  it('2016-02-26: UNSCR 2268; the HNC signs on; still not in force', () => {
    const s = at('2016-02-26');
    expect(s.resolutions).toEqual(['2118', '2254', '2268']);
    expect(s.hostilities.parties).toEqual(['syria-gov', 'hnc']);
    expect(s.hostilities.status).toBe('none');
  });
  it('2016-02-27T00:00+02:00: the cessation is in force with the government and the HNC, never ISIL or Nusra', () => {
    const before = summarize(stateAt(issgRecord, '2016-02-26T23:59+02:00'));
    expect(before.hostilities.status).toBe('none');
    const s = summarize(stateAt(issgRecord, '2016-02-27T00:00+02:00'));
    expect(s.hostilities).toMatchObject({
      status: 'cessation',
      since: '2016-02-27',
      parties: ['syria-gov', 'hnc'],
      excludedFromArrangement: ['isil', 'nusra'],
      excludedParties: [],
      goal: null,
    });
  });
  it('2016-02-28: deaths fall to ~20 a day, violence falls', () => {
    expect(at('2016-02-28').indicators.violence!).toBeLessThan(at('2016-02-26').indicators.violence!);
  });
  it('2016-03-14: talks resume', () => {
    expect(at('2016-03-14').political.talks.status).toBe('in-session');
  });
  it('2016-03-24: the round ends; de Mistura aims to start the next on 9 April', () => {
    expect(at('2016-03-24').political.talks).toMatchObject({ status: 'adjourned', nextDate: '2016-04-09' });
  });
  it('2016-04-12: two successful Deir ez-Zor drops', () => {
    expect(at('2016-04-12').humanitarian.airDrops).toMatchObject({ conducted: 2, failed: 1 });
  });
  it('2016-04-18: the HNC postpones its participation; the round goes on', () => {
    expect(at('2016-04-18').political.talks).toMatchObject({ status: 'in-session', postponedBy: ['hnc'] });
  });
  it('2016-04-27: the round ended with no next date', () => {
    const s = at('2016-04-27');
    expect(s.political.talks).toMatchObject({ status: 'adjourned', nextDate: null, postponedBy: [] });
    // both sides' accusations of the first week (29 Feb, 5 Mar), the Aleppo escalation and al-Quds
    expect(s.violations.total).toBe(4);
    expect(s.violations.disputed).toBe(1);
  });
  it('2016-05-04: the cessation is extended to Aleppo', () => {
    const s = at('2016-05-04');
    expect(s.hostilities.status).toBe('cessation');
    expect(s.hostilities.localExtensions).toContain('aleppo');
  });
  it('2016-05-10: the listing of Ahrar al-Sham and Jaysh al-Islam was blocked', () => {
    expect(at('2016-05-10').hostilities.excludedFromArrangement).toEqual(['isil', 'nusra']);
  });
  it('2016-05-16: the day before Vienna: no goal, no rule, no air drops authorised', () => {
    const s = at('2016-05-16');
    expect(s.hostilities).toMatchObject({ goal: null, nonComplianceRule: false });
    expect(s.humanitarian.airDrops.authorized).toBe(false);
    expect(s.issg.members).toHaveLength(21);
  });
  it('2016-05-17: a goal of a comprehensive ceasefire, the non-compliance rule, air drops from 1 June; still a cessation', () => {
    const s = at('2016-05-17');
    expect(s.issg.members).toHaveLength(26);
    expect(s.issg.members).toEqual(expect.arrayContaining(['au', 'ca', 'jp', 'es', 'nl']));
    expect(s.hostilities).toMatchObject({
      status: 'cessation',
      since: '2016-02-27',
      goal: 'comprehensive-ceasefire',
      nonComplianceRule: true,
      excludedFromArrangement: ['isil', 'nusra'],
    });
    expect(s.humanitarian).toMatchObject({
      besiegedLocations: 18,
      besiegedLocationsReached: 12,
      airDrops: { authorized: true, trigger: '2016-06-01' },
    });
    expect(s.political).toMatchObject({
      talks: { status: 'adjourned', nextDate: null },
      transitionTarget: '2016-08-01',
    });
    expect(s.resolutions).toEqual(['2118', '2254', '2268']);
    expect(s.indicators.humanitarianAccess).toBe(0.34); // 12 of 18, lowered by the Darayya refusal of 12 May (cut off)
  });
  it('2016-05-26: the May plan reached 160,000 of 1 m: access falls', () => {
    expect(at('2016-05-26').indicators.humanitarianAccess!).toBeLessThan(0.34);
  });
  it('2016-08-01: the transition-framework target lapsed', () => {
    const s = at('2016-08-01');
    expect(s.commitments.lapsed).toBe(3);
    expect(s.commitments.pending).toEqual([]);
  });
  it('2016-09-09: the Geneva arrangement; the cessation is still the arrangement in force', () => {
    expect(at('2016-09-09').hostilities).toMatchObject({ status: 'cessation', since: '2016-02-27' });
  });
  it("2016-09-12: September's calm renews the cessation", () => {
    expect(at('2016-09-12').hostilities).toMatchObject({ status: 'cessation', since: '2016-09-12' });
  });
  it('2016-09-17: Deir ez-Zor is reported, but the coalition is not a party', () => {
    const st = stateAt(issgRecord, '2016-09-17');
    // the first week's two, April's two, SOHR's report of the calm's first deaths (16 Sep), and Deir ez-Zor,
    // which counts against no party
    expect(st.violations.total).toBe(6);
    expect(st.violations.counted).toBe(5);
  });
  it('2016-09-19: the calm collapses; the convoy is attacked', () => {
    const st = stateAt(issgRecord, '2016-09-19');
    expect(summarize(st).hostilities).toMatchObject({ status: 'collapsed', since: '2016-09-19' });
    expect(st.humanitarian.convoys).toMatchObject({ attacked: 1, trucksHit: 18, killed: 20 });
    expect(summarize(st).indicators.credibility).toBe(0);
  });
  it('2016-10-03: the US suspends the bilateral channel', () => {
    expect(stateAt(issgRecord, '2016-10-03').channels.suspended).toHaveLength(1);
  });
  it('2016-10-15: Lausanne is an ad-hoc format, not an ISSG meeting', () => {
    const before = stateAt(issgRecord, '2016-10-14');
    const after = stateAt(issgRecord, '2016-10-15');
    expect(after.meetings.issgMeetings).toBe(before.meetings.issgMeetings);
    expect(after.meetings.total).toBe(before.meetings.total + 1);
    expect(after.meetings.last).toMatchObject({ meeting: 'lausanne-2016-10-15', format: 'ad-hoc' });
  });
});
