/**
 * From Munich to the cessation of hostilities, February 2016 — told by hand, step by step.
 *
 * The story starts from the historical record as it stood on 10 February 2016 (the Geneva talks had just
 * been paused) and then writes out, as ISSG commands, the seventeen days in which the group turned a
 * promise into a truce:
 *
 *   11–12 Feb  the ISSG meets in Munich and promises a nationwide cessation "in one week";
 *   19 Feb     the week passes without one: the commitment lapses;
 *   22 Feb     the US and Russia, as co-chairs, publish the terms: sign on by noon on 26 Feb (Damascus),
 *              in force at midnight on 27 Feb; Da'esh and Nusra are never parties;
 *   23–26 Feb  the government and the High Negotiations Committee sign on;
 *   27 Feb     the cessation takes effect.
 *
 * Run it:   npx parley run examples/munich-to-cessation.ts
 * Then ask: npx parley state examples/munich-to-cessation.ts --at 2016-02-20
 */
import { defineScenario } from '@parley/core';
import { type IssgCommand, issgRecord } from '@parley/issg';

// Who sat at the table in Munich: the co-chairs, the region, Europe, the UN and the Arab League.
const MUNICH = [
  'us',
  'ru',
  'cn',
  'eg',
  'fr',
  'de',
  'ir',
  'iq',
  'it',
  'jo',
  'lb',
  'om',
  'qa',
  'sa',
  'tr',
  'ae',
  'gb',
];
const MUNICH_ALL = [...MUNICH, 'eu', 'un', 'arab-league', 'oic'];

// Every event a step causes carries the step's sources, so `parley timeline` can cite them.
const munichStatement = {
  source: { title: 'Statement of the ISSG, Munich (full text)', date: '2016-02-12' },
};
const terms = {
  source: { title: 'Joint statement of the US and Russia as ISSG co-chairs', date: '2016-02-22' },
};

const steps: { at: string; command: IssgCommand; meta?: typeof munichStatement }[] = [
  // Munich: the group meets, the co-chairs propose a statement, everyone in the room adopts it.
  {
    at: '2016-02-11',
    command: {
      type: 'convene-meeting',
      at: '2016-02-11',
      meeting: 'munich',
      place: 'Munich',
      format: 'issg',
      attendees: MUNICH_ALL,
    },
  },
  {
    at: '2016-02-11',
    command: {
      type: 'propose-statement',
      at: '2016-02-11',
      statement: 'munich',
      title: 'Munich statement',
      by: ['us', 'ru'],
      meeting: 'munich',
    },
    meta: munichStatement,
  },
  {
    at: '2016-02-12',
    // The promise is a commitment with a deadline: if nothing meets it by 19 Feb, it lapses.
    command: {
      type: 'adopt-statement',
      at: '2016-02-12',
      statement: 'munich',
      supporters: MUNICH_ALL,
      provisions: [
        {
          kind: 'commitment',
          commitment: 'coh-in-one-week',
          by: ['us', 'ru'],
          description: 'a nationwide cessation of hostilities in one week',
          deadline: '2016-02-19',
        },
      ],
    },
    meta: munichStatement,
  },
  { at: '2016-02-12', command: { type: 'conclude-meeting', at: '2016-02-12', meeting: 'munich' } },
  // The week runs out.
  { at: '2016-02-19', command: { type: 'record-lapse', at: '2016-02-19', commitment: 'coh-in-one-week' } },
  // The co-chairs publish the terms. Designated groups (isil, nusra) are excluded by the rules themselves.
  {
    at: '2016-02-22',
    command: {
      type: 'agree-terms',
      at: '2016-02-22',
      signOnDeadline: '2016-02-26T12:00+02:00',
      effectiveAt: '2016-02-27T00:00+02:00',
    },
    meta: terms,
  },
  // Both Syrian sides sign on before the deadline, the government with a condition.
  {
    at: '2016-02-23',
    command: {
      type: 'sign-on',
      at: '2016-02-23',
      party: 'syria-gov',
      conditions: 'if action against ISIS, Nusra and linked groups continues',
    },
  },
  { at: '2016-02-26', command: { type: 'sign-on', at: '2016-02-26', party: 'hnc' } },
  // Midnight in Damascus: the truce begins.
  { at: '2016-02-27T00:00+02:00', command: { type: 'bring-into-force', at: '2016-02-27T00:00+02:00' } },
];

export default defineScenario({
  id: 'munich-to-cessation',
  title: 'From Munich to the cessation of hostilities (February 2016)',
  description: 'The record up to 10 Feb 2016, then the Munich statement and the cessation, written by hand.',
  start: { scenario: issgRecord, at: '2016-02-10' },
  steps,
});
