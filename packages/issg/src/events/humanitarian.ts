import { s } from '@parley/core';
import { amount, count, id, text } from './fields.js';

/**
 * The quantities an observation can report (numbers reported on a date by a source):
 * `deaths-per-day` nationwide (all areas, SOHR's monthly count ÷ days unless the scope says otherwise);
 * `deaths-per-day-truce` in the areas of the arrangement in force only; `civilian-deaths-per-day`;
 * UN/OCHA counts of besieged locations and people, and of people in hard-to-reach areas; the people in
 * besieged areas reached since 1 January (`besieged-people-reached`, cumulative) and the locations inter-agency
 * convoys reached in a month (`convoy-locations-reached`) — both kept as data, never driving access; the
 * people a plan targeted and reached; compliance.
 */
export const OBSERVED_INDICATORS = [
  'deaths-per-day',
  'deaths-per-day-truce',
  'civilian-deaths-per-day',
  'besieged-locations',
  'besieged-locations-reached',
  'people-besieged',
  'people-hard-to-reach',
  'besieged-people-reached',
  'convoy-locations-reached',
  'people-reached',
  'people-target',
  'compliance',
] as const;

/** Event types of humanitarian access and observations. */
export const humanitarianEvents = {
  'access-requested': { schema: s.object({ location: id(), by: id() }), description: 'access was requested' },
  'access-granted': { schema: s.object({ location: id(), by: id() }), description: 'access was granted' },
  'access-denied': {
    schema: s.object({ location: id(), by: id(), note: s.optional(text()) }),
    description: 'access was denied or cut',
  },
  'convoy-delivered': {
    schema: s.object({
      location: id(),
      by: id(),
      trucks: s.optional(count()),
      peopleReached: s.optional(count()),
    }),
    description: 'an aid convoy delivered',
  },
  'convoy-attacked': {
    schema: s.object({ location: id(), trucks: count(), trucksHit: count(), killed: count() }),
    description: 'an aid convoy was attacked',
  },
  'convoys-suspended': { schema: s.object({ by: id() }), description: 'aid convoys were suspended' },
  'air-drops-authorized': {
    schema: s.object({ trigger: s.worldTime() }),
    description: 'air drops were authorised if access is denied by the trigger date',
  },
  'air-drop-conducted': {
    schema: s.object({
      location: id(),
      by: id(),
      tonnes: amount(),
      outcome: s.enum(['delivered', 'failed'] as const),
    }),
    description: 'an air drop was made (delivered or failed)',
  },
  'detainees-released': {
    schema: s.object({ by: id(), count: count() }),
    description: 'detainees were released',
  },
  'evacuation-completed': {
    schema: s.object({ location: id(), people: s.optional(count()), under: text() }),
    description: 'a besieged place was emptied of its people under a local agreement',
  },
  'indicator-observed': {
    schema: s.object({
      indicator: s.enum(OBSERVED_INDICATORS),
      value: amount(),
      scope: s.optional(text()),
      monitor: s.optional(id()),
    }),
    description: 'a number reported on a date by a source',
  },
} as const;
