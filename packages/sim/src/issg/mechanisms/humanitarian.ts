import { defineMechanism } from './mechanism.js';

/** Humanitarian access feeding compliance (Munich statement, HTF; S17, S55). */
export const humanitarian = defineMechanism({
  id: 'humanitarian',
  title: 'Humanitarian access feeding compliance',
  sources: [
    'ISSG Munich statement, 11 Feb 2016 (S17): access and the cessation as one package',
    'Humanitarian Task Force (S55); 12 of 18 besieged locations reached by 17 May (S40)',
  ],
  description:
    'Humanitarian actors try to reach the besieged locations; a convoy gets through with a probability that ' +
    'rises with the share of places holding. The share of besieged locations reached feeds back: parties whose ' +
    'people are reached strike less (`complianceWeight`) and broken places calm faster (`recoveryWeight`).',
  defaults: { enabled: true, attemptRate: 0.2, complianceWeight: 0.35, recoveryWeight: 0.5 },
  parameters: {
    enabled: 'switch the feedback off (access still happens, but no longer changes behaviour)',
    attemptRate: 'convoy attempts per day',
    complianceWeight: 'share by which strike rates fall when every besieged location is reached',
    recoveryWeight: 'extra recovery of broken places when every besieged location is reached (as a multiple)',
  },
});
