import { s } from '@parley/core';
import { count, id, ids, text } from './fields.js';

/** Event types of the cessation of hostilities, violations and compliance. */
export const hostilityEvents = {
  'terms-agreed': {
    schema: s.object({
      arrangement: s.enum(['cessation'] as const),
      signOnDeadline: s.worldTime(),
      effectiveAt: s.worldTime(),
      excluded: ids(),
    }),
    description: 'terms of a cessation of hostilities were agreed',
  },
  'party-signed-on': {
    schema: s.object({ party: id(), late: s.boolean(), conditions: s.optional(text()) }),
    description: 'a party signed on to the arrangement',
  },
  'cessation-took-effect': {
    schema: s.object({ parties: ids() }),
    description: 'the cessation of hostilities came into force',
  },
  'local-extension-declared': {
    schema: s.object({ area: id(), hours: s.optional(count()) }),
    description: 'the arrangement was extended to, or reaffirmed in, an area',
  },
  'cessation-renewed': {
    schema: s.object({ days: s.optional(count()), declaredBy: s.optional(id()) }),
    description: 'the cessation was renewed (a new period of calm)',
  },
  'goal-set': {
    schema: s.object({ goal: s.enum(['comprehensive-ceasefire'] as const) }),
    description: 'a goal was set (not yet reached)',
  },
  'ceasefire-reached': {
    schema: s.object({}),
    description: 'a comprehensive ceasefire was actually reached',
  },
  'arrangement-collapsed': {
    schema: s.object({ declaredBy: s.nullable(id()), reason: text() }),
    description: 'the arrangement in force collapsed',
  },
  'non-compliance-rule-adopted': {
    schema: s.object({ referralTo: text() }),
    description: 'persistent non-compliance can be referred and lead to exclusion',
  },
  'violation-reported': {
    schema: s.object({
      violation: id(),
      reporter: id(),
      perpetrator: id(),
      target: s.nullable(id()),
      location: id(),
      severity: s.number({ int: true, min: 1, max: 5 }),
      attribution: s.enum(['verified', 'contested', 'alleged'] as const),
      killed: s.optional(count()),
      countsTowardArrangement: s.boolean(),
    }),
    description: 'a violation of the arrangement was reported',
  },
  'violation-disputed': {
    schema: s.object({ violation: id(), by: id() }),
    description: 'the blame for a violation was disputed',
  },
  'non-compliance-referred': {
    schema: s.object({ party: id(), by: id() }),
    description: 'persistent non-compliance of a party was referred to the ministers',
  },
  'party-excluded': {
    schema: s.object({ party: id() }),
    description: 'a party was excluded for non-compliance',
  },
  'party-reinstated': { schema: s.object({ party: id() }), description: 'an excluded party was reinstated' },
  'designation-requested': {
    schema: s.object({ group: id(), by: id() }),
    description: 'a member asked the UN sanctions committee to designate a group',
  },
  'designation-decided': {
    schema: s.object({ group: id(), outcome: s.enum(['listed', 'blocked'] as const), by: ids() }),
    description: 'a designation request was decided',
  },
  'offensive-announced': {
    schema: s.object({ by: id(), area: id() }),
    description: 'a party announced a military offensive',
  },
} as const;
