/**
 * A two-party negotiation written with `@parley/core` alone — no ISSG, no Syria — to show that the kernel
 * is general: any negotiation is events, commands and one decider.
 *
 * Two riparian states, Upstream and Downstream, bargain over the share of a river's summer flow that
 * Upstream releases. Offers alternate; an offer must improve on the proposer's last one; either side can
 * accept the other's standing offer, which closes the deal. The rules live in `decide` and throw an
 * `InvariantError` when broken, so a story that breaks them fails with the step that did.
 *
 * Run it:   npx parley run examples/custom-negotiation.ts
 * Then ask: npx parley state examples/custom-negotiation.ts --seq 3
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

type Party = 'upstream' | 'downstream';
const other = (p: Party): Party => (p === 'upstream' ? 'downstream' : 'upstream');

// 1. Events: what happened, in the past tense, each with a schema (the log is checked against it).
const spec = {
  'talks-opened': { schema: s.object({ mediator: s.string() }), description: 'the talks opened' },
  'offer-made': {
    schema: s.object({
      by: s.enum(['upstream', 'downstream'] as const),
      share: s.number({ min: 0, max: 100 }),
    }),
    description: 'an offer was made: the share of the summer flow released downstream, in %',
  },
  'offer-accepted': {
    schema: s.object({
      by: s.enum(['upstream', 'downstream'] as const),
      share: s.number({ min: 0, max: 100 }),
    }),
    description: 'the standing offer was accepted: a deal',
  },
} as const;
const events = defineEvents(spec);
type WaterEvent = EventsOf<typeof spec>;

// 2. Commands: what a party asks to do, at a world time.
type WaterCommand =
  | { type: 'open'; at: string; mediator: string }
  | { type: 'offer'; at: string; by: Party; share: number }
  | { type: 'accept'; at: string; by: Party };

// 3. State: plain data, folded from the events.
interface WaterState {
  open: boolean;
  deal: number | null;
  standing: { by: Party; share: number } | null;
  last: Record<Party, number | null>;
  rounds: number;
}

// 4. The decider: `decide` enforces the rules, `evolve` (an immer recipe) applies what happened.
const waterDecider: Decider<WaterState, WaterCommand, WaterEvent> = {
  name: 'river-water',
  version: '1',
  events,
  initial: () => ({
    open: false,
    deal: null,
    standing: null,
    last: { upstream: null, downstream: null },
    rounds: 0,
  }),
  decide(command, state) {
    if (state.deal !== null) throw new InvariantError('closed', 'the deal is done; no more moves');
    switch (command.type) {
      case 'open':
        if (state.open) throw new InvariantError('already-open', 'the talks are already open');
        return [{ type: 'talks-opened', data: { mediator: command.mediator } }];
      case 'offer': {
        if (!state.open) throw new InvariantError('not-open', 'open the talks first');
        if (state.standing?.by === command.by)
          throw new InvariantError(
            'turns',
            `${command.by} already has an offer on the table; wait for a reply`,
          );
        const before = state.last[command.by];
        // Upstream concedes by offering more water, Downstream by asking for less.
        const worse =
          before !== null && (command.by === 'upstream' ? command.share < before : command.share > before);
        if (worse) throw new InvariantError('no-backsliding', `${command.by} cannot retreat from ${before}%`);
        return [{ type: 'offer-made', data: { by: command.by, share: command.share } }];
      }
      case 'accept':
        if (!state.standing || state.standing.by !== other(command.by))
          throw new InvariantError(
            'nothing-to-accept',
            `there is no offer from ${other(command.by)} to accept`,
          );
        return [{ type: 'offer-accepted', data: { by: command.by, share: state.standing.share } }];
    }
  },
  evolve(draft, event: RecordedEvent<WaterEvent>) {
    switch (event.type) {
      case 'talks-opened':
        draft.open = true;
        break;
      case 'offer-made':
        draft.standing = { by: event.data.by, share: event.data.share };
        draft.last[event.data.by] = event.data.share;
        draft.rounds += 1;
        break;
      case 'offer-accepted':
        draft.deal = event.data.share;
        draft.standing = null;
        break;
    }
  },
  isTerminal: (state) => state.deal !== null,
};

// 5. The story: dated commands. Upstream starts low, Downstream high; they meet at 45%.
export default defineScenario({
  id: 'river-water',
  title: 'Upstream and Downstream share a river (a two-party negotiation on @parley/core alone)',
  decider: waterDecider,
  stream: 'river',
  steps: [
    { command: { type: 'open', at: '2030-06-01', mediator: 'basin commission' } },
    { command: { type: 'offer', at: '2030-06-02', by: 'upstream', share: 30 } },
    { command: { type: 'offer', at: '2030-06-03', by: 'downstream', share: 60 } },
    { command: { type: 'offer', at: '2030-06-05', by: 'upstream', share: 40 } },
    { command: { type: 'offer', at: '2030-06-06', by: 'downstream', share: 50 } },
    { command: { type: 'offer', at: '2030-06-09', by: 'upstream', share: 45 } },
    { command: { type: 'accept', at: '2030-06-10', by: 'downstream' } },
  ],
});
