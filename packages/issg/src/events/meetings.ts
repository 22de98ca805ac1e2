import { s } from '@parley/core';
import { amount, id, ids, text } from './fields.js';

/** Meeting formats: only `issg` meetings are meetings of the group (Lausanne, 15 Oct 2016, was `ad-hoc`). */
export const MEETING_FORMATS = ['issg', 'preparatory', 'ad-hoc', 'bilateral', 'unsc'] as const;

/** Event types of meetings, membership, statements, commitments and agreements. */
export const meetingEvents = {
  'members-admitted': {
    schema: s.object({ members: ids() }),
    description: 'states or organisations became ISSG members',
  },
  'co-chairs-designated': {
    schema: s.object({ coChairs: ids() }),
    description: 'the co-chairs of the group were designated',
  },
  'meeting-convened': {
    schema: s.object({
      meeting: id(),
      place: text(),
      format: s.enum(MEETING_FORMATS),
      attendees: ids(),
      invited: s.optional(ids()),
      attendance: s.optional(s.enum(['complete', 'sample'] as const)),
    }),
    description: 'a meeting was convened',
  },
  'meeting-concluded': {
    schema: s.object({ meeting: id(), hours: s.optional(amount()), outcome: s.optional(text()) }),
    description: 'a meeting ended',
  },
  'task-force-met': {
    schema: s.object({ taskForce: s.enum(['ctf', 'htf'] as const), place: text() }),
    description: 'the Ceasefire (ctf) or Humanitarian (htf) Task Force met',
  },
  'statement-proposed': {
    schema: s.object({ statement: id(), title: text(), by: ids(), meeting: s.nullable(id()) }),
    description: 'a statement was put forward',
  },
  'statement-adopted': {
    schema: s.object({ statement: id(), title: text(), supporters: ids(), decisionRule: text() }),
    description: 'a statement was adopted under the decision rule',
  },
  'commitment-made': {
    schema: s.object({ commitment: id(), by: ids(), description: text(), deadline: s.worldTime() }),
    description: 'a commitment with a deadline was made',
  },
  'commitment-met': { schema: s.object({ commitment: id() }), description: 'a commitment was met' },
  'commitment-lapsed': {
    schema: s.object({ commitment: id(), deadline: s.worldTime() }),
    description: 'a deadline passed unmet',
  },
  'agreement-reached': {
    schema: s.object({
      agreement: id(),
      title: text(),
      signatories: ids(),
      published: s.boolean(),
      documents: s.optional(s.number({ int: true, min: 0 })),
    }),
    description: 'an agreement was reached',
  },
  'channel-suspended': {
    schema: s.object({ by: id(), with: id(), channel: text() }),
    description: 'a bilateral channel was suspended',
  },
  'resolution-adopted': {
    schema: s.object({ resolution: id(), vote: text() }),
    description: 'the UN Security Council adopted a resolution',
  },
  'draft-resolution-failed': {
    schema: s.object({ draft: text(), by: ids(), vote: text(), vetoedBy: ids() }),
    description: 'a draft resolution of the UN Security Council failed (vetoed or short of nine votes)',
  },
  'resolution-cited': {
    schema: s.object({ resolution: id(), by: id(), asWritten: s.optional(id()) }),
    description: 'a resolution was cited as a basis of the process',
  },
} as const;
