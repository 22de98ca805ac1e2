import { defineScenario } from '@parley/core';
import { issgDecider } from '../decider.js';
import { cessation2016 } from './cessation-2016.js';
import { mergeByDate } from './merge.js';
import { munich2016 } from './munich-2016.js';
import { besiegedCounts, deathTolls } from './observations.js';
import { september2016 } from './september-2016.js';
import { summer2016 } from './summer-2016.js';
import { vienna2015 } from './vienna-2015.js';
import { vienna2016 } from './vienna-2016.js';

/**
 * The built-in scenario `issg-2015-2016`: the ISSG process from 23 Oct 2015 to 15 Oct 2016 (and the
 * monitors' counts for October 2016, dated 31 Oct) as dated
 * commands with sources (`meta.source`, `meta.sources`), flags (`meta.flag`) and notes where sources
 * disagree (`meta.note`). Stream `issg`.
 *
 * @example
 * ```ts
 * import { runScenario } from '@parley/core';
 * const { records, state } = runScenario(issgRecord, { until: '2016-05-17' });
 * ```
 */
export const issgRecord = defineScenario({
  id: 'issg-2015-2016',
  title: 'The International Syria Support Group, October 2015 - October 2016',
  description:
    'Every event of the source-cited chronology that the domain can express: meetings, statements, the cessation of hostilities, violations, humanitarian access, talks, with sources and flags.',
  decider: issgDecider,
  stream: 'issg',
  steps: mergeByDate(
    [...vienna2015, ...munich2016, ...cessation2016, ...vienna2016, ...september2016],
    [...deathTolls, ...besiegedCounts, ...summer2016],
  ),
});

/**
 * The built-in scenarios of `@parley/issg` (for the CLI's registry).
 *
 * @example
 * ```ts
 * scenarios.map((s) => s.id); // ['issg-2015-2016']
 * ```
 */
export const scenarios = [issgRecord] as const;
