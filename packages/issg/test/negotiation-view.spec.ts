import { negotiationRounds, runNegotiation, utility } from '@parley/negotiation';
import { describe, expect, it } from 'vitest';
import { defaultAxes, issgAgenda, issgNegotiationView, issgRoleCards } from '../src/index.js';

describe('issgNegotiationView', () => {
  const view = issgNegotiationView('vienna-2016-05-17', { seed: 1 });

  it('runs the negotiation and says its rounds in the ISSG names', () => {
    expect(view.seed).toBe(1);
    expect(view.rounds.length).toBeGreaterThan(0);
    expect(view.rounds[0]!.moves[0]!.sentence).toBe('The US tables the draft (v1).');
    expect(view.rounds.flatMap((r) => r.moves).some((m) => /^Russia |^Iran |^Turkey /.test(m.sentence))).toBe(
      true,
    );
    for (const r of view.rounds)
      for (const p of view.preferences)
        expect(r.utilities[p.party]).toBe(r.draft === null ? null : utility(p, r.draft));
  });

  it('places the Nash text, the real outcome and the simulated one on the co-chairs’ plane', () => {
    expect(view.plane.axes).toEqual(['us', 'ru']);
    expect(view.plane.exact).toBe(true);
    expect(view.plane.evaluated).toBe(19_440);
    const names = view.plane.marks.map((m) => m.name);
    expect(names).toContain('nash');
    expect(names).toContain('real');
    expect(names.includes('simulated')).toBe(view.outcome.status === 'adopted');
    const real = view.plane.marks.find((m) => m.name === 'real')!;
    expect(real.text).toEqual(issgAgenda('vienna-2016-05-17').realOutcome);
    // the docs' worked example: the real text gives the US 0.86 and Russia 0.55
    expect(real.x).toBeCloseTo(0.86, 2);
    expect(real.y).toBeCloseTo(0.55, 2);
  });

  it('reads a log back to the same rounds, and takes other axes', () => {
    const again = issgNegotiationView('vienna-2016-05-17', { records: view.records }, { axes: ['ir', 'tr'] });
    expect(again.seed).toBeNull();
    expect(again.rounds).toEqual(view.rounds);
    expect(again.outcome).toEqual(view.outcome);
    expect(again.plane.axes).toEqual(['ir', 'tr']);
  });

  it('defaults the axes to the two parties of Geneva, which has no chairs at the table', () => {
    const geneva = issgAgenda('geneva-2016-09-09');
    expect(defaultAxes(geneva)).toEqual(geneva.parties.slice(0, 2));
    const prefs = issgRoleCards('geneva-2016-09-09').map((c) => c.preferences);
    const run = runNegotiation({
      agenda: geneva,
      preferences: prefs,
      seed: 2,
      protocol: 'alternating-offers',
    });
    expect(negotiationRounds(run.records, geneva, prefs).length).toBe(run.rounds.length);
  });
});
