import { type Preferences, runNegotiation } from '@parley/negotiation';
import { createRng } from '../rng/rng.js';
import { deriveSeed } from '../rng/seed.js';
import { samplePreferences } from './sample.js';
import type { NegotiationModel, NegotiationRunResult, NegotiationSweepSpec } from './types.js';

/**
 * The strategy each party plays in run `run`: the sweep's assignment, else the model's fixed one (the
 * chairs), else one drawn from the mix with the party's own stream — so assigning one party's strategy
 * does not change the others' draws.
 *
 * @example
 * ```ts
 * strategiesOfRun(model, spec, 7); // { us: 'mediator', ru: 'mediator', ir: 'linear', … }
 * ```
 */
export function strategiesOfRun(
  model: NegotiationModel,
  spec: NegotiationSweepSpec,
  run: number,
): Record<string, string> {
  const mix = spec.mix ?? model.mix;
  const out: Record<string, string> = {};
  for (const party of model.agenda.parties) {
    const assigned = spec.strategies[party] ?? model.fixed[party];
    if (assigned !== undefined) out[party] = assigned;
    else if (mix.length === 0)
      throw new RangeError(`negotiation sweep: no strategy for "${party}" and an empty mix`);
    else out[party] = mix[createRng(deriveSeed(spec.seed, run, `strategy:${party}`)).int(0, mix.length - 1)]!;
  }
  return out;
}

/**
 * The preferences of run `run`: drawn inside the role cards' ranges with each party's own stream, or the
 * cards' numbers when the sweep is not `uncertain`.
 *
 * @example
 * ```ts
 * preferencesOfRun(model, spec, 7)[0].reservation; // e.g. 0.41
 * ```
 */
export function preferencesOfRun(
  model: NegotiationModel,
  spec: NegotiationSweepSpec,
  run: number,
): readonly Preferences[] {
  if (!spec.uncertain) return model.preferences;
  return model.uncertain.map((u) =>
    samplePreferences(u, createRng(deriveSeed(spec.seed, run, `prefs:${u.party}`))),
  );
}

/**
 * One run of a negotiation sweep: draw the preferences and strategies, negotiate (seeded by the sweep's
 * seed and the run), and, with `thenDays`, run the model that follows the outcome. Deterministic in
 * `(spec, run)`.
 *
 * @example
 * ```ts
 * negotiationRun(model, { agenda: 'vienna-2016-05-17', runs: 10, seed: 1, strategies: {}, mix: null,
 *   uncertain: true, thenDays: null }, 0).status; // 'adopted' or 'failed'
 * ```
 */
export function negotiationRun(
  model: NegotiationModel,
  spec: NegotiationSweepSpec,
  run: number,
): NegotiationRunResult {
  const names = strategiesOfRun(model, spec, run);
  const result = runNegotiation({
    agenda: model.agenda,
    preferences: preferencesOfRun(model, spec, run),
    strategies: names,
    seed: deriveSeed(spec.seed, run, 'negotiation'),
  });
  const adopted = result.outcome.status === 'adopted';
  const text = adopted ? result.outcome.text : null;
  let after: NegotiationRunResult['after'] = null;
  if (spec.thenDays !== null) {
    if (!model.consequences)
      throw new RangeError(
        `negotiation sweep: agenda "${spec.agenda}" has no model of what follows (thenDays)`,
      );
    const r = model.consequences(text, spec.thenDays, spec.seed, run);
    after = { collapseDay: r.collapseDay, talksDay: r.talksDay };
  }
  return {
    run,
    status: adopted ? 'adopted' : 'failed',
    text,
    round: result.outcome.round ?? result.rounds.length,
    strategies: names,
    after,
  };
}
