import { defineMechanism } from './mechanism.js';

/** Exclusion as a deterrent (ISSG Vienna statement, 17 May 2016; S39). */
export const exclusion = defineMechanism({
  id: 'exclusion',
  title: 'Exclusion as a deterrent',
  sources: [
    'ISSG Vienna statement, 17 May 2016 (S39): persistent non-compliance referred, possible exclusion',
  ],
  description:
    'Once the non-compliance rule is adopted (the co-chairs adopt it when violence passes `ruleAbove`), a party ' +
    'whose level of verified, undisputed violations reaches `referAfter` is referred; a referred party is excluded with a daily ' +
    'probability. An exclusion deters the others (their strike rate falls by `deterrence`, decaying by `decay` a ' +
    'day), but the excluded party is no longer bound and fights like a spoiler on its own front. Modelling ' +
    'assumption: a rule the ministers adopted in a statement before the run starts (Vienna, 17 May 2016, S39) ' +
    'is a standing threat agreed in advance, not a reaction to violence: while it stands, every bound party ' +
    'strikes less by `standingRule` (the rule the co-chairs adopt under pressure during a run has no such ' +
    'effect beyond its referrals).',
  defaults: {
    enabled: true,
    ruleAbove: 0.4,
    referAfter: 15,
    memory: 0.97,
    excludeProbability: 0.004,
    deterrence: 0.4,
    decay: 0.97,
    unboundFight: 1.5,
    standingRule: 0.15,
  },
  parameters: {
    enabled: 'switch the rule, referrals and exclusions off',
    ruleAbove: 'violence level at which the co-chairs adopt the non-compliance rule',
    referAfter:
      'level of verified, undisputed violations (decayed by `memory` a day) at which a party is referred',
    memory: 'share of the verified-violations level kept from one day to the next',
    excludeProbability: 'daily probability that a referred party is excluded',
    deterrence: 'share by which the other parties’ strike rates fall right after an exclusion',
    decay: 'share of the deterrent effect kept from one day to the next',
    unboundFight: 'strike rate of an excluded party, as a multiple of its base rate (it is no longer bound)',
    standingRule:
      'share by which bound parties strike less under a non-compliance rule in force when the run starts (modelling assumption)',
  },
});
