import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryStore } from '@parley/core';
import { eventSentence, issgRoleCards, realOutcome } from '@parley/issg';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, findChromium } from '../../../scripts/chromium.mjs';
import { issgClassGame, issgWorldView } from '../src/index.js';
import { type Classroom, type ClassServer, clientDir, openClassroom, serveClassroom } from '../src/node.js';

const here = dirname(fileURLToPath(import.meta.url));
const shots = join(here, '..', 'screenshots');
// a few of them illustrate docs/classroom.md: written there by this test, so they stay current
const docImages = join(here, '..', '..', '..', 'docs', 'img');
const docShot = async (page: Page, name: string, top = 'top') => {
  await page.evaluate((id) => {
    const el = document.getElementById(id);
    if (el) el.scrollIntoView({ block: 'start' });
    else window.scrollTo(0, 0);
  }, top);
  await page.screenshot({ path: join(docImages, `classroom-${name}.png`), animations: 'disabled' });
};
// Chromium where the set-up and the viewer's tests look for it (CHROMIUM_PATH, else the PATH), with their flags
const found = findChromium();
const DELEGATIONS = ['us', 'ru', 'ir', 'sa', 'tr'] as const;

let browser: Browser;
let room: Classroom;
let server: ClassServer;

beforeAll(async () => {
  const dir = clientDir();
  if (!dir)
    throw new Error(
      'The classroom client is not built: run `pnpm --filter @parley/classroom build:client` first.',
    );
  if ('missing' in found)
    throw new Error(
      `No Chromium (${found.missing}: ${found.where}). Install Debian's: \`apt-get install -y chromium\` (or set CHROMIUM_PATH); \`npm test\` does this for you.`,
    );
  mkdirSync(shots, { recursive: true });
  mkdirSync(docImages, { recursive: true });
  room = await openClassroom({
    // a modest survival run keeps the debrief quick on a loaded machine
    game: issgClassGame('vienna-2016-05-17', { survival: { runs: 10, days: 90, seed: 1 } }),
    store: memoryStore(),
    agents: false,
  });
  server = await serveClassroom(room, { clientDir: dir });
  browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_FLAGS] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await room?.close();
});

async function open(): Promise<{ page: Page; frames: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const frames: string[] = [];
  const errors: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(String(f.payload))));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, frames, errors };
}

const history = (page: Page) => page.locator('#history');

/** What a person sees in an element, waited for (playwright-core has no `expect` of its own). */
function pwExpect(locator: Locator) {
  const poll = async (ok: (text: string, count: number) => boolean, what: string) => {
    const until = Date.now() + 10_000;
    let text = '';
    let count = 0;
    for (;;) {
      count = await locator.count();
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person sees
      text = count > 0 ? ((await locator.first().isVisible()) ? await locator.first().innerText() : '') : '';
      if (ok(text, count)) return;
      if (Date.now() > until)
        throw new Error(`${locator}: expected ${what}, saw ${JSON.stringify(text.slice(0, 400))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const matches = (text: string, x: string | RegExp) =>
    typeof x === 'string' ? text.trim() === x : x.test(text.trim());
  return {
    toHaveText: (x: string | RegExp) => poll((t) => matches(t, x), `the text ${String(x)}`),
    toContainText: (x: string) => poll((t) => t.includes(x), `to contain ${JSON.stringify(x)}`),
    toBeVisible: () =>
      poll((_, n) => n > 0 && true, 'to be visible').then(async () => {
        await locator.first().waitFor({ state: 'visible', timeout: 10_000 });
      }),
    toHaveCount: (n: number) => poll((_, c) => c === n, `${n} elements`),
    not: {
      toContainText: (x: string) => poll((t) => !t.includes(x), `not to contain ${JSON.stringify(x)}`),
    },
  };
}

describe('the classroom in Chromium: five delegations and the instructor', () => {
  it('play a Vienna round to adoption; the instructor pauses, injects and rewinds', async () => {
    const teacher = await open();
    await teacher.page.goto(server.instructorUrl);
    await pwExpect(teacher.page.locator('#who')).toHaveText('Instructor');
    expect(teacher.page.url()).not.toContain('instructor='); // the token leaves the address bar

    const pages: Record<string, Awaited<ReturnType<typeof open>>> = {};
    for (const seat of DELEGATIONS) {
      const p = await open();
      await p.page.goto(server.url);
      if (seat === 'ir') {
        await pwExpect(p.page.locator('#code')).toBeVisible();
        await docShot(p.page, 'join');
      }
      if (seat === 'us') {
        // (one wrong try only: every browser here shares one address, and five wrong codes block it)
        await p.page.fill('#code', 'WRONG-CODE');
        await p.page.click('#join button');
        await pwExpect(p.page.locator('#join-error')).toHaveText('Wrong code.');
      }
      await p.page.fill('#code', server.codes[seat]!);
      await p.page.click('#join button');
      await pwExpect(p.page.locator('#who')).toHaveText(`Delegation: ${seat}`);
      pages[seat] = p;
    }
    const us = pages.us!.page;
    const ir = pages.ir!.page;
    // each sees its own role card
    const usCard = issgRoleCards('vienna-2016-05-17').find((c) => c.party === 'us')!;
    await pwExpect(us.locator('#card')).toContainText(usCard.briefing.slice(0, 60));
    await pwExpect(ir.locator('#card')).not.toContainText(usCard.briefing.slice(0, 60));
    await pwExpect(ir.locator('#amend')).toBeVisible();
    await pwExpect(ir.locator('#table')).toHaveCount(0); // only chairs table drafts
    await pwExpect(teacher.page.locator('#seats')).toContainText('students');
    // the world the class negotiates in: the ISSG on the meeting's day, its indicators (the viewer's chart)
    await pwExpect(ir.locator('#world-panel')).toContainText('The ISSG on 2016-05-17');
    await pwExpect(ir.locator('#world-news')).toContainText('No news injected yet.');
    await pwExpect(ir.locator('#world-chart .u-legend')).toContainText('Violence');

    // the round starts
    await teacher.page.click('#start');
    for (const seat of DELEGATIONS) {
      await pwExpect(pages[seat]!.page.locator('#round')).toHaveText('Round 1: running');
      await pwExpect(pages[seat]!.page.locator('#negotiation')).toContainText('Negotiation: open');
    }
    await pwExpect(us.locator('#clock')).toHaveText(/^(19|20):\d\d$/);

    // the US co-chair tables the real text of 17 May
    const real = realOutcome('vienna-2016-05-17');
    for (const [issue, option] of Object.entries(real)) await us.selectOption(`#table-${issue}`, option);
    await us.click('#table button');
    await pwExpect(history(ir)).toContainText('us tabled draft 1');
    await pwExpect(ir.locator('#draft')).toContainText('Your utility');

    // a private word between the co-chairs
    await us.selectOption('#message-to', 'ru');
    await us.fill('#message-text', 'PRIVATE-us-to-ru');
    await us.click('#message button');
    await pwExpect(history(pages.ru!.page)).toContainText('PRIVATE-us-to-ru');

    // Iran objects: adoption is refused
    await ir.click('#object button');
    await pwExpect(history(us)).toContainText('ir objects');
    await us.click('#adopt button');
    await pwExpect(us.locator('#move-result')).toContainText('standing objections: ir');

    // the instructor pauses: moves are refused until the round resumes
    await teacher.page.click('#pause');
    await pwExpect(ir.locator('#round')).toHaveText('Round 1: paused');
    await ir.click('#withdraw');
    await pwExpect(ir.locator('#move-result')).toContainText('the round is paused');
    await ir.screenshot({ path: join(shots, 'class-delegation-paused.png') });

    // news from the ISSG catalog, while paused
    await teacher.page.selectOption('#inject-kind', 'violation');
    await teacher.page.click('#inject button');
    await pwExpect(teacher.page.locator('#instructor-result')).toHaveText('Done.');
    const violation = room.records.find((r) => r.type === 'violation-reported')!;
    for (const seat of DELEGATIONS)
      await pwExpect(history(pages[seat]!.page)).toContainText(eventSentence(violation));
    // the news moves the world every delegation sees: the chart's legend gives the day's values of the
    // ISSG view with the news in
    await pwExpect(ir.locator('#world-news')).toContainText(eventSentence(violation));
    const world = issgWorldView('2016-05-17', room.records);
    const violence = world.series.values.violence[world.series.values.violence.length - 1]!;
    await pwExpect(ir.locator('#world-chart .u-legend')).toContainText(
      `Date2016-05-17Violence${violence.toFixed(2)}`,
    );
    await docShot(ir, 'delegation');
    await docShot(teacher.page, 'instructor');

    await teacher.page.click('#resume');
    await pwExpect(ir.locator('#round')).toHaveText('Round 1: running');
    await ir.click('#withdraw');
    await pwExpect(history(us)).toContainText('ir withdrew its objection');
    await us.click('#adopt button');
    for (const seat of DELEGATIONS) {
      const page = pages[seat]!.page;
      await pwExpect(page.locator('#negotiation')).toContainText('Negotiation: adopted');
      await pwExpect(page.locator('#debrief-panel')).toBeVisible();
    }
    await pwExpect(ir.locator('#debrief')).toContainText('really adopted');
    await pwExpect(ir.locator('#debrief')).toContainText('Nash text');
    // the debrief: each delegation's score, the ceasefire survival the text leads to, the timeline
    await pwExpect(ir.locator('#debrief')).toContainText('What the text leads to in simulation');
    await pwExpect(ir.locator('#debrief')).toContainText('10 seeded runs (seed 1)');
    await pwExpect(ir.locator('#debrief')).toContainText('Timeline:');
    await pwExpect(ir.locator('#debrief')).not.toContainText('PRIVATE-us-to-ru');
    await ir.locator('#debrief-panel').scrollIntoViewIfNeeded();
    await ir.screenshot({ path: join(shots, 'class-debrief.png') });
    await docShot(ir, 'debrief', 'debrief-panel');
    await pwExpect(teacher.page.locator('#utilities')).toContainText('could accept');
    await teacher.page.screenshot({ path: join(shots, 'class-instructor.png') });

    // the instructor rewinds to just after the draft was tabled: a new branch, the text open again
    const tabled = room.records.find((r) => r.type === 'draft-tabled')!;
    await teacher.page.click(`button[data-rewind="${tabled.seq}"]`);
    for (const seat of DELEGATIONS) {
      const page = pages[seat]!.page;
      await pwExpect(history(page)).toContainText('Rewound: a new branch');
      await pwExpect(page.locator('#negotiation')).toContainText('Negotiation: open');
      await pwExpect(history(page)).not.toContainText('ir objects');
    }
    expect(room.stream).toBe('vienna-2016-05-17~2');
    await us.screenshot({ path: join(shots, 'class-rewound.png') });

    // every frame Iran received: nobody else's private message, nobody else's role card
    expect(pages.ir!.frames.length).toBeGreaterThan(10);
    const irSaw = pages.ir!.frames.join('\n');
    expect(irSaw).not.toContain('PRIVATE-us-to-ru');
    expect(irSaw).not.toContain(usCard.briefing.slice(0, 40));
    expect(await ir.content()).not.toContain('PRIVATE-us-to-ru');
    for (const p of [teacher, ...Object.values(pages)]) expect(p.errors).toEqual([]);
  }, 180_000);
});
