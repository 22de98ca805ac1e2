import { InvariantError } from '@parley/core';
import { spec } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import {
  type Agenda,
  NEGOTIATION_RULE_DESCRIPTIONS,
  type NegotiationEvent,
  NEGOTIATION_RULES as R,
  singleTextProtocol,
} from '../src/index.js';
import { draft, toy } from './fixtures.js';

const the = spec(singleTextProtocol(toy));
const opened: NegotiationEvent = {
  type: 'negotiation-opened',
  data: {
    agenda: 'toy',
    protocol: 'single-text',
    parties: ['us', 'ru', 'ir'],
    chairs: ['us', 'ru'],
    decisionRule: 'consensus',
    deadline: 3,
    by: 'timekeeper',
  },
};
const tabled: NegotiationEvent = { type: 'draft-tabled', data: { by: 'us', draft, version: 1, round: 1 } };
const onTable = [opened, tabled];
const irObjects: NegotiationEvent = {
  type: 'objection-raised',
  data: { by: 'ir', issue: 'talks', version: 1 },
};
const amendment: NegotiationEvent = {
  type: 'amendment-proposed',
  data: { amendment: 'a1', by: 'ir', issue: 'talks', option: 'none', round: 1 },
};

describe('the single negotiating text', () => {
  it('the timekeeper or a chair opens the negotiation, once', () => {
    the.when({ type: 'open-negotiation', by: 'timekeeper' }).then([opened]);
    the.when({ type: 'open-negotiation', by: 'ir' }).thenThrows(InvariantError, R.chairOnly);
    the
      .given([opened])
      .when({ type: 'open-negotiation', by: 'us' })
      .thenThrows(InvariantError, R.alreadyOpen);
  });
  it(`${R.notOpen}: nothing before the negotiation opens`, () => {
    the.when({ type: 'table-draft', by: 'us', text: draft }).thenThrows(InvariantError, R.notOpen);
  });
  it(`${R.chairOnly}: only a chair tables the draft`, () => {
    the.given([opened]).when({ type: 'table-draft', by: 'us', text: draft }).then([tabled]);
    the
      .given([opened])
      .when({ type: 'table-draft', by: 'ir', text: draft })
      .thenThrows(InvariantError, R.chairOnly);
  });
  it('with no chairs, any delegation chairs', () => {
    const open: Agenda = { ...toy, chairs: [] };
    spec(singleTextProtocol(open))
      .given([{ ...opened, data: { ...opened.data, chairs: [] } } as NegotiationEvent])
      .when({ type: 'table-draft', by: 'ir', text: draft })
      .then([{ type: 'draft-tabled', data: { by: 'ir', draft, version: 1, round: 1 } }]);
  });
  it(`${R.unknownParty}: only delegations and chairs of the agenda act`, () => {
    the.given(onTable).when({ type: 'raise-objection', by: 'fr' }).thenThrows(InvariantError, R.unknownParty);
  });
  it(`${R.invalidText}: a draft picks a known option on every issue and names no other`, () => {
    the
      .given([opened])
      .when({ type: 'table-draft', by: 'us', text: { talks: 'june', aid: 'convoys' } })
      .thenThrows(InvariantError, R.invalidText);
    the
      .given([opened])
      .when({ type: 'table-draft', by: 'us', text: { ...draft, talks: 'august' } })
      .thenThrows(InvariantError, R.invalidText);
    the
      .given([opened])
      .when({ type: 'table-draft', by: 'us', text: { ...draft, extra: 'x' } })
      .thenThrows(InvariantError, R.invalidText);
  });
  it('a draft is recorded with its keys in agenda order, and versions count up', () => {
    the
      .given(onTable)
      .when({ type: 'table-draft', by: 'ru', text: { list: 'add', aid: 'convoys', talks: 'july' } })
      .then([
        {
          type: 'draft-tabled',
          data: { by: 'ru', draft: { talks: 'july', aid: 'convoys', list: 'add' }, version: 2, round: 1 },
        },
      ]);
  });
  it('amendments get ids; a chair accepts one into the draft', () => {
    the
      .given(onTable)
      .when({ type: 'propose-amendment', by: 'ir', issue: 'talks', option: 'none' })
      .then([amendment]);
    the
      .given([...onTable, amendment])
      .when({ type: 'accept-amendment', by: 'ru', amendment: 'a1' })
      .then([
        {
          type: 'amendment-accepted',
          data: { amendment: 'a1', by: 'ru', draft: { ...draft, talks: 'none' }, version: 2 },
        },
      ]);
    the
      .given([...onTable, amendment])
      .when({ type: 'accept-amendment', by: 'ru', amendment: 'a1' })
      .thenState(
        (s) => s.draft?.talks === 'none' && s.amendments[0]?.status === 'accepted' && s.history.length === 2,
      );
  });
  it(`${R.chairOnly}: only a chair accepts or rejects amendments`, () => {
    the
      .given([...onTable, amendment])
      .when({ type: 'accept-amendment', by: 'ir', amendment: 'a1' })
      .thenThrows(InvariantError, R.chairOnly);
    the
      .given([...onTable, amendment])
      .when({ type: 'reject-amendment', by: 'us', amendment: 'a1' })
      .then([{ type: 'amendment-rejected', data: { amendment: 'a1', by: 'us' } }]);
  });
  it(`${R.unknownAmendment}: only a pending amendment is ruled on`, () => {
    the
      .given([...onTable, amendment, { type: 'amendment-rejected', data: { amendment: 'a1', by: 'us' } }])
      .when({ type: 'accept-amendment', by: 'us', amendment: 'a1' })
      .thenThrows(InvariantError, R.unknownAmendment);
    the
      .given(onTable)
      .when({ type: 'reject-amendment', by: 'us', amendment: 'a9' })
      .thenThrows(InvariantError, R.unknownAmendment);
  });
  it(`${R.amendmentNoChange}: an amendment changes the draft`, () => {
    the
      .given(onTable)
      .when({ type: 'propose-amendment', by: 'ir', issue: 'talks', option: 'june' })
      .thenThrows(InvariantError, R.amendmentNoChange);
  });
  it(`${R.noDraft}: amendments, objections and adoption need a draft`, () => {
    the.given([opened]).when({ type: 'raise-objection', by: 'ir' }).thenThrows(InvariantError, R.noDraft);
    the
      .given([opened])
      .when({ type: 'propose-amendment', by: 'ir', issue: 'talks', option: 'none' })
      .thenThrows(InvariantError, R.noDraft);
    the.given([opened]).when({ type: 'adopt-text', by: 'us' }).thenThrows(InvariantError, R.noDraft);
  });
  it(`${R.alreadyObjecting} and ${R.noObjection}: one standing objection at a time, withdrawn once`, () => {
    the.given(onTable).when({ type: 'raise-objection', by: 'ir', issue: 'talks' }).then([irObjects]);
    the
      .given([...onTable, irObjects])
      .when({ type: 'raise-objection', by: 'ir' })
      .thenThrows(InvariantError, R.alreadyObjecting);
    the
      .given([...onTable, irObjects])
      .when({ type: 'withdraw-objection', by: 'ir' })
      .then([{ type: 'objection-withdrawn', data: { by: 'ir' } }]);
    the
      .given(onTable)
      .when({ type: 'withdraw-objection', by: 'ir' })
      .thenThrows(InvariantError, R.noObjection);
  });
  it(`${R.decisionRuleNotMet}: under consensus any standing objection blocks adoption`, () => {
    the
      .given([...onTable, irObjects])
      .when({ type: 'adopt-text', by: 'us' })
      .thenThrows(
        InvariantError,
        (e: InvariantError) => e.rule === R.decisionRuleNotMet && e.message.includes('ir'),
      );
    the
      .given([...onTable, irObjects, { type: 'objection-withdrawn', data: { by: 'ir' } }])
      .when({ type: 'adopt-text', by: 'ru' })
      .then([
        {
          type: 'text-adopted',
          data: { text: draft, round: 1, supporters: ['us', 'ru', 'ir'], decisionRule: 'consensus' },
        },
      ]);
  });
  it('an objection survives a revised draft: the objector must withdraw it', () => {
    the
      .given([...onTable, irObjects, { ...tabled, data: { ...tabled.data, version: 2 } }])
      .when({ type: 'adopt-text', by: 'us' })
      .thenThrows(InvariantError, R.decisionRuleNotMet);
  });
  it('under the co-chairs rule only the co-chairs must support', () => {
    const coChairs = spec(singleTextProtocol({ ...toy, decisionRule: 'co-chairs' }));
    coChairs
      .given([...onTable, irObjects])
      .when({ type: 'adopt-text', by: 'us' })
      .then([
        {
          type: 'text-adopted',
          data: { text: draft, round: 1, supporters: ['us', 'ru'], decisionRule: 'co-chairs' },
        },
      ]);
    coChairs
      .given([...onTable, { type: 'objection-raised', data: { by: 'ru', version: 1 } }])
      .when({ type: 'adopt-text', by: 'us' })
      .thenThrows(InvariantError, R.decisionRuleNotMet);
  });
  it('under a qualified majority objectors do not block when enough support', () => {
    const qm = spec(singleTextProtocol({ ...toy, decisionRule: { qualifiedMajority: 0.66 } }));
    qm.given([...onTable, irObjects])
      .when({ type: 'adopt-text', by: 'us' })
      .then([
        {
          type: 'text-adopted',
          data: { text: draft, round: 1, supporters: ['us', 'ru'], decisionRule: 'qualified-majority:0.66' },
        },
      ]);
    qm.given([...onTable, irObjects, { type: 'objection-raised', data: { by: 'ru', version: 1 } }])
      .when({ type: 'adopt-text', by: 'us' })
      .thenThrows(InvariantError, R.decisionRuleNotMet);
  });
  it(`${R.chairOnly}: only a chair calls for adoption`, () => {
    the.given(onTable).when({ type: 'adopt-text', by: 'ir' }).thenThrows(InvariantError, R.chairOnly);
  });
  it('the last round ends in failure (the deadline)', () => {
    const end = (round: number): NegotiationEvent => ({
      type: 'round-ended',
      data: { round, by: 'timekeeper' },
    });
    the
      .given(onTable)
      .when({ type: 'end-round', by: 'timekeeper' })
      .then([end(1)]);
    the
      .given([...onTable, end(1), end(2)])
      .when({ type: 'end-round', by: 'us' })
      .then([
        { type: 'round-ended', data: { round: 3, by: 'us' } },
        { type: 'negotiation-failed', data: { round: 3, reason: 'deadline' } },
      ]);
    the.given(onTable).when({ type: 'end-round', by: 'ir' }).thenThrows(InvariantError, R.chairOnly);
  });
  it(`${R.ended}: an adopted or failed negotiation accepts no more commands`, () => {
    const failed: NegotiationEvent = { type: 'negotiation-failed', data: { round: 1, reason: 'deadline' } };
    expect(singleTextProtocol(toy).isTerminal?.(singleTextProtocol(toy).initial())).toBe(false);
    expect(() =>
      singleTextProtocol(toy).decide(
        { type: 'adopt-text', by: 'us' },
        { ...singleTextProtocol(toy).initial(), status: 'failed' },
      ),
    ).toThrow(/negotiation\/ended/);
    the
      .given([...onTable, failed])
      .when({ type: 'adopt-text', by: 'us' })
      .thenThrows(Error);
  });
  it(`${R.walkedOut}: a delegation that walked out can no longer act, and its objection lapses`, () => {
    const out: NegotiationEvent = { type: 'delegation-walked-out', data: { by: 'ir', round: 1 } };
    the.given(onTable).when({ type: 'walk-out', by: 'ir' }).then([out]);
    the
      .given([...onTable, out])
      .when({ type: 'raise-objection', by: 'ir' })
      .thenThrows(InvariantError, R.walkedOut);
    the
      .given([...onTable, irObjects, out])
      .when({ type: 'adopt-text', by: 'us' })
      .then([
        {
          type: 'text-adopted',
          data: { text: draft, round: 1, supporters: ['us', 'ru'], decisionRule: 'consensus' },
        },
      ]);
  });
  it('a walk-out that leaves no way to meet the decision rule fails the negotiation', () => {
    spec(singleTextProtocol({ ...toy, decisionRule: 'co-chairs' }))
      .given(onTable)
      .when({ type: 'walk-out', by: 'ru' })
      .then([
        { type: 'delegation-walked-out', data: { by: 'ru', round: 1 } },
        { type: 'negotiation-failed', data: { round: 1, reason: 'walk-out' } },
      ]);
  });
  it(`messages are recorded; ${R.unknownAddressee}`, () => {
    the
      .given(onTable)
      .when({ type: 'send-message', by: 'us', to: 'ru', text: 'a word' })
      .then([{ type: 'message-sent', data: { by: 'us', to: 'ru', text: 'a word' } }]);
    the
      .given(onTable)
      .when({ type: 'send-message', by: 'us', to: 'fr', text: 'hi' })
      .thenThrows(InvariantError, R.unknownAddressee);
  });
  it(`${R.wrongProtocol}: offers belong to alternating offers`, () => {
    the
      .given(onTable)
      .when({ type: 'make-offer', by: 'us', text: draft })
      .thenThrows(InvariantError, R.wrongProtocol);
  });
  it('every rule has a description, and every message says what to do', () => {
    for (const rule of Object.values(R)) expect(NEGOTIATION_RULE_DESCRIPTIONS[rule]).toBeTruthy();
  });
});
