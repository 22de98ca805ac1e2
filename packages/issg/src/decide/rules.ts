/**
 * The rules `decide` enforces, by stable id. A refused command throws `InvariantError(rule, message)`;
 * callers branch on `error.rule`. Listed with their meaning in docs/issg.md.
 */
export const RULES = {
  designatedNeverParty: 'issg/designated-never-party',
  excludedCannotSign: 'issg/excluded-cannot-sign',
  alreadyParty: 'issg/already-party',
  membersAreGuarantors: 'issg/members-are-guarantors',
  noTerms: 'issg/no-terms',
  notYetEffective: 'issg/not-yet-effective',
  noParties: 'issg/no-parties',
  hostilitiesTransition: 'issg/hostilities-transition',
  noArrangementInForce: 'issg/no-arrangement-in-force',
  designatedStrikeNotViolation: 'issg/designated-strike-not-violation',
  designatedNotBound: 'issg/designated-not-bound',
  severityRange: 'issg/severity-range',
  unknownViolation: 'issg/unknown-violation',
  noNonComplianceRule: 'issg/no-non-compliance-rule',
  notAParty: 'issg/not-a-party',
  exclusionNeedsReferral: 'issg/exclusion-needs-referral',
  alreadyExcluded: 'issg/already-excluded',
  notExcluded: 'issg/not-excluded',
  noDesignationRequest: 'issg/no-designation-request',
  alreadyMember: 'issg/already-member',
  syrianPartiesNeverMembers: 'issg/syrian-parties-never-members',
  coChairNotMember: 'issg/co-chair-not-member',
  meetingAlreadyOpen: 'issg/meeting-already-open',
  noSuchMeeting: 'issg/no-such-meeting',
  attendeeNotMember: 'issg/attendee-not-member',
  meetingNotOpen: 'issg/meeting-not-open',
  statementExists: 'issg/statement-exists',
  statementNotProposed: 'issg/statement-not-proposed',
  supporterNotPresent: 'issg/supporter-not-present',
  decisionRuleNotMet: 'issg/decision-rule-not-met',
  unknownCommitment: 'issg/unknown-commitment',
  commitmentExists: 'issg/commitment-exists',
  deadlineNotPassed: 'issg/deadline-not-passed',
  resolutionNotInBasis: 'issg/resolution-not-in-basis',
  negativeCount: 'issg/negative-count',
  trucksHitExceedConvoy: 'issg/trucks-hit-exceed-convoy',
  observationRange: 'issg/observation-range',
  talksTransition: 'issg/talks-transition',
  notInTalks: 'issg/not-in-talks',
  notPostponed: 'issg/not-postponed',
  timeGoesBackwards: 'issg/time-goes-backwards',
  emptyList: 'issg/empty-list',
} as const;

/** A rule id. */
export type IssgRule = (typeof RULES)[keyof typeof RULES];

/** One line per rule, for people (docs, `parley validate`, error explanations). */
export const RULE_DESCRIPTIONS: Readonly<Record<IssgRule, string>> = {
  'issg/designated-never-party':
    'UN-designated groups (isil, nusra, and any group listed later) never join an arrangement, talks, a meeting or an agreement',
  'issg/excluded-cannot-sign': 'a party excluded for non-compliance cannot sign anything until reinstated',
  'issg/already-party': 'a party signs on to the arrangement once',
  'issg/members-are-guarantors': 'ISSG members guarantee the arrangement; only Syrian parties sign on to it',
  'issg/no-terms': 'signing on and bringing into force need agreed terms',
  'issg/not-yet-effective': 'the cessation comes into force no earlier than the effective time of its terms',
  'issg/no-parties': 'the cessation comes into force only with at least one party signed on',
  'issg/hostilities-transition':
    'the status of hostilities moves only along the allowed edges (HOSTILITIES_EDGES)',
  'issg/no-arrangement-in-force':
    'a violation can only be reported while a cessation or ceasefire is in force',
  'issg/designated-strike-not-violation':
    'strikes on UN-designated groups are not violations of the arrangement',
  'issg/designated-not-bound':
    'UN-designated groups are not bound by the arrangement, so they cannot violate it',
  'issg/severity-range': 'severity is an integer from 1 to 5',
  'issg/unknown-violation': 'only a recently reported violation can be disputed',
  'issg/no-non-compliance-rule':
    'non-compliance can be referred only once the rule has been adopted (17 May 2016)',
  'issg/not-a-party': 'only a party to the arrangement can be referred or excluded',
  'issg/exclusion-needs-referral':
    'a party is excluded only after its persistent non-compliance was referred',
  'issg/already-excluded': 'a party is excluded once',
  'issg/not-excluded': 'only an excluded party can be reinstated',
  'issg/no-designation-request': 'a designation is decided only after it was requested',
  'issg/already-member': 'a member joins once',
  'issg/syrian-parties-never-members': 'Syrian parties and armed groups are never ISSG members',
  'issg/co-chair-not-member': 'co-chairs are members',
  'issg/meeting-already-open': 'one meeting at a time: conclude the open meeting first',
  'issg/no-such-meeting': 'only the open meeting can be concluded',
  'issg/attendee-not-member': 'only members and invited parties attend an ISSG meeting',
  'issg/meeting-not-open': 'a statement is proposed at the open meeting (or outside any meeting)',
  'issg/statement-exists': 'a statement id is proposed once',
  'issg/statement-not-proposed': 'only a pending proposal can be adopted',
  'issg/supporter-not-present': 'only members present at the meeting take part in its decision',
  'issg/decision-rule-not-met': 'the statement lacks the support the decision rule requires',
  'issg/unknown-commitment': 'only a pending commitment can be met or recorded as lapsed',
  'issg/commitment-exists': 'a commitment id is pending once',
  'issg/deadline-not-passed': 'a commitment lapses only on or after its deadline',
  'issg/resolution-not-in-basis':
    'only the basis resolutions (2118, 2254, 2268) are cited; see RESOLUTION_ERRATA',
  'issg/negative-count': 'counts, amounts and observed values are never negative',
  'issg/trucks-hit-exceed-convoy': 'no more trucks are hit than the convoy has',
  'issg/observation-range': 'a compliance estimate is a fraction from 0 to 1',
  'issg/talks-transition': 'the talks move only along the allowed edges (TALKS_EDGES)',
  'issg/not-in-talks': 'only a party taking part in the talks postpones its participation',
  'issg/not-postponed': 'only a party that postponed resumes',
  'issg/time-goes-backwards': "a command's world time is not before the last event's",
  'issg/empty-list': 'lists of members, signatories, supporters or parties are not empty',
};
