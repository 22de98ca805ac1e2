import { defineMechanism } from './mechanism.js';

/** Contested attribution: the culprit of a violation is reported with noise, and blame can be disputed. */
export const attribution = defineMechanism({
  id: 'attribution',
  title: 'Contested attribution',
  sources: [
    'SOHR and SNHR counts differ (S59, S60); the 19 Sep 2016 convoy attack blamed and denied (S49–S51)',
    'ISSG CTF: violations reported by the parties and the co-chairs, often disputed (S55)',
  ],
  description:
    'A reported violation names the true culprit with probability 1 − `noise`; otherwise it names the party on ' +
    'the other side of the place. A blamed party disputes the report with probability `disputeIfInnocent` when ' +
    'it knows it was not the culprit, and `disputeIfGuilty` when it was. Disputed violations do not count towards ' +
    'referral, and the wrongly blamed party’s grudge rises by `grievance`.',
  defaults: { enabled: true, noise: 0.25, disputeIfInnocent: 0.9, disputeIfGuilty: 0.4, grievance: 1 },
  parameters: {
    enabled: 'switch noise and disputes off (every report names the true culprit, nobody disputes)',
    noise: 'probability that a report names the wrong party',
    disputeIfInnocent: 'probability that a wrongly blamed party disputes',
    disputeIfGuilty: 'probability that a rightly blamed party disputes anyway',
    grievance: 'grudge added to a wrongly blamed party',
  },
});
