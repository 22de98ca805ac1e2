import { ValidationError } from '@parley/core';
import { describe, expect, it } from 'vitest';
import { decodeSweepLine, encodeSweepLine, isSweepSummary } from '../src/index.js';
import { sweepLines } from '../src/node.js';

describe('decodeSweepLine', () => {
  it('is the inverse of encodeSweepLine on every line of a sweep', async () => {
    const lines: string[] = [];
    for await (const l of sweepLines({ scenario: 'issg-2015-2016', runs: 4, seed: 3, days: 20, workers: 0 }))
      lines.push(l);
    const decoded = lines.map((l, i) => decodeSweepLine(l, { line: i + 1 }));
    expect(decoded.map((l) => l.kind)).toEqual(['sweep', 'run', 'run', 'run', 'run', 'summary']);
    expect(decoded.map(encodeSweepLine)).toEqual(lines);
    expect(isSweepSummary(decoded.at(-1))).toBe(true);
  });

  it('names the file and line of what is not a sweep line', () => {
    for (const [text, reason] of [
      ['not json', /not JSON/],
      ['[1]', /not a JSON object/],
      ['{"kind":"nope"}', /unknown line kind "nope"/],
      ['{"kind":"summary","runs":1,"days":1}', /a summary with no survival curve/],
    ] as const) {
      const e = (() => {
        try {
          decodeSweepLine(text, { file: 'sweep.ndjson', line: 7 });
        } catch (x) {
          return x;
        }
        throw new Error('expected a ValidationError');
      })();
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).message).toMatch(/^sweep\.ndjson:7: /);
      expect((e as ValidationError).message).toMatch(reason);
    }
  });
});
