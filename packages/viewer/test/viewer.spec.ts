// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText() is the text a person sees, not the DOM property.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewer, type Session, shot } from './browser.js';

/** How long to wait for the page to show something (generous: CI runs other tests beside these). */
const POLL = { timeout: 15_000 };
const here = dirname(fileURLToPath(import.meta.url));

// Browser tests of the BUILT page (dist/index.html, opened from file:// in Debian's Chromium), asserting
// on what a person sees: visible text and accessible names. Screenshots go to screenshots/ (gitignored).
describe('the viewer page, opened from file:// in Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openViewer();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens the built-in record offline and shows Vienna, Munich and the resolutions on the timeline', async () => {
    const { page } = s;
    const timeline = page.getByRole('region', { name: 'Timeline by track' });
    await expect.poll(() => timeline.isVisible(), POLL).toBe(true);
    const text = await timeline.innerText();
    expect(text).toContain('Vienna');
    expect(text).toContain('Munich');
    for (const r of ['2118', '2254', '2268']) expect(text).toContain(`UNSCR ${r}`);
    for (const track of ['Military & ceasefire', 'Humanitarian', 'Political talks', 'Diplomacy'])
      expect(await page.getByRole('region', { name: track }).isVisible()).toBe(true);
    expect(await timeline.getByRole('link').count()).toBeGreaterThan(20);
    expect(await page.getByRole('toolbar', { name: 'Time travel' }).isVisible()).toBe(true);
    await shot(page, '01-opened');
    expect(s.errors).toEqual([]);
    expect(s.network).toEqual([]);
  });

  it('steps forward and back with the buttons and the keyboard, and the summary follows', async () => {
    const { page } = s;
    const position = page.locator('#position');
    const summary = page.getByRole('region', { name: /^State|^Initial state/ });
    await page.getByRole('button', { name: 'First event' }).click();
    expect(await position.innerText()).toContain('Before the first event');
    await page.getByRole('button', { name: 'Next event' }).click();
    expect(await position.innerText()).toMatch(/^Event 1 of \d+ · 2015-10-23/);
    const early = await summary.innerText();
    await page.getByRole('button', { name: 'Last event' }).click();
    const late = await summary.innerText();
    expect(late).not.toEqual(early);
    expect(late).toContain('collapsed');
    expect(late).toContain('2254');
    await shot(page, '02-last-event');
    await page.getByRole('button', { name: 'Previous event' }).click();
    expect(await position.innerText()).toMatch(/^Event (\d+) of \1|^Event \d+ of \d+/);
    const n = Number(/of (\d+)/.exec(await position.innerText())![1]);
    expect(await position.innerText()).toContain(`Event ${n - 1} of ${n}`);
    await page.keyboard.press('Home');
    expect(await position.innerText()).toContain('Before the first event');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await position.innerText()).toContain(`Event 2 of ${n}`);
    await page.keyboard.press('ArrowLeft');
    expect(await position.innerText()).toContain(`Event 1 of ${n}`);
  });

  it('jumps to an event from the timeline and forks a what-if shown side by side', async () => {
    const { page } = s;
    await page
      .getByRole('button', { name: /Go to event \d+: The cessation of hostilities came into force/ })
      .click();
    expect(await page.locator('#position').innerText()).toContain('2016-02-27');
    await page.keyboard.press('f');
    const form = page.getByRole('form', { name: 'What-if' });
    await expect.poll(() => form.isVisible(), POLL).toBe(true);
    await page
      .getByLabel('What happens instead')
      .selectOption({ label: 'The arrangement is declared collapsed' });
    await page.getByRole('button', { name: 'Create the what-if branch' }).click();
    const record = page.getByRole('region', { name: /^The record/ });
    const whatIf = page.getByRole('region', { name: /^What-if: Declare collapse/ });
    await expect.poll(() => whatIf.isVisible(), POLL).toBe(true);
    expect(await record.isVisible()).toBe(true);
    expect(await record.innerText()).toContain('cessation');
    expect(await whatIf.innerText()).toContain('collapsed');
    expect(
      await page
        .getByText(/no longer possible/)
        .first()
        .isVisible(),
    ).toBe(true);
    await page.getByRole('region', { name: 'What-if', exact: true }).scrollIntoViewIfNeeded();
    await shot(page, '03-fork');
    await page.keyboard.press('Escape');
  });

  it('explains a what-if the rules refuse, and travels a branch to fork again from it', async () => {
    const { page } = s;
    await page
      .getByRole('button', { name: /Go to event \d+: Persistent non-compliance can now be referred/ })
      .click();
    await page.keyboard.press('f');
    await page
      .getByLabel('What happens instead')
      .selectOption({ label: 'A party is excluded for non-compliance' });
    await page.getByLabel('Party', { exact: true }).selectOption('syria-gov');
    await page.getByRole('button', { name: 'Create the what-if branch' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'The rules refuse' });
    await expect.poll(() => refusal.isVisible(), POLL).toBe(true);
    expect(await refusal.innerText()).toContain('referred');
    await page
      .getByLabel('What happens instead')
      .selectOption({ label: 'Persistent non-compliance is referred to the ministers' });
    await page.getByLabel('Party', { exact: true }).selectOption('syria-gov');
    await page.getByRole('button', { name: 'Create the what-if branch' }).click();
    await page.getByRole('button', { name: 'Travel this branch' }).click();
    expect(await page.locator('#source-title').innerText()).toContain('What-if: Refer non compliance');
    expect(await page.locator('#position').innerText()).toContain(
      'referred the non-compliance of the government to the ministers',
    );
    await page.keyboard.press('f');
    await page
      .getByLabel('What happens instead')
      .selectOption({ label: 'A party is excluded for non-compliance' });
    await page.getByLabel('Party', { exact: true }).selectOption('syria-gov');
    await page.getByRole('button', { name: 'Create the what-if branch' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: /^What-if: Exclude party/ }).isVisible())
      .toBe(true);
    expect(await page.getByRole('region', { name: /^What-if: Exclude party/ }).innerText()).toContain(
      'syria-gov',
    );
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Built-in record' }).click();
  });

  it('refuses a bad NDJSON file with a message naming the line, and keeps working', async () => {
    const { page } = s;
    const good = (seq: number, at: string) =>
      JSON.stringify({
        stream: 'class',
        seq,
        id: `class:${seq}`,
        at,
        type: 'members-admitted',
        data: { members: ['us', 'ru'] },
        v: 1,
      });
    const bad = [good(1, '2015-10-30'), good(2, '2015-10-31'), '{"stream": "class", "seq": 3,', ''].join(
      '\n',
    );
    await page
      .locator('#log-file')
      .setInputFiles({ name: 'broken.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(bad) });
    const alert = page.getByRole('alert').filter({ hasText: 'broken.ndjson' });
    await expect.poll(() => alert.isVisible(), POLL).toBe(true);
    expect(await alert.innerText()).toContain('line 3');
    // The page still shows the record and still steps.
    expect(await page.getByRole('region', { name: 'Timeline by track' }).innerText()).toContain('Munich');
    const before = await page.locator('#position').innerText();
    await page.getByRole('button', { name: 'Next event' }).click();
    expect(await page.locator('#position').innerText()).not.toEqual(before);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '04-bad-file');
    // A good log opens.
    const ok = `${[good(1, '2015-10-30'), good(2, '2015-10-31')].join('\n')}\n`;
    await page
      .locator('#log-file')
      .setInputFiles({ name: 'class.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(ok) });
    await expect.poll(() => page.locator('#position').innerText(), POLL).toContain('of 2');
    // A log whose last line has no newline (what a crash mid-append leaves) opens without that line, as
    // `parley validate` and the stores read it, and the page says so.
    await page.locator('#log-file').setInputFiles({
      name: 'torn.ndjson',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(ok.slice(0, -1)),
    });
    await expect.poll(() => page.locator('#status').innerText(), POLL).toContain('torn last line');
    expect(await page.locator('#position').innerText()).toContain('of 1');
    expect(s.errors).toEqual([]);
  });

  it('simulates a what-if with a mechanism switched off, the same seeds on both branches', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Built-in record' }).click();
    await page
      .getByRole('button', { name: /Go to event \d+: The cessation of hostilities came into force/ })
      .click();
    await page.getByRole('button', { name: 'Fork here' }).click();
    await page
      .getByLabel('What happens instead')
      .selectOption({ label: 'Simulate without: Monitoring and third-party guarantees' });
    await page.getByRole('button', { name: 'Create the what-if branch' }).click();
    const table = page.getByRole('table', { name: 'Outcomes of the two branches (same seeds)' });
    await expect.poll(() => table.isVisible(), { timeout: 45_000 }).toBe(true);
    const text = await table.innerText();
    expect(text).toContain('All mechanisms on');
    expect(text).toContain('Without: Monitoring');
    expect(
      await page
        .getByRole('group', { name: /Survival of the arrangement/ })
        .first()
        .isVisible(),
    ).toBe(true);
    await page.getByRole('region', { name: 'What-if', exact: true }).scrollIntoViewIfNeeded();
    await shot(page, '05-mechanism');
    await page.keyboard.press('Escape');
  });

  it('shows the shipped Monte Carlo sample as survival curves and quantile bands', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Show the sample sweep' }).click();
    const panel = page.getByRole('region', { name: 'Monte Carlo: what could have happened' });
    await expect.poll(() => panel.getByText(/runs over \d+ days/).isVisible(), POLL).toBe(true);
    expect(await panel.getByRole('group', { name: /Survival of the arrangement/ }).isVisible()).toBe(true);
    expect(await panel.getByRole('group', { name: /median and quantile bands/ }).count()).toBeGreaterThan(1);
    await panel.scrollIntoViewIfNeeded();
    await shot(page, '06-monte-carlo');
    // A sweep chosen from disk, and a file that is not one.
    await page.locator('#mc-file').setInputFiles(join(here, '..', 'samples', 'mc-sample.json'));
    await expect.poll(() => panel.getByText(/^mc-sample\.json: \d+ runs/).isVisible(), POLL).toBe(true);
    await page.locator('#mc-file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await expect
      .poll(() => panel.getByRole('alert').innerText(), POLL)
      .toContain('Could not read notes.json');
    expect(s.errors).toEqual([]);
    expect(s.network).toEqual([]);
  });
});
