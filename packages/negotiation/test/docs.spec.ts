import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  NEGOTIATION_COMMANDS,
  NEGOTIATION_RULE_DESCRIPTIONS,
  negotiationEvents,
  runNegotiation,
} from '../src/index.js';
import { toy, toyPrefs } from './fixtures.js';

// Whitespace collapsed: the formatter aligns the tables' columns.
const doc = readFileSync(new URL('../../../docs/negotiation.md', import.meta.url), 'utf8').replace(
  /[ \t]+/g,
  ' ',
);

// docs/negotiation.md: every rule, event and command is listed as it is in the code, and the worked
// example's figures are what the code computes.
describe('docs/negotiation.md', () => {
  it('lists every rule id and event with its description, and every command name', () => {
    for (const [rule, what] of Object.entries(NEGOTIATION_RULE_DESCRIPTIONS))
      expect(doc).toContain(`| \`${rule}\` | ${what} |`);
    for (const type of negotiationEvents.types)
      expect(doc).toContain(`| \`${type}\` | ${negotiationEvents.description(type)} |`);
    for (const c of NEGOTIATION_COMMANDS) expect(doc).toContain(`\`${c}\``);
  });
  it('the worked example: analysis', () => {
    const a = analyse(toy, toyPrefs);
    expect(a.exact).toBe(true);
    expect(a.spaceSize).toBe(12);
    expect(a.paretoSize).toBe(9);
    expect(a.zopaSize).toBe(3);
    expect(a.zopa).toEqual([
      { talks: 'june', aid: 'convoys', list: 'keep' },
      { talks: 'july', aid: 'convoys', list: 'keep' },
      { talks: 'none', aid: 'convoys', list: 'keep' },
    ]);
    const july = { talks: 'july', aid: 'convoys', list: 'keep' };
    for (const s of [a.nash, a.kalaiSmorodinsky, a.utilitarian, a.egalitarian]) expect(s?.text).toEqual(july);
    expect(a.nash?.utilities.us).toBeCloseTo(0.62, 12);
    expect(a.nash?.utilities.ru).toBeCloseTo(0.65, 12);
    expect(a.nash?.utilities.ir).toBeCloseTo(0.7, 12);
    expect(a.pivotal).toEqual(['us', 'ir']);
    expect(a.blockedAlone).toEqual({ us: 3, ru: 0, ir: 2 });
    expect(doc).toContain("a.pivotal; // ['us', 'ir'] (blockedAlone: us 3, ru 0, ir 2)");
  });
  it('the worked example: the negotiation, the hardliner and the qualified majority', () => {
    const run = runNegotiation({ agenda: toy, preferences: toyPrefs, seed: 1 });
    expect(run.outcome).toEqual({
      status: 'adopted',
      text: { talks: 'none', aid: 'convoys', list: 'keep' },
      round: 3,
    });
    const moves = run.rounds.map((r) => r.moves.map((m) => `${m.by} ${m.command.type}`));
    expect(moves[0]).toEqual([
      'us table-draft',
      'ir raise-objection',
      'ir propose-amendment',
      'ru raise-objection',
      'ru propose-amendment',
    ]);
    expect(moves[1]).toEqual([
      'us accept-amendment',
      'us reject-amendment',
      'ru withdraw-objection',
      'ir propose-amendment',
    ]);
    expect(moves[2]).toEqual(['us accept-amendment', 'ir withdraw-objection', 'us adopt-text']);
    expect(run.rounds[1]!.utilities.ru).toBeCloseTo(0.44, 12);
    expect(run.rounds[2]!.utilities.ir).toBeCloseTo(0.9, 12);
    expect(run.rounds[2]!.utilities.us).toBeCloseTo(0.32, 12);
    expect(doc).toContain('run.outcome; // adopted in round 3: none/convoys/keep');
    const hard = runNegotiation({
      agenda: toy,
      preferences: toyPrefs,
      seed: 1,
      strategies: { ir: 'hardliner' },
    });
    expect(hard.outcome.status).toBe('failed');
    const qm = runNegotiation({
      agenda: { ...toy, decisionRule: { qualifiedMajority: 0.6 } },
      preferences: toyPrefs,
      seed: 1,
      strategies: { ir: 'hardliner' },
    });
    expect(qm.outcome.status).toBe('adopted');
  });
});
