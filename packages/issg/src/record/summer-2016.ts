import { type RecordStep, step } from './step.js';

/**
 * Steps added to the chronology from the sources S112 on: the announced dates of talks and their slips
 * (25 Feb → none, 7 → 9 → 10 Mar, 9 → 11 → 13 Apr),
 * denials and deliveries of aid at Darayya, the US-Russian talks of 26 August, the evacuation of Darayya,
 * Syria's acceptance of the September plan, the offensive on eastern Aleppo after the collapse, and the
 * failed Security Council drafts on Aleppo of 8 October 2016. Merged into the record by date.
 */
export const summer2016: readonly RecordStep[] = [
  step(
    {
      type: 'pause-talks',
      at: '2016-02-19',
      until: null,
      reason:
        'de Mistura: talks cannot realistically resume on 25 February; ten days of preparation are needed',
    },
    ['S112'],
    'verified',
    'the announced resumption of 25 Feb slips: the pause stays, with no date',
  ),
  step(
    {
      type: 'pause-talks',
      at: '2016-02-27T12:00+02:00',
      until: '2016-03-07',
      reason: 'de Mistura plans to call a new round from 7 March, for three weeks at first',
    },
    ['S26'],
    'partial',
    'announced on the first day of the cessation (the time of day is not in the sources: recorded at noon); the round opened on 14 March, a week later than announced',
  ),
  step(
    {
      type: 'pause-talks',
      at: '2016-03-03',
      until: '2016-03-09',
      reason: 'de Mistura: the next round is likely to resume on 9 March, an approximate date',
    },
    ['S143'],
    'partial',
    'the announced 7 March slips to about the 9th; reported by PressTV (a mirror)',
  ),
  step(
    {
      type: 'pause-talks',
      at: '2016-03-06',
      until: '2016-03-10',
      reason: 'de Mistura: "I see us beginning on March 10", with a staggered start',
    },
    ['S144'],
    'verified',
    'talks "officially set to begin on March 10" (AFP, from an interview with Al Hayat); the round opened on 14 March',
  ),
  step(
    { type: 'schedule-talks', at: '2016-04-05', date: '2016-04-11' },
    ['S134'],
    'verified',
    'a UN spokesman: the talks are expected to resume with the opposition delegation on 11 April, missing de Mistura\'s "target date" of 9 April; the government delegation is expected on the 14th',
  ),
  step(
    { type: 'schedule-talks', at: '2016-04-08', date: '2016-04-13' },
    ['S113', 'S114', 'S140'],
    'verified',
    'de Mistura: the next round starts on the 13th, the day of the parliamentary elections in Syria (it had been planned for the 11th, S140)',
  ),
  step(
    { type: 'extend-locally', at: '2016-05-06', area: 'aleppo', hours: 144 },
    ['S126'],
    'partial',
    'the 48-hour calm in Aleppo from 5 May was renewed twice and held until 11 May; fighting resumed on 12 May. The sources give its end, not the length of each renewal: recorded as one renewal to 12 May',
  ),
  step(
    {
      type: 'deny-access',
      at: '2016-05-12',
      location: 'darayya',
      by: 'syria-gov',
      note: 'a UN/ICRC/SARC convoy is turned back at the last checkpoint',
    },
    ['S115', 'S99'],
    'verified',
    'the convoy with baby milk, medicines and vaccines was refused entry; the town was shelled while people waited',
  ),
  step(
    {
      type: 'deliver-convoy',
      at: '2016-06-09',
      location: 'darayya',
      by: 'wfp',
      trucks: 9,
      peopleReached: 2400,
    },
    ['S116'],
    'verified',
    'the first food since 2012: a month of family rations for 2,400 people and flour for 4,000 (the local council says the UN underestimates the population)',
  ),
  step(
    {
      type: 'state-position',
      at: '2016-07-21',
      by: 'un',
      issue: 'humanitarian-access',
      position:
        'all 18 besieged areas have been reached at least once since February, 1,055,575 people in all; Madaya, Zabadani, Foua and Kefraya have received nothing since April',
    },
    ['S107'],
    'verified',
    "Egeland's cumulative count is kept as a statement, not as a count of access: it counts places ever reached over a list that did not yet include eastern Aleppo, cut off since 7 July (docs/issg.md, Modelling choices)",
  ),
  step(
    {
      type: 'convene-meeting',
      at: '2016-08-26',
      meeting: 'geneva-2016-08-26',
      place: 'Geneva',
      format: 'bilateral',
      attendees: ['us', 'ru'],
    },
    ['S117', 'S118'],
    'verified',
    'Kerry and Lavrov, nearly 12 hours on and off, joined briefly by de Mistura',
  ),
  step(
    {
      type: 'conclude-meeting',
      at: '2016-08-26',
      meeting: 'geneva-2016-08-26',
      outcome: '"clarity on the path forward"; no deal yet, teams to finalise details in Geneva',
    },
    ['S117', 'S118'],
    'verified',
  ),
  step(
    {
      type: 'evacuate',
      at: '2016-08-27',
      location: 'darayya',
      under: 'a local agreement between the Syrian authorities and local representatives',
    },
    ['S89', 'S87'],
    'verified',
    'the entire population of Darayya was evacuated on 26-27 August (SG report); the town left the UN list of besieged areas, replaced by eastern Aleppo in October',
  ),
  step(
    {
      type: 'state-position',
      at: '2016-09-10',
      by: 'syria-gov',
      issue: 'geneva-arrangement-2016-09',
      position:
        'approves the US-Russian agreement; a cessation will begin in Aleppo for humanitarian reasons',
    },
    ['S119', 'S120'],
    'verified',
    'SANA, citing informed sources: "the whole agreement was reached with full knowledge of the Syrian government"',
  ),
  step(
    {
      type: 'state-position',
      at: '2016-09-10',
      by: 'hnc',
      issue: 'geneva-arrangement-2016-09',
      position: 'has not received the official text; welcomes it cautiously and will study its mechanisms',
    },
    ['S120'],
    'verified',
  ),
  step(
    {
      type: 'report-violation',
      at: '2016-09-16',
      violation: 'calm-violations-regime-2016-09',
      reporter: 'sohr',
      perpetrator: 'syria-gov',
      target: 'hnc',
      location: 'syria',
      severity: 2,
      attribution: 'alleged',
      killed: 6,
    },
    ['S130'],
    'verified',
    "SOHR documents the first 6 civilians killed in the areas of the calm on its fourth day, by the government's bombardment (Talbisa, Hreitan) and Hezbollah snipers (Zabadani); one monitor's report, so alleged. The other side's accusation, the army's 300+ violations by armed groups, is recorded on 19 Sep",
  ),
  step(
    {
      type: 'state-position',
      at: '2016-09-21',
      by: 'ru',
      issue: 'september-violations',
      position:
        "the US-led coalition's strike on the Syrian army at Deir ez-Zor was a flagrant violation of the ceasefire agreement",
    },
    ['S129'],
    'verified',
    'both sides blamed the other for the end of the September calm: see the US position of 22-23 Sep',
  ),
  step(
    {
      type: 'state-position',
      at: '2016-09-22',
      by: 'us',
      issue: 'september-violations',
      position:
        "the regime's offensive in Aleppo damages the process; Russia and the regime must do their part, ground their aircraft",
    },
    ['S128'],
    'verified',
    'Kerry at the Palace hotel, New York; see the Russian position of 21 Sep',
  ),
  step(
    {
      type: 'convene-meeting',
      at: '2016-09-23',
      meeting: 'new-york-2016-09-23',
      place: 'New York (sidelines of the Middle East Quartet)',
      format: 'bilateral',
      attendees: ['us', 'ru'],
    },
    ['S127', 'S128'],
    'verified',
    'brief and informal, per a State Department official',
  ),
  step(
    {
      type: 'conclude-meeting',
      at: '2016-09-23',
      meeting: 'new-york-2016-09-23',
      outcome: '"a little bit of progress"; mutual ideas evaluated; no proposals to read out',
    },
    ['S127', 'S128'],
    'verified',
  ),
  step(
    {
      type: 'state-position',
      at: '2016-09-24',
      by: 'un',
      issue: 'east-aleppo',
      position: 'the offensive on eastern Aleppo, with the heaviest bombing of the war, must stop',
    },
    ['S124', 'S123'],
    'partial',
    'after 22 Sep: dozens of air strikes a day on eastern Aleppo (SOHR), incendiary and bunker-busting munitions reported, at least 92 killed on 24 Sep (local groups); the Secretary-General spoke out the same day — his words are not quoted in the sources used, so the position is summarised',
  ),
  step(
    {
      type: 'fail-resolution',
      at: '2016-10-08',
      draft: 'S/2016/846',
      by: ['fr', 'es'],
      vote: '11 in favour, 2 against (Russia, Venezuela), 2 abstentions (Angola, China)',
      vetoedBy: ['ru'],
    },
    ['S121', 'S122'],
    'verified',
    'would have demanded an end to all air strikes and military flights over Aleppo; vetoed by Russia (its fifth veto on Syria)',
  ),
  step(
    {
      type: 'fail-resolution',
      at: '2016-10-08',
      draft: 'S/2016/847',
      by: ['ru'],
      vote: '4 in favour (China, Egypt, Russia, Venezuela), 9 against, 2 abstentions (Angola, Uruguay)',
      vetoedBy: [],
    },
    ['S121', 'S122'],
    'verified',
    'urged a cessation of hostilities, particularly in Aleppo, without a halt to the bombing; short of nine votes',
  ),
];
