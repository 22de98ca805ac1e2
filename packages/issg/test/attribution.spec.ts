import { readFileSync } from 'node:fs';
import { defineScenario, runScenario } from '@parley/core';
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_WEIGHTS,
  DISPUTE_DISCOUNT,
  type IssgCommand,
  issgRecord,
  violence,
} from '../src/index.js';

/**
 * A fork of the record on 10 March 2016 (the cessation in force, SOHR's truce-area count standing) with one
 * more violation reported that day: the violence indicator that day, for each way its blame is held.
 */
function violenceWith(...extra: IssgCommand[]): number {
  const fork = defineScenario({
    id: 'attribution-fork',
    title: 'one violation on 10 March 2016',
    start: { scenario: issgRecord, at: '2016-03-10' },
    steps: extra.map((command) => ({ command })),
  });
  const v = violence(runScenario(fork).state, '2016-03-10');
  if (v === null) throw new Error('violence is unknown on 10 March 2016');
  return v;
}

const report = (attribution: 'verified' | 'contested' | 'alleged'): IssgCommand => ({
  type: 'report-violation',
  at: '2016-03-10',
  violation: 'fork-violation',
  reporter: 'hnc',
  perpetrator: 'syria-gov',
  location: 'aleppo',
  severity: 5,
  attribution,
});
const dispute: IssgCommand = {
  type: 'dispute-violation',
  at: '2016-03-10',
  violation: 'fork-violation',
  by: 'syria-gov',
};

describe('attribution: a disputed or alleged violation weighs less than a verified one', () => {
  const none = violenceWith();
  const verified = violenceWith(report('verified'));
  const contested = violenceWith(report('contested'));
  const alleged = violenceWith(report('alleged'));
  const verifiedDisputed = violenceWith(report('verified'), dispute);
  const allegedDisputed = violenceWith(report('alleged'), dispute);

  it('verified > contested > alleged > no report, the same violation on the same day', () => {
    expect(verified).toBeGreaterThan(contested);
    expect(contested).toBeGreaterThan(alleged);
    expect(alleged).toBeGreaterThan(none);
  });

  it('a disputed blame weighs less than the same blame undisputed', () => {
    expect(verifiedDisputed).toBeLessThan(verified);
    expect(allegedDisputed).toBeLessThan(alleged);
    expect(allegedDisputed).toBeGreaterThanOrEqual(none);
  });

  it('the weights are the documented ones: verified 1, contested 0.6, alleged 0.3, a dispute takes half', () => {
    expect(ATTRIBUTION_WEIGHTS).toEqual({ verified: 1, contested: 0.6, alleged: 0.3 });
    expect(DISPUTE_DISCOUNT).toBe(0.5);
  });

  it('the teaching guide and the state-summary doc say the same as the model', () => {
    const root = new URL('../../../docs/', import.meta.url);
    const guide = readFileSync(new URL('teaching-guide.md', root), 'utf8').replace(/\s+/g, ' ');
    const summary = readFileSync(new URL('state-summary.md', root), 'utf8').replace(/\s+/g, ' ');
    const weights = 'verified violations weigh 1, contested 0.6, alleged 0.3; a disputed blame loses half';
    expect(guide.toLowerCase()).toContain(weights);
    expect(summary.toLowerCase()).toContain(weights);
  });
});
