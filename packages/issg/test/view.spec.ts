import { runScenario } from '@parley/core';
import { describe, expect, it } from 'vitest';
import {
  eventSentence,
  eventView,
  INDICATORS,
  indicatorSeries,
  indicatorValue,
  issgEvents,
  issgRecord,
  partyName,
  sourcesOf,
  stateAt,
  stepsOf,
  summarize,
  summaryAt,
  turningPoints,
} from '../src/index.js';

const { records } = runScenario(issgRecord);
const find = (type: string, at?: string) => records.find((r) => r.type === type && (!at || r.at === at))!;

describe('the domain view of @parley/issg', () => {
  it('says who did what, naming parties as people say them', () => {
    expect(eventSentence(records[0]!)).toBe(
      'Vienna: the US, Russia, Saudi Arabia and Turkey met (preparatory)',
    );
    expect(eventSentence(find('violation-reported', '2016-04-22'))).toBe(
      'A violation by the government was reported by the HNC (disputed)',
    );
    expect(partyName('syria-gov')).toBe('the government');
    expect(partyName('sa')).toBe('Saudi Arabia');
  });

  it('has a sentence for every event type, with no ids or templates left in it', () => {
    const sentences = records.map((r) => eventSentence(r));
    for (const s of sentences) {
      expect(s).not.toMatch(/\$\{|undefined|\[object/);
      expect(s).not.toMatch(/\b(syria-gov|hnc|arab-league)\b/);
    }
    expect(new Set(records.map((r) => r.type)).size).toBeGreaterThan(30);
    expect(eventSentence({ type: 'offer-made', data: {} })).toBe('Offer made');
    expect(issgEvents.types.length).toBeGreaterThan(40);
  });

  it('shows an event with its reporter, attribution, severity, note, flag and sources', () => {
    const v = eventView(find('violation-reported', '2016-04-22'));
    expect(v).toMatchObject({
      track: 'hostilities',
      reporter: 'the HNC',
      attribution: 'contested',
      severity: 5,
    });
    expect(v.note).toContain('blame disputed');
    expect(v.flag).toBe('partial');
    expect(v.sources[0]?.url).toMatch(/^https:/);
  });

  it('groups the events of one step, so its note is read once', () => {
    const steps = stepsOf(records);
    expect(steps.length).toBeLessThan(records.length);
    expect(steps.reduce((n, s) => n + s.records.length, 0)).toBe(records.length);
    const notes = steps.flatMap((s) => (s.note ? [s.note] : []));
    const perEvent = records.flatMap((r) => (typeof r.meta?.note === 'string' ? [r.meta.note] : []));
    expect(notes.length).toBeLessThan(perEvent.length);
    for (const s of steps) for (const r of s.records) expect(r.at).toBe(s.at);
  });

  it('lists the turning points and the sources of a record', () => {
    const types = new Set(turningPoints(records).map((r) => r.type));
    for (const t of ['cessation-took-effect', 'arrangement-collapsed', 'resolution-adopted'])
      expect(types).toContain(t);
    expect(sourcesOf(records[0]!).length).toBeGreaterThan(0);
    expect(sourcesOf({})).toEqual([]);
  });

  it('summaryAt answers from a scenario or from records, by date or by seq, as summarize(stateAt) does', () => {
    expect(summaryAt(issgRecord, '2016-05-17')).toEqual(
      summarize(stateAt(issgRecord, '2016-05-17'), { at: '2016-05-17' }),
    );
    expect(summaryAt(records, 42).seq).toBe(42);
    expect(() => summaryAt(records, records.length + 1)).toThrow(expect.objectContaining({ code: 'usage' }));
    expect(() => summaryAt(records, 'May')).toThrow(expect.objectContaining({ code: 'usage' }));
  });

  it('indicatorSeries gives one value a day per indicator, the summary of that day', () => {
    const s = indicatorSeries(records);
    expect(s.dates[0]).toBe('2015-10-23');
    // the last steps of the record are the monitors' counts of October 2016, dated the month's last day
    expect(s.dates.at(-1)).toBe('2016-10-31');
    expect(s.dates.at(-1)).toBe(records.at(-1)?.at);
    expect(s.dayOfSeq).toHaveLength(records.length);
    for (const { name } of INDICATORS) expect(s.values[name]).toHaveLength(s.dates.length);
    const i = s.dates.indexOf('2016-05-17');
    const summary = summaryAt(records, '2016-05-17');
    for (const { name, means } of INDICATORS) {
      expect(s.values[name][i]).toBe(indicatorValue(summary.indicators[name]));
      expect(means.length).toBeGreaterThan(20);
    }
  });

  it('reads no data as null, a gap, never a 0', () => {
    expect(indicatorValue(0)).toBe(0);
    expect(indicatorValue(null)).toBeNull();
    expect(indicatorValue(Number.NaN)).toBeNull();
    expect(indicatorValue({ value: null, reason: 'no count yet' })).toBeNull();
    expect(indicatorValue({ value: 0.25 })).toBe(0.25);
  });
});
