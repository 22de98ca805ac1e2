import { MEMBERS } from '../vocabulary/members.js';
import { type RecordStep, step } from './step.js';

const MUNICH = MEMBERS.filter((m) => m.joined <= '2015-12-18').map((m) => m.id);

/** January – 26 February 2016: first convoys, Geneva opens and pauses, Munich, the terms, UNSCR 2268. */
export const munich2016: readonly RecordStep[] = [
  step(
    { type: 'check-deadlines', at: '2016-01-02' },
    ['S5', 'S13'],
    'verified',
    'the 1 January target for formal talks passed without talks (they opened on 29 Jan)',
  ),
  step({ type: 'deliver-convoy', at: '2016-01-11', location: 'madaya', by: 'un', trucks: 44 }, ['S14']),
  step(
    { type: 'deliver-convoy', at: '2016-01-11', location: 'foua', by: 'un', trucks: 21 },
    ['S14'],
    'verified',
    'Foua and Kefraya together: 21 trucks (UN/SARC/ICRC)',
  ),
  step(
    { type: 'deliver-convoy', at: '2016-01-14', location: 'madaya', by: 'un' },
    ['S14'],
    'verified',
    'second convoy',
  ),
  step(
    {
      type: 'observe',
      at: '2016-01-27',
      indicator: 'besieged-locations',
      value: 18,
      scope: 'UN count (15 → 18)',
    },
    ['S56', 'S110', 'S67'],
    'verified',
    'about 0.5 m people besieged (OCHA 486,700 per S67); 4.6 m besieged or hard to reach',
  ),
  step(
    { type: 'observe', at: '2016-01-27', indicator: 'people-besieged', value: 486_700 },
    ['S67', 'S56', 'S110'],
    'partial',
    "S56 rounds to ~0.5 m; 486,700 is the OCHA figure quoted by S67. S67 (O'Brien) also reports 974,080 six months later: he gave that figure to the Security Council in November 2016 (S145), after the record ends, so it is not entered",
  ),
  step(
    { type: 'open-talks', at: '2016-01-29', parties: ['syria-gov', 'hnc'], place: 'Geneva' },
    ['S15', 'S16', 'S25'],
    'verified',
    'government delegation (al-Jaafari) arrived 29 Jan, HNC 30 Jan; formal start declared 1 Feb; UNSCR 2268 dates the launch to 29 Jan. PYD excluded',
  ),
  step(
    {
      type: 'pause-talks',
      at: '2016-02-03',
      until: '2016-02-25',
      reason: 'government offensive north of Aleppo',
    },
    ['S15'],
    'verified',
    'de Mistura: a "temporary pause" until 25 Feb',
  ),
  step(
    {
      type: 'convene-meeting',
      at: '2016-02-11',
      meeting: 'munich-2016-02-11',
      place: 'Munich',
      format: 'issg',
      attendees: MUNICH,
    },
    ['S17', 'S18'],
    'verified',
    'the 20 + OIC (OIC listed in the statement)',
  ),
  step(
    {
      type: 'propose-statement',
      at: '2016-02-11',
      statement: 'munich-statement',
      title: 'Statement of the ISSG, Munich',
      by: ['us', 'ru'],
      meeting: 'munich-2016-02-11',
    },
    ['S17'],
  ),
  step(
    {
      type: 'adopt-statement',
      at: '2016-02-12',
      statement: 'munich-statement',
      supporters: MUNICH,
      provisions: [
        {
          kind: 'commitment',
          commitment: 'munich-coh-in-one-week',
          by: ['issg'],
          description:
            "the ISSG's target: a nationwide cessation of hostilities to commence in one week, after government and opposition confirm (the task force co-chaired by the US and Russia to set its modalities); not yet a commitment of the parties",
          deadline: '2016-02-19',
        },
      ],
    },
    ['S17', 'S18'],
    'verified',
    'aid "this week": by air to Deir ez-Zor, by land to Foua, Kefraya, Rural Damascus, Madaya, Moadamiyeh, Kafr Batna; Humanitarian Task Force (UN, Geneva, from 12 Feb); Ceasefire Task Force (RU/US co-chairs); excludes Da\'esh, Nusra and UNSC-designated groups. Dated 11/12 Feb (the meeting ran past midnight)',
  ),
  step({ type: 'conclude-meeting', at: '2016-02-12', meeting: 'munich-2016-02-11' }, ['S17']),
  step(
    { type: 'hold-task-force-meeting', at: '2016-02-12', taskForce: 'htf', place: 'Geneva' },
    ['S17'],
    'verified',
    'HTF set up and meeting from 12 Feb',
  ),
  step(
    { type: 'grant-access', at: '2016-02-16', location: 'madaya', by: 'syria-gov' },
    ['S19'],
    'verified',
    'the government approved access to 7 besieged areas on 16 Feb',
  ),
  step(
    { type: 'deliver-convoy', at: '2016-02-17', location: 'madaya', by: 'un', trucks: 50 },
    ['S19'],
    'verified',
    'Madaya/Zabadani ~50 trucks',
  ),
  step({ type: 'deliver-convoy', at: '2016-02-17', location: 'moadamiyeh', by: 'un', trucks: 35 }, ['S19']),
  step(
    { type: 'deliver-convoy', at: '2016-02-17', location: 'foua', by: 'un', trucks: 18 },
    ['S19'],
    'verified',
    'Foua/Kefraya 18 trucks',
  ),
  step(
    { type: 'hold-task-force-meeting', at: '2016-02-19', taskForce: 'ctf', place: 'Geneva' },
    ['S20', 'S97', 'S98'],
    'partial',
    'first Ceasefire Task Force meeting; the date is ~19 Feb: Germany announced the first meeting for that afternoon (S97) and US and Russian officials sat down late that day (S98), while Russia said a meeting of the group had been called off',
  ),
  step(
    { type: 'record-lapse', at: '2016-02-19', commitment: 'munich-coh-in-one-week' },
    ['S20', 'S97', 'S98'],
    'partial',
    'the Munich one-week target lapsed without a cessation',
  ),
  step(
    {
      type: 'reach-agreement',
      at: '2016-02-22',
      agreement: 'us-ru-coh-terms',
      title:
        'Joint statement of the US and Russia as ISSG co-chairs, and the Terms for the cessation of hostilities',
      signatories: ['us', 'ru'],
      published: true,
    },
    ['S21', 'S22'],
    'verified',
    'Obama-Putin call; delineation, hotline, working group',
  ),
  step(
    {
      type: 'agree-terms',
      at: '2016-02-22',
      signOnDeadline: '2016-02-26T12:00+02:00',
      effectiveAt: '2016-02-27T00:00+02:00',
    },
    ['S21', 'S22'],
    'verified',
    "parties notify Russia or the US by 12:00 Damascus, 26 Feb; in force 00:00 Damascus, 27 Feb; Da'esh, Jabhat al-Nusra and UNSC-designated groups excluded (strikes continue)",
  ),
  step(
    {
      type: 'sign-on',
      at: '2016-02-23',
      party: 'syria-gov',
      conditions: 'if action against ISIS, Nusra and linked groups continues',
    },
    ['S23'],
  ),
  step(
    {
      type: 'state-position',
      at: '2016-02-23',
      by: 'hnc',
      issue: 'cessation-terms',
      position: 'accepts conditionally: sieges, bombing, detainees, aid',
    },
    ['S23'],
  ),
  step(
    { type: 'air-drop', at: '2016-02-24', location: 'deir-ez-zor', by: 'wfp', tonnes: 21, outcome: 'failed' },
    ['S24'],
    'verified',
    "first high-altitude drop, 21 t / 21 pallets: 10 unaccounted for, 7 in no-man's-land, 4 damaged",
  ),
  step(
    { type: 'adopt-resolution', at: '2016-02-26', resolution: '2268', vote: '15-0 (7634th meeting)' },
    ['S25'],
    'verified',
    'endorses the 22 Feb statement and its Annex in full; welcomes the HTF and CTF',
  ),
  step(
    {
      type: 'observe',
      at: '2016-02-26',
      indicator: 'deaths-per-day',
      value: 120,
      scope: 'February average (SOHR); 144 on the eve',
    },
    ['S57', 'S75'],
    'verified',
    "sources disagree: AFP's report of SOHR gives 120 a day on average in February (S57); SOHR's monthly count, 4,802 deaths in February (S75), is ≈166 a day. The record keeps the lower figure, reported on the eve",
  ),
  step(
    {
      type: 'sign-on',
      at: '2016-02-26T12:00+02:00',
      party: 'hnc',
      conditions: '~97 armed groups accept a 2-week truce',
    },
    ['S26'],
    'partial',
    'HNC confirmation reported on 26 Feb; recorded at the noon deadline because the time of day is not in the sources',
  ),
];
