import { memoryStore } from '@parley/core';
import { issgAgenda, issgRoleCards, realOutcome } from '@parley/issg';
import { utility } from '@parley/negotiation';
import { issgConsequences } from '@parley/sim';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ClassDebriefReport,
  classDebriefReport,
  debriefDocument,
  debriefHtml,
  issgClassGame,
  readClassLog,
  textSurvival,
} from '../src/index.js';
import { playViennaWithRewind, TEST_SURVIVAL, VIENNA, viennaNash } from './fixtures/viennaClass.js';

const agenda = issgAgenda(VIENNA);
const cards = issgRoleCards(VIENNA);
const scoreOf = (party: string, text: Record<string, string>) => {
  const p = cards.find((c) => c.party === party)!.preferences;
  return utility(p, text) - p.reservation;
};

describe('the debrief of a class and its branches', () => {
  const store = memoryStore();
  let rewoundTo = 0;
  let report: ClassDebriefReport;
  beforeAll(async () => {
    rewoundTo = await playViennaWithRewind(store);
    const log = await readClassLog(store);
    expect(log.game).toBe(VIENNA);
    report = classDebriefReport(issgClassGame(VIENNA, { survival: TEST_SURVIVAL }), agenda, [
      { branches: log.branches },
    ]);
  }, 120_000);

  it('reads every branch of the class from its store, with the parent of each rewind', async () => {
    const log = await readClassLog(store);
    expect(log.branches.map((b) => [b.stream, b.parent])).toEqual([
      [VIENNA, null],
      [`${VIENNA}~2`, { stream: VIENNA, seq: rewoundTo }],
    ]);
  });

  it("puts each branch's text beside the real one and the Nash text, with every delegation's score", () => {
    const [main, branch] = report.branches;
    expect(main!.debrief.status).toBe('adopted');
    expect(main!.debrief.classText).toEqual(realOutcome(VIENNA));
    expect(branch!.debrief.classText).toEqual(viennaNash());
    expect(main!.debrief.realText).toEqual(realOutcome(VIENNA));
    expect(main!.debrief.nashText).toEqual(viennaNash());
    for (const s of branch!.debrief.scores) {
      expect(s.score).toBeCloseTo(scoreOf(s.party, viennaNash()), 12);
      expect(s.real).toBeCloseTo(scoreOf(s.party, realOutcome(VIENNA)), 12);
    }
  });

  it('gives the ceasefire survival each text leads to: seeded runs of the model, as a sweep computes it', () => {
    const s = report.branches[0]!.debrief.survival!;
    expect(s).toMatchObject(TEST_SURVIVAL);
    const after = (text: Record<string, string> | null, days: number, seed: number, run: number) =>
      issgConsequences(VIENNA, text, days, seed, run);
    const direct = textSurvival(after, realOutcome(VIENNA), TEST_SURVIVAL, 'the class');
    expect(s.class).toEqual(direct);
    expect(s.real).toEqual({ ...direct, outcome: 'real text' });
    // the Nash branch's class survival is the Nash text's
    expect(report.branches[1]!.debrief.survival!.class).toEqual({ ...s.nash!, outcome: 'the class' });
    expect(Object.keys(s.class.survival)).toEqual(['30', '60']);
    // the collapse count agrees with the runs themselves
    let collapsed = 0;
    for (let run = 0; run < TEST_SURVIVAL.runs; run++)
      if (after(realOutcome(VIENNA), TEST_SURVIVAL.days, TEST_SURVIVAL.seed, run).collapseDay !== null)
        collapsed++;
    expect(s.class.collapsed).toBe(collapsed);
  });

  it('has the timeline of moves, who made them, in sentences', () => {
    const t = report.branches[0]!.timeline;
    expect(t.map((m) => m.type)).toEqual([
      'class-round-started',
      'negotiation-opened',
      'draft-tabled',
      'message-sent',
      'text-adopted',
    ]);
    expect(t[2]).toMatchObject({ actor: 'us', sentence: 'us tabled draft 1' });
    expect(report.branches[1]!.timeline.map((m) => m.type)).toContain('class-branch-opened');
  });

  it('leaves out of a delegation’s timelines what it may not see', async () => {
    const log = await readClassLog(store);
    const game = issgClassGame(VIENNA, { survival: TEST_SURVIVAL });
    const forIr = classDebriefReport(game, agenda, [{ branches: log.branches }], (r) =>
      game.visibleTo(r, 'ir'),
    );
    expect(JSON.stringify(forIr)).not.toContain('between co-chairs');
    expect(JSON.stringify(report)).toContain('between co-chairs');
  });

  it('compares the branches side by side with the real and the Nash texts', () => {
    const c = report.comparison;
    expect(c.parties).toEqual(agenda.parties);
    expect(c.rows.map((r) => [r.name, r.kind, r.status, r.from])).toEqual([
      [VIENNA, 'class', 'adopted', null],
      [`${VIENNA}~2`, 'class', 'adopted', `${VIENNA}@${rewoundTo}`],
      ['really adopted', 'real', 'reference', null],
      ['Nash text', 'nash', 'reference', null],
    ]);
    const nashRow = c.rows[1]!;
    const total = agenda.parties.reduce((a, p) => a + scoreOf(p, viennaNash()), 0);
    expect(nashRow.total).toBeCloseTo(total, 2);
    expect(nashRow.below).toBe(agenda.parties.filter((p) => scoreOf(p, viennaNash()) < 0).length);
    expect(nashRow.survival).toBe(report.branches[0]!.debrief.survival!.nash!.survival['60']);
    expect(c.rows[0]!.scores).toEqual(c.rows[2]!.scores);
  });

  it('renders as HTML with no script and no network, the same bytes each time', () => {
    const html = debriefDocument(report, 'class.ndjson');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|url\(|@import|https?:\/\//i);
    for (const p of agenda.parties) expect(html).toContain(`<th scope="col">${p}</th>`);
    for (const i of agenda.issues) expect(html).toContain(`<th scope="row">${i.label}</th>`);
    // the Nash branch's text differs from the real one where the Nash text does
    expect(html).toContain('class="differs"');
    expect(html).toContain('rewound from');
    expect(debriefHtml(report)).toBe(debriefHtml(report));
    expect(debriefDocument(report, 'class.ndjson')).toBe(html);
  });
});
