import { MEMBERS } from '../vocabulary/members.js';
import { type RecordStep, step } from './step.js';

const BEFORE = MEMBERS.filter((m) => m.joined < '2016-05-17').map((m) => m.id);
const NEW_MEMBERS = ['au', 'ca', 'jp', 'es', 'nl'];
const ALL = [...BEFORE, ...NEW_MEMBERS];

/** Vienna, 17 May 2016 (the seed article's meeting), and the days around it. */
export const vienna2016: readonly RecordStep[] = [
  step(
    {
      type: 'convene-meeting',
      at: '2016-05-17',
      meeting: 'vienna-2016-05-17',
      place: 'Vienna',
      format: 'issg',
      attendees: ALL,
      invited: NEW_MEMBERS,
    },
    ['S38', 'S39'],
    'verified',
    'the seed article (RT) places it in "this Swiss city": wrong, it was Vienna (Kerry thanked Austria). Over five hours',
  ),
  step(
    { type: 'admit-members', at: '2016-05-17', members: NEW_MEMBERS },
    ['S38', 'S39'],
    'verified',
    'Australia, Canada, Japan, Spain named by Kerry; the Netherlands from the statement\'s list. Member counts differ: 26 listed (S39), BBC "21 countries and organisations" (S38), "23-nation" in September press (S52), "twenty-seven members" on the Special Envoy\'s pages (S55, unverified)',
  ),
  step(
    {
      type: 'propose-statement',
      at: '2016-05-17',
      statement: 'vienna-statement-2016-05-17',
      title: 'Statement of the International Syria Support Group, Vienna, 17 May 2016',
      by: ['us', 'ru'],
      meeting: 'vienna-2016-05-17',
    },
    ['S135', 'S39'],
  ),
  step(
    {
      type: 'adopt-statement',
      at: '2016-05-17',
      statement: 'vienna-statement-2016-05-17',
      supporters: ALL,
      provisions: [
        { kind: 'goal', goal: 'comprehensive-ceasefire' },
        { kind: 'non-compliance-rule', referralTo: 'ISSG ministers (by the Ceasefire Task Force)' },
        { kind: 'air-drops', trigger: '2016-06-01' },
        { kind: 'transition-target', date: '2016-08-01' },
        {
          kind: 'commitment',
          commitment: 'transition-framework-by-1-aug',
          by: ['issg'],
          description:
            "the ISSG's target date for the parties' agreement on a framework for a political transition (transitional governing body); a target set by the group, not a commitment of the parties",
          deadline: '2016-08-01',
        },
        {
          kind: 'position',
          issue: 'designated-groups',
          position: 'the parties to the cessation are to disassociate themselves from Daesh and Nusra',
        },
        {
          kind: 'position',
          issue: 'civilian-areas',
          position:
            'serious concern at growing civilian casualties; the US-Russian undertakings of 9 May stand: parties are to cease indiscriminate attacks on civilians, civilian infrastructure and medical facilities, and Russia is to work with the Syrian authorities to minimise air operations over areas mainly inhabited by civilians or parties to the cessation',
        },
        {
          kind: 'position',
          issue: 'detainees',
          position:
            'the Special Envoy is asked to facilitate agreements between the parties on the release of detainees; those holding detainees must protect their health and safety',
        },
      ],
    },
    ['S135', 'S39', 'S38', 'S40', 'S136', 'S37', 'S69'],
    'verified',
    'the statement\'s seven points: (1) transform the cessation into a comprehensive ceasefire (a goal, not a ceasefire); (2) persistent non-compliance → CTF refers to ministers → possible exclusion; (3) the parties to disassociate from Daesh and Nusra; (4) the bombing of civilian areas: it welcomes the 9 May undertakings (S37) and expresses serious concern at growing civilian casualties (S136); (5) access denied by 1 June → WFP air bridges and drops, the UN to report weekly; (6) detainees: the Special Envoy to facilitate releases; (7) the 1 Aug target for a transition framework with a transitional governing body (a target of the group: its "commitment" is held by the ISSG, not by the parties). Full text on the UN\'s Geneva site (S135); Voltaire Network is a mirror (S39)',
  ),
  step(
    { type: 'cite-resolution', at: '2016-05-17', resolution: '2118', by: 'ru', asWritten: '2218' },
    ['S69', 'S70', 'S71'],
    'verified',
    'Lavrov at the press conference cited "2218, 2254 and 2268" (RT/IANS): a press remark, not a provision of the statement; 2218 is an error for 2118 (S70, S71)',
  ),
  step(
    { type: 'cite-resolution', at: '2016-05-17', resolution: '2254', by: 'ru' },
    ['S69'],
    'verified',
    'Lavrov, press remark',
  ),
  step(
    { type: 'cite-resolution', at: '2016-05-17', resolution: '2268', by: 'ru' },
    ['S69'],
    'verified',
    'Lavrov, press remark',
  ),
  step(
    {
      type: 'observe',
      at: '2016-05-17',
      indicator: 'compliance',
      value: 0.5,
      scope: 'de Mistura: "80% down to 50%"',
    },
    ['S40'],
  ),
  step(
    {
      type: 'observe',
      at: '2016-05-17',
      indicator: 'besieged-locations-reached',
      value: 12,
      scope: '12 of 18 besieged locations',
    },
    ['S40'],
  ),
  step(
    {
      type: 'state-position',
      at: '2016-05-17',
      by: 'ru',
      issue: 'role-of-assad',
      position: 'the Syrian government is the best and only option in the fight against terrorism',
    },
    ['S38', 'S69'],
    'partial',
    "from RT's live tweets (Peter Oliver), quoted in the seed article",
  ),
  step(
    {
      type: 'state-position',
      at: '2016-05-17',
      by: 'us',
      issue: 'role-of-assad',
      position: 'no political solution while Assad is in power',
    },
    ['S38', 'S69'],
    'partial',
  ),
  step(
    {
      type: 'record-disagreement',
      at: '2016-05-17',
      issue: 'role-of-assad',
      between: ['us', 'ru'],
      note: 'Lavrov disagrees with Kerry that there is no political solution while Assad is in power',
    },
    ['S69'],
    'partial',
  ),
  step(
    {
      type: 'state-position',
      at: '2016-05-17',
      by: 'un',
      issue: 'talks-date',
      position: 'no new date for talks; "we cannot wait too long, we want to keep the momentum"',
    },
    ['S40'],
  ),
  step(
    {
      type: 'conclude-meeting',
      at: '2016-05-17',
      meeting: 'vienna-2016-05-17',
      hours: 5,
      outcome: 'progress claimed on all three tracks; no date for talks',
    },
    ['S38', 'S40'],
  ),
  step(
    { type: 'hold-task-force-meeting', at: '2016-05-26', taskForce: 'htf', place: 'Geneva' },
    ['S41'],
    'verified',
    'de Mistura, Egeland: May plan of 1 m people by land + 110,000 by air (Deir ez-Zor)',
  ),
  step(
    {
      type: 'observe',
      at: '2016-05-26',
      indicator: 'people-target',
      value: 1_000_000,
      scope: 'May plan, by land',
    },
    ['S41'],
  ),
  step(
    { type: 'observe', at: '2016-05-26', indicator: 'people-reached', value: 160_000, scope: 'May, by land' },
    ['S41'],
  ),
  step(
    { type: 'observe', at: '2016-05-27', indicator: 'people-besieged', value: 592_700 },
    ['S63'],
    'verified',
    'May access: full access to 14 of 35 requested locations, partial to 8',
  ),
  step(
    { type: 'deliver-convoy', at: '2016-06-01', location: 'darayya', by: 'un' },
    ['S42', 'S99'],
    'partial',
    'first convoy to Darayya since 2012, but no food',
  ),
  step(
    { type: 'deliver-convoy', at: '2016-06-01', location: 'moadamiyeh', by: 'un' },
    ['S42', 'S99'],
    'partial',
  ),
  step(
    {
      type: 'state-position',
      at: '2016-06-01',
      by: 'gb',
      issue: 'air-drops',
      position: 'the UK, US and France call for air drops',
    },
    ['S42', 'S99'],
    'partial',
    'air drops to besieged areas other than Deir ez-Zor after 1 June: none found in the sources (unverified)',
  ),
  step(
    {
      type: 'observe',
      at: '2016-06-20',
      indicator: 'people-besieged',
      value: 590_000,
      scope: 'in 18 besieged locations; 5.47 m besieged or hard to reach',
    },
    ['S64'],
  ),
  step({ type: 'observe', at: '2016-06-20', indicator: 'besieged-locations', value: 18 }, ['S64']),
];
