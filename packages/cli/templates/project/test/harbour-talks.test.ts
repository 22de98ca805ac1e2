import { InvariantError, runScenario } from '@parley/core';
import { spec } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import harbourScenario, { harbourTalks } from '../scenarios/harbour-talks.js';

// Given/when/then specifications of the decider: given past events, when a command, then events (or a
// refusal naming the rule).
describe('harbour talks', () => {
  const talks = spec(harbourTalks);

  it('adopts a text once both ports support it', () => {
    talks
      .given([
        { type: 'text-tabled', data: { by: 'south-port', text: { berths: 'half', dredging: 'shared' } } },
      ])
      .when({ type: 'support', at: '2030-03-06', by: 'north-port' })
      .then([
        { type: 'text-supported', data: { by: 'north-port' } },
        { type: 'text-adopted', data: { text: { berths: 'half', dredging: 'shared' } } },
      ]);
  });

  it('refuses support when no text is on the table', () => {
    talks
      .when({ type: 'support', at: '2030-03-06', by: 'north-port' })
      .thenThrows(InvariantError, 'nothing-tabled');
  });

  it('refuses a text that is not on the agenda', () => {
    talks
      .when({ type: 'table', at: '2030-03-01', by: 'north-port', text: { berths: 'all', dredging: 'north' } })
      .thenThrows(InvariantError, 'text-off-agenda');
  });

  it('the scenario ends with half the berths and shared dredging', () => {
    const { state } = runScenario(harbourScenario);
    expect(state.adopted).toEqual({ berths: 'half', dredging: 'shared' });
  });
});
