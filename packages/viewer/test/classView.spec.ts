// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText() is the text a person sees, not the DOM property.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openViewer, type Session, shot } from './browser.js';

const POLL = { timeout: 15_000 };

/** True when the current event's item lies inside the visible box of its lane's list. */
async function currentInItsLane(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const item = document.querySelector('.event.current');
    const list = item?.closest('.lane-list');
    if (!item || !list) return false;
    const a = item.getBoundingClientRect();
    const b = list.getBoundingClientRect();
    return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
  });
}

// The viewer as a class sees it on a projector: the current event in its lane, its details on screen, the
// indicators saying what they mean and showing their values without hovering.
describe('the viewer in class (Chromium)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openViewer();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the current event in its lane and its details: reporter, attribution, severity, note, sources', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1920, height: 1080 });
    const timeline = page.getByRole('region', { name: 'Timeline by track' });
    await expect.poll(() => timeline.isVisible(), POLL).toBe(true);
    await page
      .getByRole('button', { name: /Go to event \d+: A violation by the government was reported by the HNC/ })
      .first()
      .click();
    const details = page.getByRole('region', { name: 'Current event' });
    const text = await details.innerText();
    expect(text).toContain('A violation by the government was reported by the HNC (disputed)');
    expect(text).toMatch(/Reported by\s+the HNC/);
    expect(text).toMatch(/Attribution\s+disputed/);
    expect(text).toMatch(/Severity\s+5 of 5/);
    expect(text).toContain('blame disputed');
    expect(await details.getByRole('link').count()).toBeGreaterThan(0);
    expect(await currentInItsLane(page)).toBe(true);
    await shot(page, 'class-1920-violation');
    await page.keyboard.press('End');
    expect(await currentInItsLane(page)).toBe(true);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await currentInItsLane(page)).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('says what each indicator means and shows the values of the current day without hovering', async () => {
    const { page } = s;
    await page
      .getByRole('button', { name: /Go to event \d+: The cessation of hostilities came into force/ })
      .click();
    await page.mouse.move(0, 0);
    const chart = page.locator('.chart-figure').first();
    const text = await chart.innerText();
    for (const label of ['Violence', 'Humanitarian access', 'Momentum', 'Credibility'])
      expect(text).toContain(label);
    expect(text).toContain('observed deaths a day');
    const values = await chart.locator('.u-legend .u-value').allInnerTexts();
    expect(values.filter((v) => /^\d+(\.\d+)?$/.test(v.trim())).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps the state panel and the current event on screen at 1280×800', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page
      .getByRole('button', { name: /Go to event \d+: The cessation of hostilities came into force/ })
      .click();
    const state = page.getByRole('region', { name: /^State|^Initial state/ });
    expect(await state.isVisible()).toBe(true);
    const box = await state.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    expect(await currentInItsLane(page)).toBe(true);
    await shot(page, 'class-1280-cessation');
  });
});
