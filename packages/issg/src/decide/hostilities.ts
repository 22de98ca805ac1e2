import { compareAt } from '@parley/core';
import type { HostilitiesCommand } from '../commands/types.js';
import type { IssgEvent } from '../events/catalog.js';
import { canMoveHostilities } from '../state/machines.js';
import type { HostilitiesStatus, IssgState } from '../state/types.js';
import {
  ensure,
  ensureNonNegative,
  ensureNotDesignated,
  ensureNotEmpty,
  ensureNotExcluded,
  isDesignated,
} from './guards.js';
import { RULES } from './rules.js';

type Out = IssgEvent[];

function ensureMove(state: IssgState, to: HostilitiesStatus, what: string): void {
  const from = state.hostilities.status;
  ensure(
    canMoveHostilities(from, to),
    RULES.hostilitiesTransition,
    `cannot ${what}: the status of hostilities is "${from}" and cannot move to "${to}"`,
  );
}

/** Decide a command about the cessation of hostilities, violations and compliance. */
export function decideHostilities(c: HostilitiesCommand, state: IssgState): Out {
  const h = state.hostilities;
  switch (c.type) {
    case 'agree-terms':
      return [
        {
          type: 'terms-agreed',
          data: {
            arrangement: 'cessation',
            signOnDeadline: c.signOnDeadline,
            effectiveAt: c.effectiveAt,
            excluded: [...state.designated],
          },
        },
      ];
    case 'sign-on': {
      ensureNotDesignated(state, [c.party], 'be a party to the cessation of hostilities');
      ensureNotExcluded(state, [c.party], 'sign on');
      ensure(
        !state.issg.members.includes(c.party),
        RULES.membersAreGuarantors,
        `"${c.party}" is an ISSG member: members guarantee the arrangement, Syrian parties sign on to it`,
      );
      ensure(h.terms !== null, RULES.noTerms, 'no terms have been agreed yet (agree-terms)');
      ensure(!h.parties.includes(c.party), RULES.alreadyParty, `"${c.party}" has already signed on`);
      const late = compareAt(c.at, h.terms.signOnDeadline) > 0;
      return [
        {
          type: 'party-signed-on',
          data: { party: c.party, late, ...(c.conditions !== undefined ? { conditions: c.conditions } : {}) },
        },
      ];
    }
    case 'bring-into-force': {
      ensure(h.terms !== null, RULES.noTerms, 'no terms have been agreed yet (agree-terms)');
      ensure(
        compareAt(c.at, h.terms.effectiveAt) >= 0,
        RULES.notYetEffective,
        `the terms take effect at ${h.terms.effectiveAt}, not ${c.at}`,
      );
      ensure(h.parties.length > 0, RULES.noParties, 'no party has signed on');
      ensureMove(state, 'cessation', 'bring the cessation into force');
      return [{ type: 'cessation-took-effect', data: { parties: [...h.parties] } }];
    }
    case 'extend-locally':
      ensure(
        h.status === 'cessation' || h.status === 'ceasefire',
        RULES.noArrangementInForce,
        `nothing to extend to "${c.area}": the status of hostilities is "${h.status}"`,
      );
      ensureNonNegative(c.hours, 'hours');
      return [
        {
          type: 'local-extension-declared',
          data: { area: c.area, ...(c.hours !== undefined ? { hours: c.hours } : {}) },
        },
      ];
    case 'renew-cessation':
      ensure(
        h.status !== 'none',
        RULES.hostilitiesTransition,
        'cannot renew the cessation: none has been in force; agree terms and bring them into force',
      );
      ensureMove(state, 'cessation', 'renew the cessation');
      ensureNonNegative(c.days, 'days');
      return [
        {
          type: 'cessation-renewed',
          data: {
            ...(c.days !== undefined ? { days: c.days } : {}),
            ...(c.declaredBy !== undefined ? { declaredBy: c.declaredBy } : {}),
          },
        },
      ];
    case 'set-goal':
      return [{ type: 'goal-set', data: { goal: c.goal } }];
    case 'reach-ceasefire':
      ensureMove(state, 'ceasefire', 'reach a comprehensive ceasefire');
      return [{ type: 'ceasefire-reached', data: {} }];
    case 'declare-collapse':
      ensureMove(state, 'collapsed', 'declare the arrangement collapsed');
      return [{ type: 'arrangement-collapsed', data: { declaredBy: c.declaredBy, reason: c.reason } }];
    case 'adopt-non-compliance-rule':
      return [{ type: 'non-compliance-rule-adopted', data: { referralTo: c.referralTo } }];
    case 'report-violation': {
      ensure(
        h.status === 'cessation' || h.status === 'ceasefire',
        RULES.noArrangementInForce,
        `no arrangement is in force (status "${h.status}"), so "${c.violation}" is not a violation of one`,
      );
      const target = c.target ?? null;
      ensure(
        target === null || !isDesignated(state, target),
        RULES.designatedStrikeNotViolation,
        `"${target}" is UN-designated: strikes on it continue under the terms and are not violations`,
      );
      ensure(
        !isDesignated(state, c.perpetrator),
        RULES.designatedNotBound,
        `"${c.perpetrator}" is UN-designated and not bound by the arrangement`,
      );
      ensure(
        Number.isInteger(c.severity) && c.severity >= 1 && c.severity <= 5,
        RULES.severityRange,
        `severity must be an integer from 1 to 5, got ${c.severity}`,
      );
      ensureNonNegative(c.killed, 'killed');
      return [
        {
          type: 'violation-reported',
          data: {
            violation: c.violation,
            reporter: c.reporter,
            perpetrator: c.perpetrator,
            target,
            location: c.location,
            severity: c.severity,
            attribution: c.attribution,
            ...(c.killed !== undefined ? { killed: c.killed } : {}),
            countsTowardArrangement: h.parties.includes(c.perpetrator),
          },
        },
      ];
    }
    case 'dispute-violation':
      ensure(
        state.violations.recent.some((v) => v.violation === c.violation),
        RULES.unknownViolation,
        `violation "${c.violation}" is not among the ${state.violations.recent.length} recent violations`,
      );
      return [{ type: 'violation-disputed', data: { violation: c.violation, by: c.by } }];
    case 'refer-non-compliance':
      ensure(h.nonComplianceRule, RULES.noNonComplianceRule, 'the non-compliance rule has not been adopted');
      ensure(h.parties.includes(c.party), RULES.notAParty, `"${c.party}" is not a party to the arrangement`);
      return [{ type: 'non-compliance-referred', data: { party: c.party, by: c.by } }];
    case 'exclude-party':
      ensure(!h.excludedParties.includes(c.party), RULES.alreadyExcluded, `"${c.party}" is already excluded`);
      ensure(h.parties.includes(c.party), RULES.notAParty, `"${c.party}" is not a party to the arrangement`);
      ensure(
        state.referrals.includes(c.party),
        RULES.exclusionNeedsReferral,
        `"${c.party}" has not been referred for persistent non-compliance (refer-non-compliance)`,
      );
      return [{ type: 'party-excluded', data: { party: c.party } }];
    case 'reinstate-party':
      ensure(h.excludedParties.includes(c.party), RULES.notExcluded, `"${c.party}" is not excluded`);
      return [{ type: 'party-reinstated', data: { party: c.party } }];
    case 'request-designation':
      return [{ type: 'designation-requested', data: { group: c.group, by: c.by } }];
    case 'decide-designation':
      ensureNotEmpty(c.by, 'by');
      ensure(
        state.designationRequests.some((r) => r.group === c.group),
        RULES.noDesignationRequest,
        `no request to designate "${c.group}" is pending`,
      );
      return [{ type: 'designation-decided', data: { group: c.group, outcome: c.outcome, by: [...c.by] } }];
    case 'announce-offensive':
      return [{ type: 'offensive-announced', data: { by: c.by, area: c.area } }];
  }
}
