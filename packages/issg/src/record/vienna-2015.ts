import { FOUNDING_MEMBERS } from '../vocabulary/members.js';
import { type RecordStep, step } from './step.js';

/** Vienna and New York, 23 Oct – 18 Dec 2015: the group forms, sets its terms, and UNSCR 2254. */
export const vienna2015: readonly RecordStep[] = [
  step(
    {
      type: 'convene-meeting',
      at: '2015-10-23',
      meeting: 'vienna-quad-2015-10-23',
      place: 'Vienna',
      format: 'preparatory',
      attendees: ['us', 'ru', 'sa', 'tr'],
    },
    ['S1'],
  ),
  step(
    {
      type: 'conclude-meeting',
      at: '2015-10-23',
      meeting: 'vienna-quad-2015-10-23',
      outcome: 'agreed a broader meeting on 30 Oct',
    },
    ['S1'],
  ),
  step(
    { type: 'admit-members', at: '2015-10-30', members: FOUNDING_MEMBERS },
    ['S2'],
    'verified',
    '17 states + EU + UN (19 participants); Iran attended for the first time',
  ),
  step(
    { type: 'designate-co-chairs', at: '2015-10-30', coChairs: ['us', 'ru'] },
    ['S2', 'S17'],
    'partial',
    'a modelling choice: the US and Russia convened the group and chaired its meetings from the start, but the co-chair role is not stated in the sources for 30 Oct; it is stated from Munich onwards (S17). The record counts it from the first meeting',
  ),
  step(
    {
      type: 'convene-meeting',
      at: '2015-10-30',
      meeting: 'vienna-2015-10-30',
      place: 'Vienna',
      format: 'issg',
      attendees: FOUNDING_MEMBERS,
    },
    ['S2', 'S3', 'S4'],
  ),
  step(
    {
      type: 'propose-statement',
      at: '2015-10-30',
      statement: 'vienna-communique',
      title:
        "Vienna communiqué: 9 points (unity, institutions, rights, diplomacy, access, Da'esh, Geneva and 2118, Syrian-led, ceasefire)",
      by: ['us', 'ru'],
      meeting: 'vienna-2015-10-30',
    },
    ['S2', 'S3'],
    'verified',
    'the wording of points 8-9 is partial (sources differ)',
  ),
  step(
    {
      type: 'adopt-statement',
      at: '2015-10-30',
      statement: 'vienna-communique',
      supporters: FOUNDING_MEMBERS,
      provisions: [{ kind: 'cite', resolution: '2118', by: 'issg' }],
    },
    ['S2', 'S3'],
    'verified',
    'the wording of points 8-9 is partial (sources differ)',
  ),
  step(
    {
      type: 'record-disagreement',
      at: '2015-10-30',
      issue: 'role-of-assad',
      between: ['us', 'ru'],
      note: 'no agreement on the future of Assad',
    },
    ['S2', 'S4'],
  ),
  step(
    {
      type: 'conclude-meeting',
      at: '2015-10-30',
      meeting: 'vienna-2015-10-30',
      outcome: 'reconvene in about two weeks',
    },
    ['S2'],
  ),
  step({ type: 'admit-members', at: '2015-11-14', members: ['arab-league'] }, ['S5']),
  step(
    {
      type: 'convene-meeting',
      at: '2015-11-14',
      meeting: 'vienna-2015-11-14',
      place: 'Vienna',
      format: 'issg',
      attendees: [...FOUNDING_MEMBERS, 'arab-league'],
    },
    ['S5', 'S6', 'S7'],
    'verified',
    'first use of the name "International Syria Support Group"',
  ),
  step(
    {
      type: 'propose-statement',
      at: '2015-11-14',
      statement: 'vienna-statement-2',
      title: 'Statement of the International Syria Support Group (Vienna II)',
      by: ['us', 'ru'],
      meeting: 'vienna-2015-11-14',
    },
    ['S5'],
  ),
  step(
    {
      type: 'adopt-statement',
      at: '2015-11-14',
      statement: 'vienna-statement-2',
      supporters: [...FOUNDING_MEMBERS, 'arab-league'],
      provisions: [
        {
          kind: 'commitment',
          commitment: 'formal-talks-by-1-jan',
          by: ['issg'],
          description:
            "the ISSG's target date for formal negotiations between government and opposition under UN auspices, 1 Jan 2016: a target set by the group for the UN to convene, not a commitment of the parties",
          deadline: '2016-01-01',
        },
      ],
    },
    ['S5', 'S6', 'S7'],
    'verified',
    "elections within 18 months (UN-supervised); Jordan to coordinate the terrorist list; ceasefire excludes Da'esh, Nusra and UNSC-designated groups; 6 months for governance and a constitution schedule",
  ),
  step(
    {
      type: 'conclude-meeting',
      at: '2015-11-14',
      meeting: 'vienna-2015-11-14',
      outcome: 'meet again in about a month',
    },
    ['S5'],
  ),
  step(
    {
      type: 'state-position',
      at: '2015-12-11',
      by: 'hnc',
      issue: 'formation',
      position:
        'High Negotiations Committee formed in Riyadh; Riyad Hijab coordinator; includes Jaysh al-Islam',
    },
    ['S8', 'S9'],
    'partial',
    'reported size 32-34 members (sources differ); Ahrar al-Sham walked out of the conference',
  ),
  step(
    {
      type: 'state-position',
      at: '2015-12-15',
      by: 'us',
      issue: 'role-of-assad',
      position: "not seeking so-called regime change, but Assad cannot lead Syria's future",
    },
    ['S10', 'S96', 'S139'],
  ),
  step(
    { type: 'admit-members', at: '2015-12-18', members: ['oic'] },
    ['S11', 'S17'],
    'partial',
    'OIC first attended on 18 Dec 2015 (Secretary-General Iyad Madani; partial, S11); it is listed in the Munich statement of 11 Feb 2016 (verified, S17)',
  ),
  step(
    {
      type: 'convene-meeting',
      at: '2015-12-18',
      meeting: 'new-york-2015-12-18',
      place: 'New York',
      format: 'issg',
      attendees: [...FOUNDING_MEMBERS, 'arab-league', 'oic'],
    },
    ['S11', 'S12'],
    'partial',
    'Kerry: "some 20 entities"',
  ),
  step({ type: 'conclude-meeting', at: '2015-12-18', meeting: 'new-york-2015-12-18' }, ['S12'], 'partial'),
  step(
    { type: 'adopt-resolution', at: '2015-12-18', resolution: '2254', vote: '15-0 (7588th meeting)' },
    ['S13'],
    'verified',
    'endorses the Vienna statements and the Geneva Communiqué; ceasefire excludes ISIL and Nusra; ISSG the "central platform"',
  ),
];
