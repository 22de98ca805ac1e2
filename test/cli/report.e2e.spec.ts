import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parley, requireBuilt } from './helpers.js';

// End to end: `parley report --html` writes one self-contained page that opens offline.
beforeAll(requireBuilt);
// Each test spawns node; on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const tmp = mkdtempSync(join(tmpdir(), 'parley-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every place a page could load something from the network. Links to sources (`<a href>`) are not loads. */
function networkLoads(html: string): string[] {
  const found: string[] = [];
  const withoutAnchors = html.replace(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/g, '<a>');
  for (const re of [
    /https?:\/\//g,
    /(?:src|href|srcset|action|poster|data)\s*=\s*["']?\s*\/\//gi,
    /@import/gi,
    /url\s*\(/gi,
    /<script/gi,
    /<link/gi,
    /<iframe|<object|<embed|<img/gi,
  ])
    for (const m of withoutAnchors.matchAll(re)) found.push(m[0]);
  return found;
}

describe.concurrent('parley report --html', () => {
  let html = '';
  let html2 = '';
  beforeAll(async () => {
    const r = await parley(['report', 'issg-2015-2016', '--html', join(tmp, 'issg.html')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Wrote .*issg\.html: \d+ events, 4 indicator charts, state at \d+ key dates/);
    html = readFileSync(join(tmp, 'issg.html'), 'utf8');
    await parley(['report', 'issg-2015-2016', '--html', join(tmp, 'again.html')]);
    html2 = readFileSync(join(tmp, 'again.html'), 'utf8');
  });

  it('has no network references: no scripts, stylesheets, fonts, images, @import or url()', () => {
    expect(networkLoads(html)).toEqual([]);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain("default-src 'none'");
  });

  it('has the timeline with its sources as links', () => {
    expect(html).toContain('<section id="timeline">');
    for (const track of ['diplomacy', 'hostilities', 'humanitarian', 'political'])
      expect(html).toMatch(new RegExp(`<h3>${track} <small>\\(\\d+\\)</small></h3>`));
    expect(html).toContain('The cessation of hostilities came into force between the government and the HNC');
    const links = [...html.matchAll(/<a href="(https?:\/\/[^"]+)" rel="noreferrer noopener">/g)];
    expect(links.length).toBeGreaterThan(50);
  });

  it('has an inline SVG chart per indicator', () => {
    expect(html).toContain('<section id="indicators">');
    expect((html.match(/<svg /g) ?? []).length).toBe(4);
    for (const k of ['Violence', 'Humanitarian access', 'Momentum', 'Credibility'])
      expect(html).toContain(`<figcaption>${k}`);
    expect(html).toMatch(/<polyline points="[\d.,\s]+" class="line"\/>/);
  });

  it('has the state at key dates', () => {
    expect(html).toContain('<section id="states">');
    expect(html).toContain('2016-02-27');
    expect(html).toMatch(/<th scope="row">hostilities\.status<\/th>/);
    expect(html).toContain('<td>cessation</td>');
  });

  it('is deterministic and escapes its text', () => {
    expect(html2).toBe(html);
    expect(html).not.toMatch(
      /<(?!\/?(?:html|head|meta|title|style|body|header|h[1-3]|p|code|nav|a|main|section|figure|figcaption|svg|line|text|title|polyline|div|table|thead|tbody|tr|th|td|br|small|ol|li|time|span|footer)\b|!doctype)/i,
    );
  });

  it('works for a scenario script and a log alike', async () => {
    const log = join(tmp, 'run.ndjson');
    expect((await parley(['run', 'examples/munich-to-cessation.ts', '--out', log])).code).toBe(0);
    const r = await parley(['report', log, '--html', join(tmp, 'log.html')]);
    expect(r.code, r.stderr).toBe(0);
    expect(networkLoads(readFileSync(join(tmp, 'log.html'), 'utf8'))).toEqual([]);
    const c = await parley(['report', 'examples/custom-negotiation.ts', '--html', join(tmp, 'custom.html')]);
    expect(c.code, c.stderr).toBe(0);
    expect(readFileSync(join(tmp, 'custom.html'), 'utf8')).toContain('an offer was made');
  });
});
