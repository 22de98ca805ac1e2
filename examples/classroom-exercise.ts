/**
 * A classroom exercise: "The first week of the truce". Each group of students gets its own version of the
 * week after the cessation of hostilities took effect (27 February 2016), drawn from a seed.
 *
 * How to run the class:
 *   1. Give each group a seed:  npx parley run examples/classroom-exercise.ts --seed 3 --out group-3.ndjson
 *   2. Before they look at the state, ask them to predict it: will the truce hold? Who will be blamed?
 *   3. Let them check:          npx parley state group-3.ndjson --json
 *   4. Each group's report:     npx parley report group-3.ndjson --html group-3.html
 *
 * The script default-exports a function of the seed (instead of a Scenario): `parley run --seed N` calls it.
 * Everything random comes from the seed (a small mulberry32 generator), so the same seed gives the same week.
 *
 * Questions to discuss:
 *   - Why do contested reports weigh less than verified ones on the violence indicator?
 *   - A local extension (e.g. to Eastern Ghouta) is a small success: what does it do to momentum?
 *   - Nusra and ISIL are excluded from the arrangement: are strikes on them violations? (No: see the rules.)
 */
import { defineScenario, type ScenarioStep } from '@parley/core';
import { type IssgCommand, issgRecord } from '@parley/issg';

/** mulberry32: a tiny seeded generator, uniform in [0, 1). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAYS = [
  '2016-02-28',
  '2016-02-29',
  '2016-03-01',
  '2016-03-02',
  '2016-03-03',
  '2016-03-04',
  '2016-03-05',
];
const PLACES = ['aleppo', 'eastern-ghouta', 'homs', 'daraa', 'idlib'];
const SIDES = ['syria-gov', 'hnc'] as const;
const teaching = { note: 'classroom exercise: a drawn, not a historical, event', flag: 'unverified' };

export default function classroomExercise({ seed }: { seed: number }) {
  const draw = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(draw() * xs.length)]!;
  const steps: ScenarioStep<IssgCommand>[] = [];
  DAYS.forEach((at, day) => {
    // Each day: perhaps a violation, reported by the other side, verified or contested.
    if (draw() < 0.6) {
      const perpetrator = pick(SIDES);
      const reporter = perpetrator === 'hnc' ? 'syria-gov' : 'hnc';
      const violation = `week1-${day + 1}`;
      const attribution = draw() < 0.4 ? 'verified' : 'contested';
      steps.push({
        meta: teaching,
        command: {
          type: 'report-violation',
          at,
          violation,
          reporter,
          perpetrator,
          location: pick(PLACES),
          severity: 1 + Math.floor(draw() * 3),
          attribution,
        },
      });
      if (attribution === 'contested' && draw() < 0.5)
        steps.push({
          meta: teaching,
          command: { type: 'dispute-violation', at, violation, by: perpetrator },
        });
    }
    // Sometimes a convoy gets through.
    if (draw() < 0.3)
      steps.push({
        meta: teaching,
        command: {
          type: 'deliver-convoy',
          at,
          location: pick(['madaya', 'moadamiyeh', 'foua']),
          by: 'un',
          trucks: 20,
        },
      });
  });
  // At the end of the week: the monitors' count of deaths per day, lower or higher than before the truce.
  steps.push({
    meta: teaching,
    command: {
      type: 'observe',
      at: '2016-03-05',
      indicator: 'deaths-per-day',
      value: 10 + Math.floor(draw() * 50),
    },
  });
  return defineScenario({
    id: `classroom-week-one-seed-${seed}`,
    title: `Classroom exercise: the first week of the truce (seed ${seed})`,
    description: 'The record to 27 Feb 2016, then a week drawn from the seed: violations, disputes, convoys.',
    start: { scenario: issgRecord, at: '2016-02-27' },
    steps,
  });
}
