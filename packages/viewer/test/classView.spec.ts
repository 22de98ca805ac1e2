// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's locator.innerText() is the text a person sees, not the DOM property.
import { runScenario } from '@parley/core';
import { INDICATORS, indicatorSeries, issgRecord } from '@parley/issg';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_DATA } from '../src/words.js';
import { openViewer, type Session, shot } from './browser.js';

const POLL = { timeout: 15_000 };

const series = indicatorSeries(runScenario(issgRecord).records);
/** What the chart's legend should show for the four indicators on a day, from the ISSG view's series. */
function legendOf(day: string): string[] {
  const i = series.dates.indexOf(day);
  expect(i, day).toBeGreaterThanOrEqual(0);
  return INDICATORS.map(({ name }) => {
    const v = series.values[name][i];
    return v == null ? NO_DATA : v.toFixed(2);
  });
}

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
      .getByRole('button', {
        name: /Go to event \d+: A violation by the government was reported by the HNC \(disputed\)/,
      })
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
    // the legend, without hovering, shows the day's values of the ISSG view's series: on the first day of
    // the cessation violence and credibility have no data (no death count yet), which it says in words
    const values = (await chart.locator('.u-legend .u-value').allInnerTexts()).map((v) => v.trim());
    expect(values).toEqual(['2016-02-27', ...legendOf('2016-02-27')]);
    expect(values).toContain(NO_DATA);
    // a day with data for all four: four numbers
    await page
      .getByRole('button', {
        name: /Go to event \d+: The US and Russia agreed "US-Russia Geneva arrangement/,
      })
      .click();
    await page.mouse.move(0, 0);
    const later = (await chart.locator('.u-legend .u-value').allInnerTexts()).map((v) => v.trim());
    expect(later).toEqual(['2016-09-09', ...legendOf('2016-09-09')]);
    expect(later.slice(1).filter((v) => /^\d\.\d\d$/.test(v))).toHaveLength(4);
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
