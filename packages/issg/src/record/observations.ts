import type { ObservedIndicator } from '../state/types.js';
import { type RecordStep, step } from './step.js';

/** One monthly count: a total over the month, entered per day and dated the month's last day. */
function monthly(
  at: string,
  indicator: ObservedIndicator,
  total: number,
  what: string,
  keys: readonly string[],
  flag: 'verified' | 'partial' | 'unverified',
  monitor?: string,
  note?: string,
): RecordStep {
  const days = Number(at.slice(8, 10));
  return step(
    {
      type: 'observe',
      at,
      indicator,
      value: Math.round(total / days),
      scope: `${what}: ${total.toLocaleString('en-GB')} in ${days} days`,
      ...(monitor !== undefined ? { monitor } : {}),
    },
    keys,
    flag,
    note,
  );
}

/**
 * The monitors' monthly death tolls, October 2015 – October 2016, as observations dated the last day of
 * the month they count (a modelling choice: the count is complete then; docs/issg.md). The reference
 * series is SOHR's nationwide count (`deaths-per-day`), which drives violence; SOHR's civilian count
 * (`civilian-deaths-per-day`) is kept beside it, and so are SNHR's and VDC's counts (`monitor`), whose
 * scopes differ: SNHR documents victims by name and does not count the losses of government forces or
 * ISIS, so its totals are far lower. No SOHR monthly count for October–November 2015 or May 2016 was
 * found in the sources used: those months stay without a reference count (the previous one stands, or,
 * before December 2015, violence is unknown).
 */
export const deathTolls: readonly RecordStep[] = [
  monthly(
    '2015-10-31',
    'deaths-per-day',
    1771,
    'SNHR, October 2015, victims documented by name (not the losses of government forces or ISIS); 276 by Russian forces',
    ['S82'],
    'verified',
    'snhr',
    'no SOHR monthly count for October 2015 in the sources used: SNHR is kept beside the reference series, never in it',
  ),
  monthly(
    '2015-11-30',
    'deaths-per-day',
    1481,
    'SNHR, November 2015, victims documented by name; 266 by Russian forces',
    ['S83'],
    'verified',
    'snhr',
  ),
  monthly(
    '2015-12-31',
    'deaths-per-day',
    4633,
    'SOHR, December 2015, nationwide (all parties); 55,219 in the whole of 2015 (≈151 a day)',
    ['S73', 'S74'],
    'partial',
    undefined,
    "SOHR's December figure is quoted by a secondary source (S73) in its report on January; the annual count (S74) agrees in magnitude",
  ),
  monthly('2016-01-31', 'deaths-per-day', 4680, 'SOHR, January 2016, nationwide', ['S72', 'S73'], 'verified'),
  monthly(
    '2016-01-31',
    'civilian-deaths-per-day',
    1345,
    'SOHR, January 2016, civilians (295 children, 190 women)',
    ['S72'],
    'verified',
  ),
  monthly(
    '2016-03-31',
    'deaths-per-day',
    2658,
    'SOHR, March 2016, nationwide, the first month of the cessation (4,802 in February)',
    ['S75', 'S76'],
    'verified',
    undefined,
    "nationwide, including the areas of ISIS and Nusra excluded from the cessation: 55% below February's 4,802 (S75). In the cessation's own areas SOHR counted ~20-23 a day (S57-S59)",
  ),
  monthly(
    '2016-03-31',
    'civilian-deaths-per-day',
    588,
    'SOHR, March 2016, civilians (125 children, 89 women)',
    ['S75', 'S76'],
    'verified',
  ),
  monthly(
    '2016-03-31',
    'civilian-deaths-per-day',
    623,
    'SNHR, March 2016, civilians',
    ['S60'],
    'partial',
    'snhr',
    'SNHR counts 623 civilians, SOHR 588: the monitors differ by about 6%',
  ),
  monthly(
    '2016-04-30',
    'deaths-per-day',
    3116,
    'SOHR, April 2016, nationwide ("despite the alleged truce")',
    ['S62'],
    'verified',
  ),
  monthly(
    '2016-04-30',
    'civilian-deaths-per-day',
    859,
    'SOHR, April 2016, civilians (143 under 18, 118 women)',
    ['S62'],
    'verified',
  ),
  monthly(
    '2016-05-31',
    'civilian-deaths-per-day',
    872,
    'SNHR, May 2016, civilians (498 by government forces)',
    ['S84'],
    'verified',
    'snhr',
    'SNHR: killing "goes back to what it was before the cessation"; no SOHR monthly count for May 2016 in the sources used, so the April count stands',
  ),
  monthly('2016-06-30', 'deaths-per-day', 4823, 'SOHR, June 2016, nationwide', ['S77'], 'verified'),
  monthly(
    '2016-06-30',
    'civilian-deaths-per-day',
    1208,
    'SOHR, June 2016, civilians (266 minors, 164 women)',
    ['S77'],
    'verified',
  ),
  monthly('2016-07-31', 'deaths-per-day', 4794, 'SOHR, July 2016, nationwide', ['S78'], 'verified'),
  monthly(
    '2016-07-31',
    'civilian-deaths-per-day',
    1590,
    'SOHR, July 2016, civilians (341 minors, 213 women)',
    ['S78'],
    'verified',
  ),
  monthly(
    '2016-08-31',
    'deaths-per-day',
    4475,
    'SOHR, August 2016, nationwide',
    ['S79'],
    'partial',
    undefined,
    "SOHR's August total as quoted in RaiNews's report of the September count (S79); SOHR's own August report was not among the sources used",
  ),
  monthly(
    '2016-09-30',
    'deaths-per-day',
    3686,
    'SOHR, September 2016, nationwide',
    ['S80', 'S79'],
    'verified',
  ),
  monthly(
    '2016-09-30',
    'civilian-deaths-per-day',
    1228,
    'SOHR, September 2016, civilians (276 children, 158 women); 841 by Russian and Syrian air raids',
    ['S80'],
    'verified',
  ),
  monthly('2016-10-31', 'deaths-per-day', 4527, 'SOHR, October 2016, nationwide', ['S81'], 'partial'),
  monthly(
    '2016-10-31',
    'civilian-deaths-per-day',
    1343,
    'SOHR, October 2016, civilians (317 minors, 182 women)',
    ['S81'],
    'partial',
  ),
  monthly(
    '2016-10-31',
    'civilian-deaths-per-day',
    1106,
    'SNHR, October 2016, civilians (497 by government forces, 294 by forces believed Russian)',
    ['S85'],
    'partial',
    'snhr',
    'SNHR counts 1,106 civilians against SOHR 1,343 (S81): the monitors differ by about 18%',
  ),
  monthly(
    '2016-10-31',
    'deaths-per-day',
    1359,
    'VDC, October 2016, battle-related deaths documented (1,233 by full name)',
    ['S86'],
    'partial',
    'vdc',
    'VDC documents 1,359 deaths against SOHR 4,527 (S81): VDC counts victims it can document, mostly in opposition areas',
  ),
];

/** OCHA's counts of people besieged and in hard-to-reach areas, and the UN's access figures, as reported. */
export const besiegedCounts: readonly RecordStep[] = [
  step(
    { type: 'observe', at: '2015-10-30', indicator: 'people-besieged', value: 393_700, scope: 'OCHA' },
    ['S109'],
    'verified',
    'OCHA: 393,700 people under siege (200,000 in Deir ez-Zor, besieged by ISIL; 181,200 in eastern Ghouta and other places besieged by the government); in 2015 the UN reached 3.6% of them with health aid and 0.5% with food a month',
  ),
  step(
    { type: 'observe', at: '2015-10-30', indicator: 'people-hard-to-reach', value: 4_500_000, scope: 'OCHA' },
    ['S109'],
    'verified',
  ),
  step(
    {
      type: 'observe',
      at: '2016-01-27',
      indicator: 'people-hard-to-reach',
      value: 4_100_000,
      scope: '4.6 m besieged or hard to reach, less ~0.5 m besieged',
    },
    ['S56', 'S110'],
    'partial',
    "derived: O'Brien's 4.6 m in besieged and hard-to-reach areas less the ~0.5 m besieged; OCHA's own split is not in the sources used",
  ),
  step(
    {
      type: 'observe',
      at: '2016-03-30',
      indicator: 'besieged-people-reached',
      value: 150_000,
      scope: 'people in besieged areas reached since 1 January (cumulative)',
    },
    ['S102', 'S61'],
    'verified',
  ),
  step(
    {
      type: 'observe',
      at: '2016-05-27',
      indicator: 'convoy-locations-reached',
      value: 14,
      scope: 'May plan: full access to 14 of the 35 locations requested, partial access to 8',
    },
    ['S63'],
    'verified',
  ),
  step(
    {
      type: 'observe',
      at: '2016-06-02',
      indicator: 'besieged-people-reached',
      value: 269_250,
      scope: 'of 592,000 in besieged areas, since 1 January (cumulative); al-Waer added to the list',
    },
    ['S105'],
    'verified',
  ),
  step(
    {
      type: 'observe',
      at: '2016-06-20',
      indicator: 'people-hard-to-reach',
      value: 4_900_000,
      scope: '5.47 m besieged or hard to reach, of whom ~590,000 besieged',
    },
    ['S64', 'S106'],
    'verified',
    "800,000 more in hard-to-reach areas than before: the Kurdish-held north became hard to reach (S64); AFP reports O'Brien's 'some five million' (S106)",
  ),
  step(
    {
      type: 'observe',
      at: '2016-06-23',
      indicator: 'besieged-people-reached',
      value: 334_150,
      scope: 'of ~590,000 in besieged areas, since January (cumulative)',
    },
    ['S106'],
    'verified',
    "O'Brien to the Council: 'but a trickle'; the UN hoped to reach 1.2 m people in 35 priority places in July",
  ),
  step(
    {
      type: 'observe',
      at: '2016-08-31',
      indicator: 'convoy-locations-reached',
      value: 10,
      scope: 'August: five inter-agency convoys to 10 hard-to-reach and besieged locations',
    },
    ['S89'],
    'verified',
    'only 5% of the food assistance of August went through inter-agency convoys to besieged and hard-to-reach places (SG report)',
  ),
  step(
    {
      type: 'observe',
      at: '2016-10-05',
      indicator: 'besieged-locations',
      value: 18,
      scope: 'eastern Aleppo (275,000 people) declared besieged; it replaces Darayya, emptied in August',
    },
    ['S87', 'S88'],
    'verified',
    'OCHA (Laerke): eastern Aleppo meets the three criteria (encirclement, no access, no free movement); the count stays at 18',
  ),
];
