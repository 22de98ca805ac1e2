import { s } from '@parley/core';
import { count, id, ids, text } from './fields.js';

/** Event types of the intra-Syrian talks and of positions. */
export const politicalEvents = {
  'talks-scheduled': { schema: s.object({ date: s.worldTime() }), description: 'a date for talks was set' },
  'talks-opened': {
    schema: s.object({ round: count(), parties: ids(), place: text() }),
    description: 'a round of talks opened or resumed',
  },
  'talks-paused': {
    schema: s.object({ until: s.nullable(s.worldTime()), reason: text() }),
    description: 'the mediator paused the talks',
  },
  'participation-postponed': {
    schema: s.object({ party: id(), reason: text() }),
    description: 'a party postponed its participation',
  },
  'participation-resumed': {
    schema: s.object({ party: id() }),
    description: 'a party resumed participation',
  },
  'talks-round-ended': {
    schema: s.object({ round: count(), nextDate: s.nullable(s.worldTime()) }),
    description: 'a round of talks ended',
  },
  'transition-target-set': {
    schema: s.object({ date: s.worldTime() }),
    description: 'a target date for the framework of a political transition was set',
  },
  'position-stated': {
    schema: s.object({ by: id(), issue: id(), position: text() }),
    description: 'an actor stated a position on an issue',
  },
  'disagreement-recorded': {
    schema: s.object({ issue: id(), between: ids(), note: text() }),
    description: 'a disagreement was recorded',
  },
} as const;
