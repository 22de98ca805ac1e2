import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issgAgenda, issgRoleCards } from '@parley/issg';
import { analyse } from '@parley/negotiation';
import { describe, expect, it } from 'vitest';
import { runNegotiationSweep } from '../src/node.js';

// docs/teaching-guide.md, exercises 7 and 8: each "Look for." is asserted here, with the commands' own
// agendas, seeds and run counts, so the guide cannot promise what the code does not do.
const guide = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'teaching-guide.md'), 'utf8');
const section = (title: string) => {
  const start = guide.indexOf(`## ${title}`);
  return guide.slice(start, guide.indexOf('\n## ', start + 3)).replace(/\s+/g, ' ');
};
const thousands = (n: number) => n.toLocaleString('en-US');

describe('Exercise 7 — who holds the veto on the terrorist list', () => {
  const text = section('Exercise 7');
  const agenda = issgAgenda('vienna-2016-05-17');
  const prefs = issgRoleCards(agenda.id).map((c) => c.preferences);
  const base = analyse(agenda, prefs);
  const listing = (t: Readonly<Record<string, string>>) => t['terrorist-list'] === 'add-ahrar-and-jai';
  const holders = prefs
    .filter((p) => p.redLines['terrorist-list']?.includes('add-ahrar-and-jai'))
    .map((p) => p.party);
  const without = (parties: readonly string[]) =>
    analyse(
      agenda,
      prefs.map((p) =>
        parties.includes(p.party) ? { ...p, redLines: { ...p.redLines, 'terrorist-list': [] } } : p,
      ),
    );

  it('no text of the ZOPA lists the groups; four delegations hold the red line', () => {
    expect(base.zopa.length).toBe(base.zopaSize);
    expect(base.zopa.some(listing)).toBe(false);
    expect(holders).toEqual(['us', 'sa', 'fr', 'gb']);
    expect(text).toContain('four delegations hold a red line against it (us, sa, fr, gb)');
  });

  it('nobody is pivotal on it: lifting one red line changes nothing, lifting all four lets texts in', () => {
    for (const p of holders) expect(without([p]).zopaSize, p).toBe(base.zopaSize);
    const all = without(holders);
    const listed = all.zopa.filter(listing).length;
    expect(listed).toBeGreaterThan(0);
    expect(text).toContain(
      `lift any one of those red lines and the ZOPA stays the same ${thousands(base.zopaSize)} texts; lift all four and ${listed} texts that list the groups join it (${thousands(all.zopaSize)} in all)`,
    );
  });

  it('the US is a veto player, not pivotal; Turkey alone keeps the most texts out', () => {
    expect(base.vetoPlayers).toContain('us');
    expect(base.pivotal).not.toContain('us');
    expect(base.blockedAlone.us).toBe(0);
    const [top, n] = Object.entries(base.blockedAlone).sort((a, b) => b[1] - a[1])[0]!;
    expect(top).toBe('tr');
    expect(text).toContain(`its red line on the PYD (${thousands(n)} texts)`);
  });
});

describe('Exercise 8 — nine veto players or two', () => {
  const text = section('Exercise 8');

  it('P(agreement) is higher with two veto players than with nine, as the guide says', async () => {
    const [vienna, geneva] = await Promise.all([
      runNegotiationSweep({ agenda: 'vienna-2016-05-17', runs: 100, seed: 1, workers: 1 }),
      runNegotiationSweep({ agenda: 'geneva-2016-09-09', runs: 100, seed: 1, workers: 1 }),
    ]);
    expect(geneva.summary.agreement).toBeGreaterThan(vienna.summary.agreement);
    expect(text).toContain(
      `at Geneva, where the two parties alternate offers, most negotiations end in a text (${geneva.summary.agreement.toFixed(2)})`,
    );
    expect(text).toContain(`at Vienna only about half do (${vienna.summary.agreement.toFixed(2)})`);
    expect(geneva.summary.agreement).toBeGreaterThan(0.5);
    expect(vienna.summary.agreement).toBeLessThan(0.75);
  }, 900_000);
});
