/**
 * A scenario: a negotiation told as dated commands, checked by a decider.
 *
 *   npx parley run scenarios/harbour-talks.ts           the timeline and the final state
 *   npx parley state scenarios/harbour-talks.ts --json  the state as JSON
 *
 * Parley is event-sourced: commands go to `decide`, which enforces the rules and returns events (or
 * throws an InvariantError naming the broken rule); `evolve` folds each event into the state.
 */
import {
  type Decider,
  defineEvents,
  defineScenario,
  type EventsOf,
  InvariantError,
  type RecordedEvent,
  s,
} from '@parley/core';
import { meetsDecisionRule, type Text } from '@parley/negotiation';
import { harbourAgenda as agenda } from '../agendas/harbour.js';

// 1. Events: what happened, in the past tense, with a schema (logs are checked against it).
const party = s.enum(['north-port', 'south-port'] as const);
const spec = {
  'text-tabled': {
    schema: s.object({ by: party, text: s.record(s.string()) }),
    description: 'a text was tabled',
  },
  'text-supported': {
    schema: s.object({ by: party }),
    description: 'a party supported the text on the table',
  },
  'text-adopted': { schema: s.object({ text: s.record(s.string()) }), description: 'the text was adopted' },
} as const;
export type HarbourEvent = EventsOf<typeof spec>;
type Party = 'north-port' | 'south-port';

// 2. Commands: what a party asks to do, at a world time.
export type HarbourCommand =
  | { type: 'table'; at: string; by: Party; text: Text }
  | { type: 'support'; at: string; by: Party };

// 3. State: plain data folded from the events.
export interface HarbourState {
  tabled: Text | null;
  supporters: Party[];
  adopted: Text | null;
}

/** The rule an agenda puts on any text: one known option for every issue. */
function checkText(text: Text): void {
  for (const issue of agenda.issues) {
    const option = text[issue.id];
    if (!issue.options.some((o) => o.id === option))
      throw new InvariantError('text-off-agenda', `the text must pick one of the options for "${issue.id}"`);
  }
}

// 4. The decider. `decide` is pure; `evolve` is an immer recipe (mutate the draft, return nothing).
export const harbourTalks: Decider<HarbourState, HarbourCommand, HarbourEvent> = {
  name: 'harbour-talks',
  version: '1',
  events: defineEvents(spec),
  initial: () => ({ tabled: null, supporters: [], adopted: null }),
  decide(command, state) {
    switch (command.type) {
      case 'table':
        checkText(command.text);
        return [{ type: 'text-tabled', data: { by: command.by, text: command.text } }];
      case 'support': {
        if (state.tabled === null)
          throw new InvariantError('nothing-tabled', 'table a text before supporting it');
        if (state.supporters.includes(command.by))
          throw new InvariantError('already-supported', `${command.by} already supports this text`);
        const supporters = [...state.supporters, command.by];
        const vote = { present: agenda.parties, coChairs: agenda.chairs, supporters, objectors: [] };
        return meetsDecisionRule(agenda.decisionRule, vote)
          ? [
              { type: 'text-supported', data: { by: command.by } },
              { type: 'text-adopted', data: { text: state.tabled } },
            ]
          : [{ type: 'text-supported', data: { by: command.by } }];
      }
    }
  },
  evolve(draft, event: RecordedEvent<HarbourEvent>) {
    switch (event.type) {
      case 'text-tabled':
        draft.tabled = event.data.text;
        draft.supporters = [event.data.by]; // tabling a text supports it; a new text starts afresh
        break;
      case 'text-supported':
        if (!draft.supporters.includes(event.data.by)) draft.supporters.push(event.data.by);
        break;
      case 'text-adopted':
        draft.adopted = event.data.text;
        break;
    }
  },
  // Once a text is adopted the talks are over: any further command is refused.
  isTerminal: (state) => state.adopted !== null,
};

// 5. The story: dated commands. North asks for two thirds, South counters with half and shared
// dredging, and North supports South's text.
export default defineScenario({
  id: 'harbour-talks',
  title: 'Two ports share one harbour',
  decider: harbourTalks,
  stream: 'harbour',
  steps: [
    {
      command: {
        type: 'table',
        at: '2030-03-01',
        by: 'north-port',
        text: { berths: 'two-thirds', dredging: 'unsaid' },
      },
    },
    {
      command: {
        type: 'table',
        at: '2030-03-04',
        by: 'south-port',
        text: { berths: 'half', dredging: 'shared' },
      },
    },
    { command: { type: 'support', at: '2030-03-06', by: 'north-port' } },
  ],
});
