import { ValidationError } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { parseAgenda, validatePreferences } from '../src/index.js';
import { toy, toyPrefs } from './fixtures.js';

const catchError = (f: () => unknown): ValidationError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
};

describe('parseAgenda', () => {
  it('accepts a valid agenda, from a value or a JSON text', () => {
    expect(parseAgenda(toy)).toEqual(toy);
    expect(parseAgenda(JSON.stringify(toy, null, 2), 'toy.json')).toEqual(toy);
  });
  it('points each bad field at its line in the file', () => {
    const text = JSON.stringify(
      {
        ...toy,
        issues: [
          toy.issues[0],
          {
            ...toy.issues[1],
            options: [
              { id: 'air-drops', label: 'Air drops', silent: true },
              { id: 'convoys', label: 'Convoys', silent: true },
            ],
          },
          { ...toy.issues[2], id: 'talks' },
        ],
      },
      null,
      2,
    );
    const e = catchError(() => parseAgenda(text, 'toy.json'));
    expect(e.file).toBe('toy.json');
    const lines = text.split('\n');
    const silent = e.issues.find((i) => i.path === 'issues[1].options[1].silent') as
      | { line?: number }
      | undefined;
    expect(silent?.line).toBeDefined();
    expect(lines[silent!.line! - 1]).toContain('"silent": true');
    const dup = e.issues.find((i) => i.path === 'issues[2].id') as
      | { line?: number; message: string }
      | undefined;
    expect(dup?.message).toMatch(/duplicate issue id "talks"/);
    expect(lines[dup!.line! - 1]).toContain('"id": "talks"');
    expect(e.message).toMatch(/^the agenda is invalid:\n/);
    expect(e.message).toMatch(
      /\ntoy\.json:\d+: issues\[1\]\.options\[1\]\.silent: issue "aid" has 2 silent options/,
    );
  });
  it('reports schema problems with their paths and lines', () => {
    const text = JSON.stringify({ ...toy, deadline: { rounds: 0 }, parties: ['us', 'US'] }, null, 2);
    const e = catchError(() => parseAgenda(text, 'bad.json'));
    expect(e.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['deadline.rounds', 'parties[1]']));
    for (const i of e.issues as readonly { line?: number }[]) expect(i.line).toBeGreaterThan(1);
  });
  it('reports a JSON syntax error at its line', () => {
    const e = catchError(() => parseAgenda('{\n  "id": "x",\n  oops\n}', 'broken.json'));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/^broken\.json:3: not valid JSON/);
  });
  it('refuses the co-chairs rule without chairs, and reserved names', () => {
    const e = catchError(() =>
      parseAgenda({ ...toy, chairs: [], decisionRule: 'co-chairs', parties: ['us', 'all'] }),
    );
    expect(e.issues.map((i) => i.path)).toEqual(['parties[1]', 'decisionRule']);
  });
});

describe('validatePreferences', () => {
  it('accepts preferences that fit the agenda, in agenda order', () => {
    expect(validatePreferences(toy, toyPrefs).map((p) => p.party)).toEqual(['us', 'ru', 'ir']);
    expect(validatePreferences(toy, toyPrefs.ir!)).toEqual([toyPrefs.ir]);
  });
  it('names every problem with its path', () => {
    const bad = {
      ...toyPrefs,
      us: {
        ...toyPrefs.us!,
        weights: { talks: 0.5, aid: 0.6, list: -0.1, extra: 0 },
        values: { ...toyPrefs.us!.values, talks: { june: 1.5, july: 0.6, none: 0, august: 0 } },
        redLines: { list: ['nope'] },
        reservation: 2,
      },
    };
    const e = catchError(() => validatePreferences(toy, bad));
    expect(e.issues.map((i) => i.path)).toEqual([
      'preferences.us.weights.list',
      'preferences.us.weights.extra',
      'preferences.us.weights',
      'preferences.us.values.talks.june',
      'preferences.us.values.talks.august',
      'preferences.us.redLines.list[0]',
      'preferences.us.reservation',
    ]);
  });
  it('wants one Preferences per delegation', () => {
    const { ir: _ir, ...missing } = toyPrefs;
    expect(catchError(() => validatePreferences(toy, missing)).issues).toEqual([
      { path: 'preferences.ir', message: 'the preferences of "ir" are missing' },
    ]);
  });
});
