/**
 * Vienna, 17 May 2016 — the meeting of the article Parley starts from, re-enacted step by step.
 *
 * RT's report ("Lavrov, Kerry: Syria meeting sees progress, agrees to turn truce into real ceasefire")
 * is the seed of the project; issg-chronology.md, section D, checks it against other sources. This script
 * takes the record as it stood on 16 May 2016 and tells the day again, with the errors of the article
 * corrected and every step sourced.
 *
 *   npx parley run examples/vienna-2016.ts
 *   npx parley state examples/vienna-2016.ts --at 2016-05-17
 *
 * What to look at: `hostilities.status` stays `cessation` — the ministers set a *goal* of a comprehensive
 * ceasefire, they did not reach one; `nonComplianceRule` becomes true; air drops are authorised with a
 * trigger of 1 June; the talks stay adjourned with no next date; `resolutions` reads 2118, 2254, 2268.
 */
import { defineScenario, type ScenarioStep } from '@parley/core';
import { cite, type IssgCommand, issgRecord, MEMBERS, type UndatedIssgCommand } from '@parley/issg';

const DAY = '2016-05-17';
const MEETING = 'vienna-2016-05-17';
/** The 21 members before the meeting, and the five who joined that day. */
const BEFORE = MEMBERS.filter((m) => m.joined < DAY).map((m) => m.id);
const JOINING = ['au', 'ca', 'jp', 'es', 'nl'];

const at = (
  command: UndatedIssgCommand,
  meta: ScenarioStep<IssgCommand>['meta'],
): ScenarioStep<IssgCommand> => ({
  command: { ...command, at: DAY } as IssgCommand,
  ...(meta ? { meta } : {}),
});

const steps: ScenarioStep<IssgCommand>[] = [
  // The ministers meet in Vienna — not "this Swiss city", as the article has it: Kerry thanked Austria.
  // Australia, Canada, Japan, Spain and the Netherlands come as invited guests and leave as members.
  at(
    {
      type: 'convene-meeting',
      meeting: MEETING,
      place: 'Vienna',
      format: 'issg',
      attendees: [...BEFORE, ...JOINING],
      invited: JOINING,
    },
    cite(
      ['S38', 'S39'],
      'verified',
      'RT places the meeting in "this Swiss city"; it was Vienna, Austria (S38)',
    ),
  ),
  at(
    { type: 'admit-members', members: JOINING },
    cite(
      ['S38', 'S39'],
      'verified',
      'the statement lists 26 participants; BBC counted "21 countries and organisations"',
    ),
  ),
  // The co-chairs put the statement on the table.
  at(
    {
      type: 'propose-statement',
      statement: 'vienna-statement-2016-05-17',
      title: 'ISSG statement, Vienna, 17 May 2016',
      by: ['us', 'ru'],
      meeting: MEETING,
    },
    cite(['S39'], 'verified'),
  ),
  // Lavrov's three tracks: "progress in all directions of our work, namely the cessation of hostilities,
  // the expansion of the humanitarian assistance and the political process".
  at(
    {
      type: 'state-position',
      by: 'ru',
      issue: 'three-tracks',
      position:
        'progress on all three tracks: the cessation of hostilities, humanitarian assistance, the political process',
    },
    cite(['S69'], 'verified', 'quoted in the seed article (RT) and the same-day IANS text'),
  ),
  // Kerry's conditions: words on a page need determined actions; bad actors on both sides; a party that
  // does not comply can be reported to the monitoring group and excluded.
  at(
    {
      type: 'state-position',
      by: 'us',
      issue: 'conditions',
      position:
        '"to make all of this more than words on a page, some determined actions will have to be taken"; non-compliant parties can be reported and excluded',
    },
    cite(['S38', 'S69'], 'verified'),
  ),
  // "Some sides shouldn't have veto" (RT's live tweet). The ISSG decides by consensus: every member present
  // holds a veto. Run this script with `createIssgDecider({ decisionRule: { qualifiedMajority: 0.66 } })`
  // to let a class ask what changes when one objector no longer blocks.
  at(
    { type: 'state-position', by: 'us', issue: 'veto', position: 'some sides should not have a veto' },
    cite(
      ['S69'],
      'partial',
      "from a tweet by RT's Peter Oliver quoted in the seed article; the exact words are not in the State Department transcript",
    ),
  ),
  // The statement is adopted by consensus, with its provisions. Lavrov cites the basis of the work as
  // "resolutions 2218, 2254 and 2268": 2218 concerns Western Sahara, the resolution meant is 2118 (2013),
  // the one the Vienna communiqué of 30 Oct 2015 cites. The record keeps what was said (`asWritten`).
  at(
    {
      type: 'adopt-statement',
      statement: 'vienna-statement-2016-05-17',
      supporters: [...BEFORE, ...JOINING],
      provisions: [
        { kind: 'goal', goal: 'comprehensive-ceasefire' },
        { kind: 'non-compliance-rule', referralTo: 'ISSG ministers (by the Ceasefire Task Force)' },
        { kind: 'air-drops', trigger: '2016-06-01' },
        { kind: 'transition-target', date: '2016-08-01' },
        {
          kind: 'commitment',
          commitment: 'transition-framework-by-1-aug',
          by: ['syria-gov', 'hnc'],
          description: 'a framework for a political transition',
          deadline: '2016-08-01',
        },
        { kind: 'cite', resolution: '2118', by: 'ru', asWritten: '2218' },
        { kind: 'cite', resolution: '2254', by: 'ru' },
        { kind: 'cite', resolution: '2268', by: 'ru' },
      ],
    },
    cite(['S38', 'S39', 'S40', 'S70', 'S71'], 'verified', 'Lavrov\'s "2218" corrected to 2118 (S70, S71)'),
  ),
  // Lavrov says violence is "down significantly". De Mistura, at the same press conference, puts compliance
  // at "80% down to 50%"; 12 of 18 besieged locations have been reached.
  at(
    { type: 'observe', indicator: 'compliance', value: 0.5, scope: 'de Mistura: "80% down to 50%"' },
    cite(['S40'], 'verified'),
  ),
  at(
    { type: 'observe', indicator: 'besieged-locations-reached', value: 12, scope: '12 of 18' },
    cite(['S40'], 'verified'),
  ),
  // De Mistura's missing date: "we cannot wait too long, we want to keep the momentum"; the talks "will
  // become credible when there is credible cessation of hostilities and credible humanitarian aid".
  at(
    {
      type: 'state-position',
      by: 'un',
      issue: 'talks-date',
      position: 'no new date; talks credible when the cessation and aid are credible',
    },
    cite(['S40'], 'verified'),
  ),
  // Assad: Lavrov disagrees with Kerry that there is no political solution while Assad is in power.
  at(
    {
      type: 'record-disagreement',
      issue: 'role-of-assad',
      between: ['us', 'ru'],
      note: 'no political solution while Assad is in power (Kerry) vs the government as the best option against terrorism (Lavrov)',
    },
    cite(['S69'], 'partial'),
  ),
  // After more than five hours, the meeting ends. No date for talks: they stay adjourned.
  at(
    {
      type: 'conclude-meeting',
      meeting: MEETING,
      hours: 5,
      outcome: 'progress claimed on three tracks; no date for talks',
    },
    cite(['S38', 'S40'], 'verified'),
  ),
];

export default defineScenario({
  id: 'vienna-2016',
  title: 'Vienna, 17 May 2016: the ISSG meeting of the seed article, re-enacted',
  description:
    'The record to 16 May 2016, then the Vienna meeting step by step, with sources and corrections.',
  start: { scenario: issgRecord, at: '2016-05-16' },
  steps,
});
