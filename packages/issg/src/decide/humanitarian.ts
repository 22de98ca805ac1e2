import type { HumanitarianCommand } from '../commands/types.js';
import type { IssgEvent } from '../events/catalog.js';
import type { IssgState } from '../state/types.js';
import { ensure, ensureNonNegative } from './guards.js';
import { RULES } from './rules.js';

type Out = IssgEvent[];

/** Decide a humanitarian command or an observation. */
export function decideHumanitarian(c: HumanitarianCommand, _state: IssgState): Out {
  switch (c.type) {
    case 'request-access':
      return [{ type: 'access-requested', data: { location: c.location, by: c.by } }];
    case 'grant-access':
      return [{ type: 'access-granted', data: { location: c.location, by: c.by } }];
    case 'deny-access':
      return [
        {
          type: 'access-denied',
          data: { location: c.location, by: c.by, ...(c.note !== undefined ? { note: c.note } : {}) },
        },
      ];
    case 'deliver-convoy':
      ensureNonNegative(c.trucks, 'trucks');
      ensureNonNegative(c.peopleReached, 'peopleReached');
      return [
        {
          type: 'convoy-delivered',
          data: {
            location: c.location,
            by: c.by,
            ...(c.trucks !== undefined ? { trucks: c.trucks } : {}),
            ...(c.peopleReached !== undefined ? { peopleReached: c.peopleReached } : {}),
          },
        },
      ];
    case 'attack-convoy':
      ensureNonNegative(c.trucks, 'trucks');
      ensureNonNegative(c.trucksHit, 'trucksHit');
      ensureNonNegative(c.killed, 'killed');
      ensure(
        c.trucksHit <= c.trucks,
        RULES.trucksHitExceedConvoy,
        `${c.trucksHit} trucks hit of ${c.trucks}`,
      );
      return [
        {
          type: 'convoy-attacked',
          data: { location: c.location, trucks: c.trucks, trucksHit: c.trucksHit, killed: c.killed },
        },
      ];
    case 'suspend-convoys':
      return [{ type: 'convoys-suspended', data: { by: c.by } }];
    case 'evacuate':
      ensureNonNegative(c.people, 'people');
      return [
        {
          type: 'evacuation-completed',
          data: {
            location: c.location,
            under: c.under,
            ...(c.people !== undefined ? { people: c.people } : {}),
          },
        },
      ];
    case 'authorize-air-drops':
      return [{ type: 'air-drops-authorized', data: { trigger: c.trigger } }];
    case 'air-drop':
      ensureNonNegative(c.tonnes, 'tonnes');
      return [
        {
          type: 'air-drop-conducted',
          data: { location: c.location, by: c.by, tonnes: c.tonnes, outcome: c.outcome },
        },
      ];
    case 'release-detainees':
      ensureNonNegative(c.count, 'count');
      return [{ type: 'detainees-released', data: { by: c.by, count: c.count } }];
    case 'observe':
      ensureNonNegative(c.value, c.indicator);
      if (c.indicator === 'compliance')
        ensure(c.value <= 1, RULES.observationRange, `compliance is a fraction from 0 to 1, got ${c.value}`);
      return [
        {
          type: 'indicator-observed',
          data: {
            indicator: c.indicator,
            value: c.value,
            ...(c.scope !== undefined ? { scope: c.scope } : {}),
            ...(c.monitor !== undefined ? { monitor: c.monitor } : {}),
          },
        },
      ];
  }
}
