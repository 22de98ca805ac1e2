import { describe, expect, it } from 'vitest';
import {
  ISSG_MECHANISMS,
  paramPaths,
  parseParamAssignments,
  parseShard,
  resolveIssgParams,
  shardRange,
} from '../src/index.js';

describe('mechanism parameters', () => {
  it('every mechanism documents its sources and every parameter', () => {
    for (const m of ISSG_MECHANISMS) {
      expect(m.sources.length).toBeGreaterThan(0);
      expect(Object.keys(m.parameters).sort()).toEqual(Object.keys(m.defaults).sort());
    }
  });

  it('overrides defaults and names what is wrong', () => {
    expect(resolveIssgParams({ monitoring: { enabled: false } }).monitoring.enabled).toBe(false);
    expect(() => resolveIssgParams({ monitor: { enabled: false } })).toThrow(/unknown mechanism "monitor"/);
    expect(() => resolveIssgParams({ spoilers: { rate: 1 } })).toThrow(/no parameter "rate"/);
    expect(() => resolveIssgParams({ spoilers: { enabled: 1 } })).toThrow(/must be a boolean/);
    expect(parseParamAssignments(['spoilers.strikeRate=0.5', 'titForTat.enabled=false'])).toEqual({
      spoilers: { strikeRate: 0.5 },
      titForTat: { enabled: false },
    });
  });

  it('accepts only known parameter paths: never __proto__, constructor, prototype or inherited names', () => {
    const before = Object.getOwnPropertyNames(Object);
    for (const bad of [
      'constructor.x=1',
      'constructor.name=1',
      'prototype.x=1',
      'toString.x=1',
      'monitoring.constructor=1',
      'monitoring.toString=1',
      'monitoring.nope=1',
      'nope.enabled=true',
    ])
      expect(() => parseParamAssignments([bad]), bad).toThrow(/accepted: .*monitoring\.enabled/);
    expect(() => parseParamAssignments(['__proto__.x=1'])).toThrow(/accepted/);
    expect(Object.getOwnPropertyNames(Object)).toEqual(before);
    expect(() => resolveIssgParams(JSON.parse('{"constructor":{"name":1}}'))).toThrow(/unknown mechanism/);
    expect(() => resolveIssgParams({ monitoring: JSON.parse('{"__proto__":{"x":1}}') })).toThrow(
      /no parameter/,
    );
    expect(paramPaths()).toContain('spoilers.strikeRate');
  });

  it('splits runs into contiguous shards that cover every run once', () => {
    expect(parseShard('2/4')).toEqual({ k: 2, n: 4 });
    expect(() => parseShard('5/4')).toThrow(/K\/N/);
    const covered: number[] = [];
    for (let k = 1; k <= 7; k++) {
      const { start, end } = shardRange(100, { k, n: 7 });
      for (let i = start; i < end; i++) covered.push(i);
    }
    expect(covered).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });
});
