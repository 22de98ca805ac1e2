import { defineMechanism } from './mechanism.js';

/** Monitoring and third-party guarantees (Fortna 2003, 2004). */
export const monitoring = defineMechanism({
  id: 'monitoring',
  title: 'Monitoring and third-party guarantees',
  sources: [
    'Fortna 2003, International Organization 57(2):337–372',
    'Fortna 2004, Peace Time: monitors, guarantees and joint commissions lengthen ceasefires',
    'ISSG Ceasefire Task Force co-chaired by the US and Russia (S55)',
  ],
  description:
    'The co-chairs (us, ru) run a ceasefire task force. Monitoring deters (every party strikes less), speeds the ' +
    'local recovery of broken places (the task force calls the sides to order), raises the share of violations ' +
    'that are reported and the share that are verified; when the cessation frays the guarantor reaffirms it locally, calming part of the broken places. Switched off, violations are reported by the parties ' +
    'themselves, rarely verified, and nobody restores calm.',
  defaults: {
    enabled: true,
    deterrence: 0.3,
    recoveryBoost: 1.0,
    reportRate: 0.8,
    unmonitoredReportRate: 0.4,
    verifiedShare: 0.6,
    reaffirmRate: 0.05,
    reaffirmRestores: 0.2,
  },
  parameters: {
    enabled: 'switch the task force off (no monitors, no guarantors)',
    deterrence: 'share by which every party’s strike rate falls under monitoring',
    recoveryBoost: 'extra recovery of broken places, as a multiple of the base recovery',
    reportRate: 'probability that a violation is reported when monitored',
    unmonitoredReportRate: 'probability that a violation is reported without monitors',
    verifiedShare: 'share of monitored reports that are verified (the rest are contested or alleged)',
    reaffirmRate: 'daily probability that the guarantor reaffirms the cessation locally when under 70% holds',
    reaffirmRestores: 'share of broken places a local reaffirmation calms',
  },
});
