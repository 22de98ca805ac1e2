import { InvariantError } from '@parley/core';
import { spec } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import {
  createIssgDecider,
  type IssgCommand,
  type IssgEvent,
  issgDecider,
  RULE_DESCRIPTIONS,
  RULES,
} from '../src/index.js';

const the = spec(issgDecider);
const AT = '2016-03-01';

const founded: IssgEvent[] = [
  { type: 'members-admitted', data: { members: ['us', 'ru', 'fr', 'ir', 'sa'] } },
  { type: 'co-chairs-designated', data: { coChairs: ['us', 'ru'] } },
];
const terms: IssgEvent = {
  type: 'terms-agreed',
  data: {
    arrangement: 'cessation',
    signOnDeadline: '2016-02-26T12:00+02:00',
    effectiveAt: '2016-02-27T00:00+02:00',
    excluded: ['isil', 'nusra'],
  },
};
const signed = (party: string): IssgEvent => ({ type: 'party-signed-on', data: { party, late: false } });
const inForce: IssgEvent[] = [
  ...founded,
  terms,
  signed('syria-gov'),
  signed('hnc'),
  { type: 'cessation-took-effect', data: { parties: ['syria-gov', 'hnc'] } },
];
const ruleAdopted: IssgEvent = { type: 'non-compliance-rule-adopted', data: { referralTo: 'ministers' } };
const meetingOpen: IssgEvent = {
  type: 'meeting-convened',
  data: { meeting: 'vienna', place: 'Vienna', format: 'issg', attendees: ['us', 'ru', 'ir'] },
};
const proposed: IssgEvent = {
  type: 'statement-proposed',
  data: { statement: 's1', title: 'a statement', by: ['us', 'ru'], meeting: 'vienna' },
};

describe('the cessation of hostilities', () => {
  it('a party signs on to agreed terms; late when after the sign-on deadline', () => {
    the
      .given([...founded, terms])
      .when({ type: 'sign-on', at: '2016-02-23', party: 'syria-gov' })
      .then([{ type: 'party-signed-on', data: { party: 'syria-gov', late: false } }]);
    the
      .given([...founded, terms])
      .when({ type: 'sign-on', at: '2016-02-27', party: 'pyd' })
      .then([{ type: 'party-signed-on', data: { party: 'pyd', late: true } }]);
  });
  it(`${RULES.designatedNeverParty}: ISIL and Nusra can never sign on, attend, or take part in talks`, () => {
    the
      .given([...founded, terms])
      .when({ type: 'sign-on', at: AT, party: 'isil' })
      .thenThrows(InvariantError, RULES.designatedNeverParty);
    the
      .given([...founded, terms])
      .when({ type: 'sign-on', at: AT, party: 'nusra' })
      .thenThrows(InvariantError, RULES.designatedNeverParty);
    the
      .when({ type: 'open-talks', at: AT, parties: ['hnc', 'nusra'], place: 'Geneva' })
      .thenThrows(InvariantError, RULES.designatedNeverParty);
    the
      .given(founded)
      .when({
        type: 'reach-agreement',
        at: AT,
        agreement: 'a',
        title: 't',
        signatories: ['isil'],
        published: true,
      })
      .thenThrows(InvariantError, RULES.designatedNeverParty);
    the
      .given(founded)
      .when({
        type: 'convene-meeting',
        at: AT,
        meeting: 'm',
        place: 'x',
        format: 'ad-hoc',
        attendees: ['us', 'nusra'],
      })
      .thenThrows(InvariantError, RULES.designatedNeverParty);
  });
  it('a group listed later is designated from then on', () => {
    the
      .given([
        ...founded,
        terms,
        { type: 'designation-requested', data: { group: 'ahrar-al-sham', by: 'ru' } },
        { type: 'designation-decided', data: { group: 'ahrar-al-sham', outcome: 'listed', by: ['ru'] } },
      ])
      .when({ type: 'sign-on', at: AT, party: 'ahrar-al-sham' })
      .thenThrows(InvariantError, RULES.designatedNeverParty);
  });
  it(`${RULES.noDesignationRequest}`, () => {
    the
      .when({ type: 'decide-designation', at: AT, group: 'hnc', outcome: 'listed', by: ['ru'] })
      .thenThrows(InvariantError, RULES.noDesignationRequest);
  });
  it(`${RULES.excludedCannotSign}: an excluded party signs nothing`, () => {
    const excluded: IssgEvent[] = [
      ...inForce,
      ruleAdopted,
      { type: 'non-compliance-referred', data: { party: 'hnc', by: 'ru' } },
      { type: 'party-excluded', data: { party: 'hnc' } },
    ];
    the
      .given(excluded)
      .when({ type: 'sign-on', at: AT, party: 'hnc' })
      .thenThrows(InvariantError, RULES.excludedCannotSign);
    the
      .given(excluded)
      .when({
        type: 'reach-agreement',
        at: AT,
        agreement: 'a',
        title: 't',
        signatories: ['hnc', 'syria-gov'],
        published: true,
      })
      .thenThrows(InvariantError, RULES.excludedCannotSign);
    the
      .given(excluded)
      .when({ type: 'open-talks', at: AT, parties: ['hnc'], place: 'Geneva' })
      .thenThrows(InvariantError, RULES.excludedCannotSign);
  });
  it(`${RULES.alreadyParty}`, () => {
    the
      .given(inForce)
      .when({ type: 'sign-on', at: AT, party: 'hnc' })
      .thenThrows(InvariantError, RULES.alreadyParty);
  });
  it(`${RULES.membersAreGuarantors}`, () => {
    the
      .given([...founded, terms])
      .when({ type: 'sign-on', at: AT, party: 'us' })
      .thenThrows(InvariantError, RULES.membersAreGuarantors);
  });
  it(`${RULES.noTerms}`, () => {
    the.when({ type: 'sign-on', at: AT, party: 'hnc' }).thenThrows(InvariantError, RULES.noTerms);
    the.when({ type: 'bring-into-force', at: AT }).thenThrows(InvariantError, RULES.noTerms);
  });
  it(`${RULES.notYetEffective}: not before 00:00 Damascus, 27 Feb`, () => {
    the
      .given([...founded, terms, signed('hnc')])
      .when({ type: 'bring-into-force', at: '2016-02-26T23:59+02:00' })
      .thenThrows(InvariantError, RULES.notYetEffective);
    the
      .given([...founded, terms, signed('hnc')])
      .when({ type: 'bring-into-force', at: '2016-02-27T00:00+02:00' })
      .then([{ type: 'cessation-took-effect', data: { parties: ['hnc'] } }]);
  });
  it(`${RULES.noParties}`, () => {
    the
      .given([...founded, terms])
      .when({ type: 'bring-into-force', at: AT })
      .thenThrows(InvariantError, RULES.noParties);
  });
  it(`${RULES.hostilitiesTransition}: a goal is not a ceasefire; ceasefire only from a cessation`, () => {
    the.when({ type: 'reach-ceasefire', at: AT }).thenThrows(InvariantError, RULES.hostilitiesTransition);
    the
      .when({ type: 'declare-collapse', at: AT, declaredBy: null, reason: 'x' })
      .thenThrows(InvariantError, RULES.hostilitiesTransition);
    the.when({ type: 'renew-cessation', at: AT }).thenThrows(InvariantError, RULES.hostilitiesTransition);
    the
      .given(inForce)
      .when({ type: 'set-goal', at: AT, goal: 'comprehensive-ceasefire' })
      .thenState(
        (s) => s.hostilities.status === 'cessation' && s.hostilities.goal === 'comprehensive-ceasefire',
      );
    the
      .given(inForce)
      .when({ type: 'reach-ceasefire', at: AT })
      .thenState((s) => s.hostilities.status === 'ceasefire');
    const collapsed: IssgEvent[] = [
      ...inForce,
      { type: 'arrangement-collapsed', data: { declaredBy: 'syria-gov', reason: 'x' } },
    ];
    the
      .given(collapsed)
      .when({ type: 'reach-ceasefire', at: AT })
      .thenThrows(InvariantError, RULES.hostilitiesTransition);
    the
      .given(collapsed)
      .when({ type: 'renew-cessation', at: AT, days: 7 })
      .thenState((s) => s.hostilities.status === 'cessation' && s.hostilities.since === AT);
    the
      .given(collapsed)
      .when({ type: 'bring-into-force', at: AT })
      .thenState((s) => s.hostilities.status === 'cessation');
  });
  it('a local extension needs an arrangement in force (Aleppo, 4 May)', () => {
    the
      .given(inForce)
      .when({ type: 'extend-locally', at: '2016-05-04', area: 'aleppo' })
      .then([{ type: 'local-extension-declared', data: { area: 'aleppo' } }]);
    the
      .when({ type: 'extend-locally', at: AT, area: 'aleppo' })
      .thenThrows(InvariantError, RULES.noArrangementInForce);
  });
});

describe('violations and non-compliance', () => {
  const report = {
    type: 'report-violation',
    at: AT,
    violation: 'v1',
    reporter: 'hnc',
    perpetrator: 'syria-gov',
    location: 'aleppo',
    severity: 4,
    attribution: 'contested',
  } as const;
  it('a violation by a party counts toward the arrangement', () => {
    the
      .given(inForce)
      .when(report)
      .then([
        {
          type: 'violation-reported',
          data: {
            violation: 'v1',
            reporter: 'hnc',
            perpetrator: 'syria-gov',
            target: null,
            location: 'aleppo',
            severity: 4,
            attribution: 'contested',
            countsTowardArrangement: true,
          },
        },
      ]);
  });
  it(`${RULES.noArrangementInForce}`, () => {
    the.given(founded).when(report).thenThrows(InvariantError, RULES.noArrangementInForce);
  });
  it(`${RULES.designatedStrikeNotViolation}: strikes on ISIL are not violations`, () => {
    the
      .given(inForce)
      .when({ ...report, perpetrator: 'syria-gov', target: 'isil' })
      .thenThrows(InvariantError, RULES.designatedStrikeNotViolation);
  });
  it(`${RULES.designatedNotBound}`, () => {
    the
      .given(inForce)
      .when({ ...report, perpetrator: 'nusra' })
      .thenThrows(InvariantError, RULES.designatedNotBound);
  });
  it(`${RULES.severityRange}`, () => {
    the
      .given(inForce)
      .when({ ...report, severity: 6 })
      .thenThrows(InvariantError, RULES.severityRange);
  });
  it(`${RULES.unknownViolation}; blame can be disputed`, () => {
    the
      .given(inForce)
      .when({ type: 'dispute-violation', at: AT, violation: 'v9', by: 'ru' })
      .thenThrows(InvariantError, RULES.unknownViolation);
    const reported: IssgEvent = {
      type: 'violation-reported',
      data: {
        violation: 'v1',
        reporter: 'hnc',
        perpetrator: 'syria-gov',
        target: null,
        location: 'aleppo',
        severity: 4,
        attribution: 'contested',
        countsTowardArrangement: true,
      },
    };
    the
      .given([...inForce, reported])
      .when({ type: 'dispute-violation', at: AT, violation: 'v1', by: 'syria-gov' })
      .thenState((s) => s.violations.disputed === 1 && s.violations.recent[0]?.disputed === true);
  });
  it(`${RULES.noNonComplianceRule}: referral only after 17 May`, () => {
    the
      .given(inForce)
      .when({ type: 'refer-non-compliance', at: AT, party: 'hnc', by: 'ru' })
      .thenThrows(InvariantError, RULES.noNonComplianceRule);
  });
  it(`${RULES.notAParty}`, () => {
    the
      .given([...inForce, ruleAdopted])
      .when({ type: 'refer-non-compliance', at: AT, party: 'pyd', by: 'ru' })
      .thenThrows(InvariantError, RULES.notAParty);
  });
  it(`${RULES.exclusionNeedsReferral}, then exclusion and reinstatement`, () => {
    the
      .given([...inForce, ruleAdopted])
      .when({ type: 'exclude-party', at: AT, party: 'hnc' })
      .thenThrows(InvariantError, RULES.exclusionNeedsReferral);
    const referred: IssgEvent[] = [
      ...inForce,
      ruleAdopted,
      { type: 'non-compliance-referred', data: { party: 'hnc', by: 'ru' } },
    ];
    the
      .given(referred)
      .when({ type: 'exclude-party', at: AT, party: 'hnc' })
      .thenState(
        (s) => s.hostilities.excludedParties.includes('hnc') && !s.hostilities.parties.includes('hnc'),
      );
    const excluded: IssgEvent[] = [...referred, { type: 'party-excluded', data: { party: 'hnc' } }];
    the
      .given(excluded)
      .when({ type: 'exclude-party', at: AT, party: 'hnc' })
      .thenThrows(InvariantError, RULES.alreadyExcluded);
    the
      .given(excluded)
      .when({ type: 'reinstate-party', at: AT, party: 'hnc' })
      .thenState((s) => s.hostilities.parties.includes('hnc') && s.hostilities.excludedParties.length === 0);
    the
      .given(inForce)
      .when({ type: 'reinstate-party', at: AT, party: 'hnc' })
      .thenThrows(InvariantError, RULES.notExcluded);
  });
});

describe('meetings, members and statements', () => {
  it(`${RULES.alreadyMember}, ${RULES.syrianPartiesNeverMembers}, ${RULES.coChairNotMember}`, () => {
    the
      .given(founded)
      .when({ type: 'admit-members', at: AT, members: ['us'] })
      .thenThrows(InvariantError, RULES.alreadyMember);
    the
      .when({ type: 'admit-members', at: AT, members: ['hnc'] })
      .thenThrows(InvariantError, RULES.syrianPartiesNeverMembers);
    the
      .when({ type: 'admit-members', at: AT, members: ['isil'] })
      .thenThrows(InvariantError, RULES.designatedNeverParty);
    the
      .when({ type: 'designate-co-chairs', at: AT, coChairs: ['us'] })
      .thenThrows(InvariantError, RULES.coChairNotMember);
    the.when({ type: 'admit-members', at: AT, members: [] }).thenThrows(InvariantError, RULES.emptyList);
  });
  it(`${RULES.attendeeNotMember}: only members and invited parties attend an ISSG meeting`, () => {
    the
      .given(founded)
      .when({
        type: 'convene-meeting',
        at: AT,
        meeting: 'm',
        place: 'Vienna',
        format: 'issg',
        attendees: ['us', 'jp'],
      })
      .thenThrows(InvariantError, RULES.attendeeNotMember);
    the
      .given(founded)
      .when({
        type: 'convene-meeting',
        at: AT,
        meeting: 'm',
        place: 'Vienna',
        format: 'issg',
        attendees: ['us', 'jp'],
        invited: ['jp'],
      })
      .thenState((s) => s.meetings.open?.meeting === 'm' && s.meetings.issgMeetings === 1);
    // Lausanne: an ad-hoc format, not an ISSG meeting.
    the
      .given(founded)
      .when({
        type: 'convene-meeting',
        at: AT,
        meeting: 'l',
        place: 'Lausanne',
        format: 'ad-hoc',
        attendees: ['us', 'ru', 'iq'],
      })
      .thenState((s) => s.meetings.issgMeetings === 0 && s.meetings.total === 1);
  });
  it(`${RULES.meetingAlreadyOpen}, ${RULES.noSuchMeeting}`, () => {
    the
      .given([...founded, meetingOpen])
      .when({ type: 'convene-meeting', at: AT, meeting: 'm2', place: 'x', format: 'issg', attendees: ['us'] })
      .thenThrows(InvariantError, RULES.meetingAlreadyOpen);
    the
      .given(founded)
      .when({ type: 'conclude-meeting', at: AT, meeting: 'vienna' })
      .thenThrows(InvariantError, RULES.noSuchMeeting);
  });
  it(`${RULES.meetingNotOpen}, ${RULES.statementExists}, ${RULES.statementNotProposed}`, () => {
    the
      .given(founded)
      .when({ type: 'propose-statement', at: AT, statement: 's1', title: 't', by: ['us'], meeting: 'vienna' })
      .thenThrows(InvariantError, RULES.meetingNotOpen);
    the
      .given([...founded, meetingOpen, proposed])
      .when({ type: 'propose-statement', at: AT, statement: 's1', title: 't', by: ['us'], meeting: 'vienna' })
      .thenThrows(InvariantError, RULES.statementExists);
    the
      .given(founded)
      .when({ type: 'adopt-statement', at: AT, statement: 's1', supporters: ['us'] })
      .thenThrows(InvariantError, RULES.statementNotProposed);
  });
  it(`${RULES.decisionRuleNotMet}: consensus gives every member present a veto`, () => {
    the
      .given([...founded, meetingOpen, proposed])
      .when({ type: 'adopt-statement', at: AT, statement: 's1', supporters: ['us', 'ru'], objectors: ['ir'] })
      .thenThrows(InvariantError, RULES.decisionRuleNotMet);
    the
      .given([...founded, meetingOpen, proposed])
      .when({ type: 'adopt-statement', at: AT, statement: 's1', supporters: ['us', 'ru', 'ir'] })
      .then([
        {
          type: 'statement-adopted',
          data: {
            statement: 's1',
            title: 'a statement',
            supporters: ['us', 'ru', 'ir'],
            decisionRule: 'consensus',
          },
        },
      ]);
  });
  it('"some sides shouldn\'t have veto": a qualified majority or the co-chairs adopt over an objection', () => {
    for (const decisionRule of [{ qualifiedMajority: 0.66 }, 'co-chairs'] as const)
      spec(createIssgDecider({ decisionRule }))
        .given([...founded, meetingOpen, proposed])
        .when({
          type: 'adopt-statement',
          at: AT,
          statement: 's1',
          supporters: ['us', 'ru'],
          objectors: ['ir'],
        })
        .thenState((s) => s.statements.adopted === 1);
    spec(createIssgDecider({ decisionRule: { qualifiedMajority: 0.9 } }))
      .given([...founded, meetingOpen, proposed])
      .when({ type: 'adopt-statement', at: AT, statement: 's1', supporters: ['us', 'ru'], objectors: ['ir'] })
      .thenThrows(InvariantError, RULES.decisionRuleNotMet);
  });
  it(`${RULES.supporterNotPresent}`, () => {
    the
      .given([...founded, meetingOpen, proposed])
      .when({ type: 'adopt-statement', at: AT, statement: 's1', supporters: ['us', 'ru', 'ir', 'sa'] })
      .thenThrows(InvariantError, RULES.supporterNotPresent);
  });
  it('a statement carries its provisions as events (17 May: goal, rule, air drops, target)', () => {
    the
      .given([...founded, meetingOpen, proposed])
      .when({
        type: 'adopt-statement',
        at: '2016-05-17',
        statement: 's1',
        supporters: ['us', 'ru', 'ir'],
        provisions: [
          { kind: 'goal', goal: 'comprehensive-ceasefire' },
          { kind: 'air-drops', trigger: '2016-06-01' },
        ],
      })
      .then([
        {
          type: 'statement-adopted',
          data: {
            statement: 's1',
            title: 'a statement',
            supporters: ['us', 'ru', 'ir'],
            decisionRule: 'consensus',
          },
        },
        { type: 'goal-set', data: { goal: 'comprehensive-ceasefire' } },
        { type: 'air-drops-authorized', data: { trigger: '2016-06-01' } },
      ]);
  });
  it(`${RULES.resolutionNotInBasis}: 2218 is refused with the correction`, () => {
    the
      .when({ type: 'cite-resolution', at: AT, resolution: '2218', by: 'ru' })
      .thenThrows(
        InvariantError,
        (e: InvariantError) => e.rule === RULES.resolutionNotInBasis && e.message.includes('2118'),
      );
    the
      .when({ type: 'cite-resolution', at: AT, resolution: '2118', by: 'ru', asWritten: '2218' })
      .then([{ type: 'resolution-cited', data: { resolution: '2118', by: 'ru', asWritten: '2218' } }]);
  });
});

describe('commitments and deadlines', () => {
  const made: IssgEvent = {
    type: 'commitment-made',
    data: { commitment: 'munich', by: ['us', 'ru'], description: 'CoH in a week', deadline: '2016-02-19' },
  };
  it('a deadline that passes unmet is recorded as lapsed before any later command', () => {
    the
      .given([made])
      .when({ type: 'check-deadlines', at: '2016-02-20' })
      .then([{ type: 'commitment-lapsed', data: { commitment: 'munich', deadline: '2016-02-19' } }]);
    the.given([made]).when({ type: 'check-deadlines', at: '2016-02-19' }).then([]);
  });
  it(`${RULES.deadlineNotPassed}, ${RULES.unknownCommitment}, ${RULES.commitmentExists}`, () => {
    the
      .given([made])
      .when({ type: 'record-lapse', at: '2016-02-18', commitment: 'munich' })
      .thenThrows(InvariantError, RULES.deadlineNotPassed);
    the
      .given([made])
      .when({ type: 'record-lapse', at: '2016-02-19', commitment: 'munich' })
      .then([{ type: 'commitment-lapsed', data: { commitment: 'munich', deadline: '2016-02-19' } }]);
    the
      .when({ type: 'meet-commitment', at: AT, commitment: 'x' })
      .thenThrows(InvariantError, RULES.unknownCommitment);
    the
      .given([made])
      .when({ type: 'meet-commitment', at: '2016-02-25', commitment: 'munich' })
      .thenThrows(InvariantError, RULES.unknownCommitment);
    the
      .given([made])
      .when({
        type: 'make-commitment',
        at: '2016-02-12',
        commitment: 'munich',
        by: ['us'],
        description: 'x',
        deadline: '2016-03-01',
      })
      .thenThrows(InvariantError, RULES.commitmentExists);
  });
});

describe('humanitarian access and observations', () => {
  it(`${RULES.negativeCount}, ${RULES.trucksHitExceedConvoy}, ${RULES.observationRange}`, () => {
    the
      .when({ type: 'deliver-convoy', at: AT, location: 'madaya', by: 'un', peopleReached: -1 })
      .thenThrows(InvariantError, RULES.negativeCount);
    the
      .when({ type: 'release-detainees', at: AT, by: 'syria-gov', count: -3 })
      .thenThrows(InvariantError, RULES.negativeCount);
    the
      .when({ type: 'observe', at: AT, indicator: 'deaths-per-day', value: -1 })
      .thenThrows(InvariantError, RULES.negativeCount);
    the
      .when({
        type: 'attack-convoy',
        at: AT,
        location: 'urum-al-kubra',
        trucks: 31,
        trucksHit: 32,
        killed: 20,
      })
      .thenThrows(InvariantError, RULES.trucksHitExceedConvoy);
    the
      .when({ type: 'observe', at: AT, indicator: 'compliance', value: 1.2 })
      .thenThrows(InvariantError, RULES.observationRange);
  });
  it('air drops are authorised with a trigger date; drops succeed or fail', () => {
    the
      .when({ type: 'authorize-air-drops', at: '2016-05-17', trigger: '2016-06-01' })
      .thenState(
        (s) => s.humanitarian.airDrops.authorized && s.humanitarian.airDrops.trigger === '2016-06-01',
      );
    the
      .when({ type: 'air-drop', at: AT, location: 'deir-ez-zor', by: 'wfp', tonnes: 21, outcome: 'failed' })
      .thenState((s) => s.humanitarian.airDrops.failed === 1 && s.humanitarian.airDrops.tonnes === 0);
  });
  it('access requested, granted, denied; convoys and detainees counted', () => {
    the
      .given([{ type: 'access-requested', data: { location: 'madaya', by: 'un' } }])
      .when({ type: 'deny-access', at: AT, location: 'madaya', by: 'syria-gov' })
      .thenState((s) => s.humanitarian.requests.requested === 1 && s.humanitarian.requests.denied === 1);
    the
      .when({ type: 'release-detainees', at: AT, by: 'syria-gov', count: 10 })
      .thenState((s) => s.humanitarian.detaineesReleased === 10);
  });
});

describe('talks', () => {
  const open: IssgEvent = {
    type: 'talks-opened',
    data: { round: 1, parties: ['syria-gov', 'hnc'], place: 'Geneva' },
  };
  it(`${RULES.talksTransition}: paused, resumed, ended without a next date`, () => {
    the
      .when({ type: 'pause-talks', at: AT, until: null, reason: 'x' })
      .thenThrows(InvariantError, RULES.talksTransition);
    the.when({ type: 'end-round', at: AT, nextDate: null }).thenThrows(InvariantError, RULES.talksTransition);
    the
      .given([open])
      .when({ type: 'open-talks', at: AT, parties: ['hnc'], place: 'Geneva' })
      .thenThrows(InvariantError, RULES.talksTransition);
    the
      .given([open, { type: 'talks-paused', data: { until: '2016-02-25', reason: 'offensive' } }])
      .when({ type: 'open-talks', at: '2016-03-14', parties: ['syria-gov', 'hnc'], place: 'Geneva' })
      .then([{ type: 'talks-opened', data: { round: 1, parties: ['syria-gov', 'hnc'], place: 'Geneva' } }]);
    the
      .given([open])
      .when({ type: 'end-round', at: AT, nextDate: null })
      .thenState((s) => s.political.talks.status === 'adjourned' && s.political.talks.nextDate === null);
  });
  it(`${RULES.notInTalks}, ${RULES.notPostponed}: the HNC postpones (18 Apr)`, () => {
    the
      .given([open])
      .when({ type: 'postpone-participation', at: AT, party: 'hnc', reason: 'violations' })
      .thenState(
        (s) => s.political.talks.status === 'in-session' && s.political.talks.postponedBy.includes('hnc'),
      );
    the
      .given([open])
      .when({ type: 'postpone-participation', at: AT, party: 'pyd', reason: 'x' })
      .thenThrows(InvariantError, RULES.notInTalks);
    the
      .given([open])
      .when({ type: 'resume-participation', at: AT, party: 'hnc' })
      .thenThrows(InvariantError, RULES.notPostponed);
  });
  it(`${RULES.timeGoesBackwards}`, () => {
    the
      .given([{ ...open, at: '2016-04-13' }])
      .when({ type: 'state-position', at: '2016-04-12', by: 'us', issue: 'x', position: 'y' })
      .thenThrows(InvariantError, RULES.timeGoesBackwards);
  });
});

describe('the rule list', () => {
  it('every rule has a description and a stable issg/ id', () => {
    for (const id of Object.values(RULES)) {
      expect(id).toMatch(/^issg\/[a-z-]+$/);
      expect(RULE_DESCRIPTIONS[id]).toBeTruthy();
    }
  });
});

describe('world time', () => {
  it('a command without `at` is judged at the last event’s world time', () => {
    const cmd = { type: 'set-goal', goal: 'comprehensive-ceasefire' } as unknown as IssgCommand;
    the
      .given([{ type: 'goal-set', data: { goal: 'comprehensive-ceasefire' }, at: '2016-05-17' }])
      .when(cmd)
      .then([{ type: 'goal-set', data: { goal: 'comprehensive-ceasefire' } }]);
  });
});
