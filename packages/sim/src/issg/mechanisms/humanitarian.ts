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
    'people are reached strike less (`complianceWeight`) and broken places calm faster (`recoveryWeight`). ' +
    'Modelling assumption (no source gives the numbers): once a statement has authorised air drops and their ' +
    'trigger date has passed (Vienna, 17 May 2016: air drops if access is still denied on 1 June, S39), the ' +
    'agencies fly a sortie to a location still unreached with daily probability `airDropRate` while fewer than ' +
    '`airDropBelow` of the besieged locations are reached; a sortie delivers with probability ' +
    '`airDropSuccess` (high-altitude drops often missed), and a delivered drop counts as reaching the location.',
  defaults: {
    enabled: true,
    attemptRate: 0.2,
    complianceWeight: 0.35,
    recoveryWeight: 0.5,
    airDropRate: 0.3,
    airDropSuccess: 0.7,
    airDropBelow: 1,
  },
  parameters: {
    enabled: 'switch the feedback off (access still happens, but no longer changes behaviour)',
    attemptRate: 'convoy attempts per day',
    complianceWeight: 'share by which strike rates fall when every besieged location is reached',
    recoveryWeight: 'extra recovery of broken places when every besieged location is reached (as a multiple)',
    airDropRate:
      'daily probability of an air-drop sortie once authorised air drops are triggered (modelling assumption)',
    airDropSuccess: 'probability that a sortie delivers (modelling assumption)',
    airDropBelow: 'air drops fly while the share of besieged locations reached is below this',
  },
});
