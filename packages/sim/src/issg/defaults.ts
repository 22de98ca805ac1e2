/**
 * What a sweep of the ISSG model assumes when its options leave it open: the built-in model's name, and
 * the fork date — 27 February 2016, when the cessation of hostilities took effect (ISSG statement of
 * 22 February 2016; UN Security Council resolution 2268). Registered with the Monte Carlo by
 * `../builtins.ts`; the generic layer names no model or date of its own.
 */
export const ISSG_SWEEP_DEFAULTS = { model: 'issg', from: '2016-02-27' } as const;
