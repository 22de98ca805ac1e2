import { defineMechanism } from './mechanism.js';

/**
 * The core dynamics every mechanism modulates: places along the front lines, the parties' daily strike
 * rates, local recovery, and the collapse rule. Fitted to the record (see docs/simulation.md).
 */
export const baseline = defineMechanism({
  id: 'baseline',
  title: 'Places, strikes and recovery (core dynamics)',
  sources: [
    'SOHR via AFP (S57, S58): ~−83% violence in the first days',
    'de Mistura, 17 May 2016 (S40): 80% → 50%',
  ],
  description:
    'The front is a set of places, each shared by the government and one opposition party. A place either holds ' +
    'or not. Each day every party strikes a Poisson number of times at random places of its front; a strike at ' +
    'a holding place breaks it. Broken places recover with a daily probability. Violence among the parties is the ' +
    'share of broken places (1 = the level before the cessation); the cessation collapses when fewer than ' +
    '`collapseBelow` of the places hold for `collapseDays` days in a row.',
  defaults: {
    enabled: true,
    places: 100,
    initialHolding: 0.85,
    governmentRate: 0.6,
    oppositionRate: 0.4,
    recovery: 0.05,
    collapseBelow: 0.3,
    collapseDays: 7,
  },
  parameters: {
    enabled: 'always on (the model needs it)',
    places: 'number of places along the front lines',
    initialHolding: 'share of places holding on day 0 (fitted to SOHR: ≈ −83% on the first days)',
    governmentRate: 'government strikes per day, before modifiers',
    oppositionRate: 'opposition strikes per day, shared among the opposition parties, before modifiers',
    recovery: 'daily probability that a broken place calms down again',
    collapseBelow: 'the arrangement collapses when the share of holding places stays below this …',
    collapseDays: '… for this many days in a row (declared by the co-chairs)',
  },
});
