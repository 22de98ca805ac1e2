import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type Preferences, utility } from '@parley/negotiation';
import { describe, expect, it } from 'vitest';
import { issgAgenda, issgRoleCards, textStanding } from '../src/index.js';

// docs/negotiation.md, "Worked example: Vienna, 17 May 2016": every number there is recomputed here.
const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'negotiation.md'), 'utf8');
const section = doc.slice(doc.indexOf('### Worked example: Vienna'));
/** The section with every run of whitespace as one space (the page's line breaks do not matter). */
const flat = section.replace(/\s+/g, ' ');
const agenda = issgAgenda('vienna-2016-05-17');
const prefs = issgRoleCards(agenda.id).map((c) => c.preferences);
const analysis = analyse(agenda, prefs);
const real = agenda.realOutcome;
const isReal = (t: Readonly<Record<string, string>> | undefined) =>
  t !== undefined && agenda.issues.every((i) => t[i.id] === real[i.id]);
const thousands = (n: number) => n.toLocaleString('en-US');
const with_ = (party: string, change: (p: Preferences) => Preferences) =>
  prefs.map((p) => (p.party === party ? change(p) : p));

describe('docs/negotiation.md: the worked example on 17 May 2016', () => {
  it('states the size of the space, the frontier and the ZOPA', () => {
    expect(analysis.exact).toBe(true);
    expect(analysis.vetoPlayers).toEqual(agenda.parties);
    expect(flat).toContain(`all ${thousands(analysis.spaceSize)} texts (exact)`);
    expect(flat).toContain(`${thousands(analysis.paretoSize)} texts are Pareto-optimal`);
    expect(flat).toContain(`${thousands(analysis.zopaSize)} are in the ZOPA`);
  });

  it('places the real text in the ZOPA, on the frontier, one issue (the talks date) from the Nash text', () => {
    const s = textStanding(agenda, prefs, analysis, real);
    expect(s.inZopa).toBe(true);
    expect(s.paretoOptimal).toBe(true);
    expect(s.nashDiffers).toEqual([{ issue: 'talks-date', text: 'no-date', nash: 'early-june' }]);
    expect(flat).toContain('The real text is in the ZOPA and on the Pareto frontier');
    expect(analysis.kalaiSmorodinsky?.text['talks-date']).toBe('early-june');
    expect(analysis.utilitarian?.text['talks-date']).toBe('no-date');
    expect(analysis.egalitarian?.text['talks-date']).toBe('no-date');
  });

  it("shows each delegation's utilities, reservation and margin as computed", () => {
    const s = textStanding(agenda, prefs, analysis, real);
    const r = (x: number) => String(Math.round(x * 1000) / 1000);
    for (const m of s.margins) {
      const row = `| ${m.party} | ${r(m.utility)} | ${r(m.nash!)} | ${r(m.reservation)} | ${r(m.margin)} |`;
      expect(flat, m.party).toContain(row);
    }
    expect(s.tightest).toBe('ir');
  });

  it('names the assumptions that decide it, with the thresholds the code finds', () => {
    // the ZOPA: Iran's reservation
    const ir = analyse(
      agenda,
      with_('ir', (p) => ({ ...p, reservation: 0.46 })),
    );
    expect(
      textStanding(
        agenda,
        with_('ir', (p) => ({ ...p, reservation: 0.46 })),
        ir,
        real,
      ).inZopa,
    ).toBe(false);
    expect(flat).toContain(
      `with Iran's reservation at 0.46 the real text leaves the ZOPA, which shrinks from ${thousands(analysis.zopaSize)} to ${ir.zopaSize} texts`,
    );
    // the Nash text: the Nash product's preference for early June, and three single changes that flip it
    const product = (t: Readonly<Record<string, string>>) =>
      prefs.reduce((x, p) => x * (utility(p, t) - p.reservation), 1);
    const ratio = product(analysis.nash!.text) / product(real);
    expect(flat).toContain(`by a factor of only ${ratio.toFixed(3)}`);
    expect(isReal(analysis.nash?.text)).toBe(false);
    expect(
      isReal(
        analyse(
          agenda,
          with_('un', (p) => ({ ...p, reservation: 0.45 })),
        ).nash?.text,
      ),
    ).toBe(true);
    const unValue = with_('un', (p) => ({
      ...p,
      values: { ...p.values, 'talks-date': { ...p.values['talks-date'], 'early-june': 0.1 } },
    }));
    expect(isReal(analyse(agenda, unValue).nash?.text)).toBe(true);
    const fr = with_('fr', (p) => ({
      ...p,
      weights: {
        ...p.weights,
        'talks-date': 0.13,
        'transition-target': p.weights['transition-target']! + 0.02,
      },
    }));
    expect(isReal(analyse(agenda, fr).nash?.text)).toBe(true);
    expect(flat).toContain(
      "the UN's reservation at 0.45 instead of 0.4; the UN's value of an early-June date at 0.1 instead of 0.2; France's weight on the date at 0.13 instead of 0.15",
    );
  });

  it('lists the pivotal players and the largest blocker', () => {
    expect(analysis.pivotal).toEqual(['ru', 'ir', 'sa', 'tr', 'fr', 'gb', 'un']);
    expect(flat).toContain('_Pivotal players_: ru, ir, sa, tr, fr, gb and un');
    const top = Object.entries(analysis.blockedAlone).sort((a, b) => b[1] - a[1])[0]!;
    expect(top[0]).toBe('tr');
    expect(flat).toContain(`(${thousands(top[1])} texts)`);
  });
});
