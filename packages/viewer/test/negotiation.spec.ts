// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText() is the text a person sees, not the DOM property.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeRecord } from '@parley/core';
import { issgNegotiationView } from '@parley/issg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewer, type Session, shot, shotsDir } from './browser.js';

const POLL = { timeout: 30_000 };
const tmp = mkdtempSync(join(tmpdir(), 'parley-negview-'));

// What the page must show for Vienna, seed 1: computed by the library the page runs in the browser.
const expected = issgNegotiationView('vienna-2016-05-17', { seed: 1 });

// The negotiation view of the BUILT page, in Chromium, as a person uses it: negotiate a built-in agenda,
// step through the rounds, read the draft, the utilities and the outcome space with its marks.
describe('the negotiation view (Chromium)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openViewer();
  });
  afterAll(async () => {
    await s?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('negotiates Vienna in the browser and shows round 1: its moves, the draft, the charts and the legend', async () => {
    const { page } = s;
    const panel = page.getByRole('region', { name: 'Negotiation: step through the rounds' });
    await panel.scrollIntoViewIfNeeded();
    await page.getByLabel('Agenda').selectOption('vienna-2016-05-17');
    await page.getByLabel('Seed').fill('1');
    await panel.getByRole('button', { name: 'Negotiate' }).click();
    const position = page.locator('#neg-position');
    await expect.poll(() => position.innerText(), POLL).toContain(`Round 1 of ${expected.rounds.length}`);
    expect(await page.locator('#neg-facts').innerText()).toContain('seed 1');
    expect(await panel.getByRole('region', { name: 'Moves in round 1' }).innerText()).toContain(
      'The US tables the draft (v1).',
    );
    const utilities = panel.getByRole('img', { name: /Each delegation's utility of the draft/ });
    expect(await utilities.isVisible()).toBe(true);
    expect(await utilities.locator('polyline').count()).toBe(expected.agenda.parties.length);
    const plane = panel.getByRole('img', { name: 'The outcome space for the US and Russia' });
    expect(await plane.isVisible()).toBe(true);
    expect(await plane.locator('.neg-frontier-dot').count()).toBe(expected.plane.frontier.length);
    for (const mark of ['mark-nash', 'mark-real']) expect(await plane.locator(`.${mark}`).count()).toBe(1);
    expect(await plane.locator('.mark-simulated').count()).toBe(
      expected.outcome.status === 'adopted' ? 1 : 0,
    );
    const parties = await panel.getByRole('list', { name: 'Legend of the utilities' }).innerText();
    for (const words of ['the US (us)', 'Russia (ru)', 'Iran (ir)', 'the UN (un)'])
      expect(parties).toContain(words);
    const legend = await panel.getByRole('list', { name: 'Legend of the outcome space' }).innerText();
    for (const words of [
      'texts (all 19,440)',
      'Pareto frontier',
      'Nash text',
      'real outcome',
      'simulated outcome',
    ])
      expect(legend).toContain(words);
    await panel.scrollIntoViewIfNeeded();
    await shot(page, '20-negotiation-round-1');
    expect(s.errors).toEqual([]);
    expect(s.network).toEqual([]);
  });

  it('steps through the rounds: the draft changes as the library says it does', async () => {
    const { page } = s;
    const panel = page.getByRole('region', { name: 'Negotiation: step through the rounds' });
    const draft = panel.getByRole('table', { name: /The draft after round/ });
    const firstChange = expected.rounds.findIndex((r, i) => i > 0 && r.changed.length > 0);
    expect(firstChange).toBeGreaterThan(0);
    const before = await draft.innerText();
    for (let i = 0; i < firstChange; i++) await panel.getByRole('button', { name: 'Next round' }).click();
    const r = expected.rounds[firstChange]!;
    expect(await page.locator('#neg-position').innerText()).toContain(`Round ${r.round} of`);
    const after = await draft.innerText();
    expect(after).not.toEqual(before);
    for (const issue of r.changed) {
      const i = expected.agenda.issues.find((x) => x.id === issue)!;
      const option = i.options.find((o) => o.id === r.draft![issue])!;
      expect(after).toContain(`${option.label} (changed)`);
    }
    // the marker on the utilities chart moves with the round
    expect(
      await panel
        .getByRole('img', {
          name: `Each delegation's utility of the draft, round by round (round ${r.round} marked)`,
        })
        .count(),
    ).toBe(1);
    await panel.getByRole('button', { name: 'Last round' }).click();
    const last = expected.rounds[expected.rounds.length - 1]!;
    expect(await page.locator('#neg-position').innerText()).toContain(
      `Round ${last.round} of ${expected.rounds.length}`,
    );
    if (last.status !== 'open')
      expect(await page.locator('#neg-position').innerText()).toContain(last.status);
    await panel.getByRole('button', { name: 'First round' }).click();
    expect(await page.locator('#neg-position').innerText()).toContain('Round 1 of');
    // the keys step the rounds while the focus is in the panel, and leave the record's timeline alone
    const event = await page.locator('#position').innerText();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#neg-position').innerText()).toContain('Round 2 of');
    await page.keyboard.press('End');
    expect(await page.locator('#neg-position').innerText()).toContain(`Round ${last.round} of`);
    await page.keyboard.press('Home');
    expect(await page.locator('#neg-position').innerText()).toContain('Round 1 of');
    expect(await page.locator('#position').innerText()).toBe(event);
  });

  it('shows the outcome space for two other delegations', async () => {
    const { page } = s;
    const panel = page.getByRole('region', { name: 'Negotiation: step through the rounds' });
    await page.getByLabel('Horizontal axis').selectOption('ir');
    await page.getByLabel('Vertical axis').selectOption('tr');
    const plane = panel.getByRole('img', { name: 'The outcome space for Iran and Turkey' });
    await expect.poll(() => plane.isVisible(), POLL).toBe(true);
    const other = issgNegotiationView(
      'vienna-2016-05-17',
      { records: expected.records },
      { axes: ['ir', 'tr'] },
    );
    expect(await plane.locator('.neg-frontier-dot').count()).toBe(other.plane.frontier.length);
    await panel
      .getByRole('heading', { name: 'The outcome space for Iran and Turkey' })
      .scrollIntoViewIfNeeded();
    await shot(page, '21-negotiation-axes');
    // the whole panel, for docs/negotiation.md (copied there by hand: docs/viewer-negotiation.jpg; the test never writes into docs/)
    // (the sticky time-travel bar of the record hidden, so it does not cover the panel's top)
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('.travel')?.style.setProperty('visibility', 'hidden'),
    );
    await panel.screenshot({ path: join(shotsDir, '22-negotiation-panel.jpg'), type: 'jpeg', quality: 80 });
    await page.evaluate(() =>
      document.querySelector<HTMLElement>('.travel')?.style.removeProperty('visibility'),
    );
  });

  it('opens a negotiation log written as NDJSON records, and refuses one that is not a negotiation', async () => {
    const { page } = s;
    const panel = page.getByRole('region', { name: 'Negotiation: step through the rounds' });
    const file = join(tmp, 'vienna.ndjson');
    writeFileSync(file, expected.records.map((r) => `${encodeRecord(r)}\n`).join(''));
    await page.locator('#neg-file').setInputFiles(file);
    await expect.poll(() => page.locator('#neg-facts').innerText(), POLL).not.toContain('seed');
    expect(await page.locator('#neg-position').innerText()).toContain(`Round 1 of ${expected.rounds.length}`);
    await page.locator('#neg-file').setInputFiles({
      name: 'other.ndjson',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from('{"hello": 1}\n'),
    });
    await expect
      .poll(() => panel.getByRole('alert').innerText(), POLL)
      .toContain('Could not open other.ndjson');
    expect(s.errors).toEqual([]);
  });
});
