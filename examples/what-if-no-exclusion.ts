/**
 * What if the ISSG had never adopted its exclusion rule? A fork of the historical record.
 *
 * On 17 May 2016 in Vienna the ISSG agreed that persistent non-compliance with the cessation of hostilities
 * could be referred by the Ceasefire Task Force to the ministers, who could then exclude the offending party
 * from the arrangement (a deterrent that was never actually used). This script replays the record exactly
 * up to 16 May, then replays everything after it with one change: the Vienna statement is adopted without
 * that provision, so `hostilities.nonComplianceRule` stays false and no party can be referred or excluded.
 *
 * Compare:
 *   npx parley state issg-2015-2016 --at 2016-09-19
 *   npx parley state examples/what-if-no-exclusion.ts --at 2016-09-19
 * and look at `nonComplianceRule` and the credibility indicator.
 */
import { defineScenario, isOnOrBefore, type ScenarioStep, stepTime } from '@parley/core';
import { type IssgCommand, issgRecord } from '@parley/issg';

const FORK = '2016-05-16';

/** The record's own steps after the fork, with the exclusion machinery taken out. */
function withoutExclusion(step: ScenarioStep<IssgCommand>): ScenarioStep<IssgCommand>[] {
  const c = step.command;
  // No rule, so nothing can be referred to the ministers or excluded.
  if (
    c.type === 'adopt-non-compliance-rule' ||
    c.type === 'refer-non-compliance' ||
    c.type === 'exclude-party'
  )
    return [];
  // The Vienna statement keeps every provision except the non-compliance rule.
  if (c.type === 'adopt-statement' && c.provisions?.some((p) => p.kind === 'non-compliance-rule')) {
    const provisions = c.provisions.filter((p) => p.kind !== 'non-compliance-rule');
    const note = 'what-if: adopted without the non-compliance (exclusion) rule';
    return [{ ...step, command: { ...c, provisions }, meta: { ...step.meta, note } }];
  }
  return [step];
}

const after = issgRecord.steps
  .filter((st) => !isOnOrBefore(stepTime(st) ?? '', FORK))
  .flatMap(withoutExclusion);

export default defineScenario({
  id: 'what-if-no-exclusion',
  title: 'What if the ISSG had no exclusion rule? (a fork of the record at 16 May 2016)',
  description: 'The record to 16 May 2016, then the rest of it without the referral-and-exclusion provision.',
  start: { scenario: issgRecord, at: FORK },
  steps: after,
});
