import type { Source } from '@parley/core';
import { runScenario } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { isKnownParty, issgRecord, SOURCES } from '../src/index.js';

/** A whole address: http(s), a host, and a path or query beyond the bare domain. */
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

/** The meta of a record step, read through core's `EventMeta` (flag and note are the record's own keys). */
function metaOf(i: number): { sources: readonly Source[]; flag: unknown; note: string } {
  const m = issgRecord.steps[i]!.meta;
  const sources = m?.sources ?? (m?.source ? [m.source] : []);
  return { sources, flag: m?.flag, note: typeof m?.note === 'string' ? m.note : '' };
}
const UNSTATED = /not in the sources|unstated|not stated|not quoted|not checked|not documented/i;

describe('the sources of the record', () => {
  it('every step has a source, and every source of every step has a full URL (no bare domain)', () => {
    issgRecord.steps.forEach((step, i) => {
      const m = metaOf(i);
      expect(m.sources.length, `step ${i + 1} (${step.command.type}, ${step.command.at})`).toBeGreaterThan(0);
      for (const s of m.sources)
        expect(isFullUrl(s.url), `step ${i + 1} (${step.command.type}, ${step.command.at}): ${s.url}`).toBe(
          true,
        );
    });
  });

  it('every source of the record, S1 on, has a full URL', () => {
    for (const [key, s] of Object.entries(SOURCES)) expect(isFullUrl(s.url), `${key}: ${s.url}`).toBe(true);
  });

  it('where a primary text was found it comes first: the Vienna statement of 17 May is cited from the UN', () => {
    const i = issgRecord.steps.findIndex(
      (st) => st.command.type === 'adopt-statement' && st.command.at === '2016-05-17',
    );
    expect(metaOf(i).sources[0]?.url).toMatch(/^https:\/\/ungeneva\.org\//);
  });

  it('no step is flagged verified when its note says a fact is not in the sources', () => {
    issgRecord.steps.forEach((step, i) => {
      const m = metaOf(i);
      if (UNSTATED.test(m.note))
        expect(m.flag, `step ${i + 1} (${step.command.type}, ${step.command.at}): ${m.note}`).not.toBe(
          'verified',
        );
    });
  });

  it('a meeting whose attendance list is a sample says so in its data', () => {
    issgRecord.steps.forEach((step, i) => {
      const m = metaOf(i);
      if (step.command.type === 'convene-meeting' && /as a sample/.test(m.note))
        expect(step.command.attendance, `step ${i + 1}`).toBe('sample');
    });
  });

  it('the added sources (S72 on) all have full URLs, and ISO dates where they are dated', () => {
    for (const [key, s] of Object.entries(SOURCES))
      if (Number(key.slice(1)) >= 72) {
        expect(isFullUrl(s.url), key).toBe(true);
        if (s.date !== undefined) expect(s.date, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
  });
});

describe('the ids of the record', () => {
  it('every actor named in the record is a known party, member or other actor', () => {
    const { records } = runScenario(issgRecord);
    const KEYS = [
      'by',
      'party',
      'reporter',
      'perpetrator',
      'target',
      'attendees',
      'signatories',
      'parties',
      'vetoedBy',
    ];
    for (const r of records) {
      const data = r.data as Record<string, unknown>;
      for (const k of KEYS) {
        const v = data[k];
        const ids = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
        for (const id of ids) expect(isKnownParty(String(id)), `${r.seq} ${r.type} ${k}=${id}`).toBe(true);
      }
    }
  });
});
