import { defineScenario, InvariantError, runScenario } from '@parley/core';
import { describe, expect, it } from 'vitest';
import vienna from '../../../examples/vienna-2016.js';
import { createIssgDecider, RULES, summarize } from '../src/index.js';

describe('examples/vienna-2016.ts', () => {
  it('is a scenario that runs from the record at 16 May and re-enacts the meeting', () => {
    expect(vienna.basedOn).toEqual({ id: 'issg-2015-2016', at: '2016-05-16' });
    const { state, records } = runScenario(vienna);
    const s = summarize(state);
    expect(s.at).toBe('2016-05-17');
    expect(s.issg.members).toHaveLength(26);
    expect(s.hostilities).toMatchObject({
      status: 'cessation',
      goal: 'comprehensive-ceasefire',
      nonComplianceRule: true,
    });
    expect(s.humanitarian.airDrops).toMatchObject({ authorized: true, trigger: '2016-06-01' });
    expect(s.political.talks).toMatchObject({ status: 'adjourned', nextDate: null });
    expect(s.resolutions).toEqual(['2118', '2254', '2268']);
    const cited = records.filter((r) => r.type === 'resolution-cited').map((r) => r.data);
    expect(cited).toContainEqual({ resolution: '2118', by: 'ru', asWritten: '2218' });
    for (const r of records) expect(r.meta?.source?.title).toBeTruthy();
  });

  it('under consensus, one objector would have blocked the statement; a qualified majority would not', () => {
    const withObjector = (decisionRule?: 'consensus' | { qualifiedMajority: number }) =>
      defineScenario({
        id: 'vienna-veto',
        title: 'a veto at Vienna',
        decider: createIssgDecider(decisionRule ? { decisionRule } : {}),
        steps: vienna.steps.map((st) =>
          st.command.type === 'adopt-statement'
            ? {
                ...st,
                command: {
                  ...st.command,
                  supporters: st.command.supporters.filter((m) => m !== 'ir'),
                  objectors: ['ir'],
                },
              }
            : st,
        ),
      });
    expect(() => runScenario(withObjector())).toThrow(InvariantError);
    try {
      runScenario(withObjector());
    } catch (e) {
      expect((e as InvariantError).rule).toBe(RULES.decisionRuleNotMet);
    }
    expect(summarize(runScenario(withObjector({ qualifiedMajority: 0.66 })).state).hostilities.goal).toBe(
      'comprehensive-ceasefire',
    );
  });
});
