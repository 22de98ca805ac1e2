import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError, ValidationError } from '../src/errors.js';
import { recordOf } from '../src/events/recordOf.js';
import { addDays } from '../src/events/worldTime.js';
import { defineScenario, runScenario, type ScenarioStep, ScenarioStepError } from '../src/scenario.js';
import { createSession } from '../src/session/create.js';
import { type TalksCommand, talks, talksCommand } from './fixtures/talks.js';

const steps = (list: readonly TalksCommand[], gaps: readonly number[]): ScenarioStep<TalksCommand>[] => {
  let day = '2016-01-01';
  return list.map((command, i) => {
    day = addDays(day, gaps[i] ?? 0);
    return { command, at: day, meta: { source: { title: `step ${i + 1}` } } };
  });
};

describe('defineScenario', () => {
  it('needs a decider, or a scenario to start from', () => {
    expect(() => defineScenario({ id: 'x', title: 'X' } as any)).toThrow(UsageError);
    expect(() => defineScenario({ id: 'x', title: 'X' } as any)).toThrow(
      /give a decider, or start from a scenario/,
    );
  });

  it('needs a world time on every step, never going backwards', () => {
    expect(() =>
      defineScenario({ id: 'x', title: 'X', decider: talks, steps: [{ command: { type: 'noop' } }] }),
    ).toThrow(/step 1: needs a world time/);
    const backwards = () =>
      defineScenario({
        id: 'x',
        title: 'X',
        decider: talks,
        steps: [
          { command: { type: 'join', party: 'us', at: '2016-02-02' } },
          { command: { type: 'join', party: 'ru' }, at: '2016-02-01' },
        ],
      });
    expect(backwards).toThrow(ValidationError);
    expect(backwards).toThrow(/step 2: world time 2016-02-01 is before 2016-02-02/);
    expect(() =>
      defineScenario({ id: 'y', title: 'Y', start: { scenario: base, at: '2016-02-31' } }),
    ).toThrow(/start\.at "2016-02-31" is not an ISO 8601 date/);
  });

  const base = defineScenario({
    id: 'base',
    title: 'Base',
    decider: talks,
    steps: [
      { at: '2016-02-01', command: { type: 'join', party: 'us' } },
      { at: '2016-02-02', command: { type: 'join', party: 'ru' } },
      { at: '2016-02-03', command: { type: 'offer', by: 'us', amount: 1, items: [] } },
    ],
  });

  it('starts from another scenario up to a date', () => {
    const whatIf = defineScenario({
      id: 'what-if',
      title: 'What if',
      start: { scenario: base, at: '2016-02-02' },
      steps: [{ at: '2016-02-03', command: { type: 'join', party: 'eu' } }],
    });
    expect(whatIf.basedOn).toEqual({ id: 'base', at: '2016-02-02' });
    expect(whatIf.stream).toBe('base');
    expect(whatIf.steps).toHaveLength(3);
    expect(Object.keys(runScenario(whatIf).state.parties)).toEqual(['us', 'ru', 'eu']);
  });

  it('a refused step names the step', () => {
    const bad = defineScenario({
      id: 'bad',
      title: 'Bad',
      decider: talks,
      steps: [{ at: '2016-01-01', command: { type: 'offer', by: 'us', amount: 1, items: [] } }],
    });
    expect(() => runScenario(bad)).toThrow(ScenarioStepError);
    expect(() => runScenario(bad)).toThrow(/scenario "bad" step 1 \(2016-01-01\)/);
    try {
      runScenario(bad);
    } catch (e) {
      const err = e as ScenarioStepError;
      expect(err.step).toBe(1);
      // the rule id is named once, in front, not repeated inside the reason
      expect(err.message.split(err.rule).length - 1).toBe(1);
      expect(err.message.startsWith(`${err.rule}: scenario "bad" step 1`)).toBe(true);
    }
  });

  it('runScenario stops at until', () => {
    expect(runScenario(base, { until: '2016-02-02' }).records).toHaveLength(2);
  });
});

describe('runScenario equals a session dispatching the same steps (property)', () => {
  it('same records and same state', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(talksCommand, { maxLength: 20 }),
        fc.array(fc.nat({ max: 3 }), { maxLength: 20 }),
        async (cmds, gaps) => {
          // keep only the steps the decider accepts in order, so the scenario runs to the end
          const session = createSession(talks, { stream: 'story' });
          const accepted: ScenarioStep<TalksCommand>[] = [];
          for (const step of steps(cmds, gaps)) {
            try {
              await session.dispatch(step.command, { at: step.at!, meta: step.meta! });
              accepted.push(step);
            } catch (e) {
              if (!(e instanceof Error && 'rule' in e)) throw e;
            }
          }
          const story = defineScenario({ id: 'story', title: 'Story', decider: talks, steps: accepted });
          const run = runScenario(story);
          expect(run.records).toEqual(session.records);
          expect(run.state).toEqual(session.state);
        },
      ),
    );
  });
});

describe('recordOf', () => {
  it('builds records with the envelope keys in one order, meta only when given', () => {
    const at = { stream: 's', seq: 2, id: 's:2', at: '2016-02-27', v: 1 };
    const plain = recordOf(at, { type: 'truce', data: { n: 1 } });
    expect(Object.keys(plain)).toEqual(['stream', 'seq', 'id', 'at', 'type', 'data', 'v']);
    const withMeta = recordOf(at, { type: 'truce', data: {} }, { actor: 'us' });
    expect(Object.keys(withMeta)).toEqual(['stream', 'seq', 'id', 'at', 'type', 'data', 'v', 'meta']);
    expect(JSON.stringify(recordOf(at, { type: 'truce', data: {} }, undefined))).toBe(
      '{"stream":"s","seq":2,"id":"s:2","at":"2016-02-27","type":"truce","data":{},"v":1}',
    );
  });
});
