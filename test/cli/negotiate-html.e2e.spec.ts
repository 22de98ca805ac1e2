import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { negotiationEvents } from '@parley/negotiation';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseLog } from '../../packages/viewer/src/model/loadLog.js';
import { parley, requireBuilt } from './helpers.js';

// End to end: `parley negotiate <agenda> --html FILE [--axes A,B] [--out FILE.ndjson]` writes one
// self-contained page of the negotiation and its event log.
beforeAll(requireBuilt);
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const tmp = mkdtempSync(join(tmpdir(), 'parley-negview-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.concurrent('parley negotiate --html', () => {
  let html = '';
  let stdout = '';
  beforeAll(async () => {
    const r = await parley([
      'negotiate',
      'vienna-2016-05-17',
      '--seed',
      '1',
      '--html',
      join(tmp, 'vienna.html'),
      '--out',
      join(tmp, 'vienna.ndjson'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    stdout = r.stdout;
    html = readFileSync(join(tmp, 'vienna.html'), 'utf8');
  });

  it('says what it wrote after the usual tables', () => {
    expect(stdout).toContain('Rounds: who moved what');
    expect(stdout).toMatch(/Wrote .*vienna\.ndjson: \d+ events of the negotiation \(NDJSON\)\./);
    expect(stdout).toMatch(
      /Wrote .*vienna\.html: \d+ rounds, the utilities chart and the outcome space for us and ru\./,
    );
  });

  it('is self-contained: a CSP that forbids loading anything, no script, no external URL', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\s*\(/i);
  });

  it('shows every round with its moves and the draft after it', () => {
    const rounds = [...html.matchAll(/<details id="round-(\d+)"/g)].map((m) => Number(m[1]));
    expect(rounds.length).toBeGreaterThan(1);
    expect(rounds).toEqual(rounds.map((_, i) => i + 1));
    expect(html).toContain('The US tables the draft (v1).');
    expect(html).toContain('The draft after round 1');
    expect(html).toContain('<section id="drafts">');
    // the grid holds one column per round
    expect(html).toContain(`<a href="#round-${rounds.length}">${rounds.length}</a>`);
  });

  it("draws each delegation's utility per round and the outcome space with its marks and legend", () => {
    const svgs = html.match(/<svg /g) ?? [];
    expect(svgs.length).toBe(2);
    expect(html).toContain(`aria-label="Each delegation's utility of the draft, round by round"`);
    for (const p of ['us', 'ru', 'ir', 'sa', 'tr', 'fr', 'gb', 'de', 'un'])
      expect(html).toContain(`data-party="${p}"`);
    expect(html).toContain('aria-label="The outcome space for the US and Russia"');
    expect(html).toContain('class="frontier"');
    for (const mark of ['mark-nash', 'mark-real']) expect(html).toContain(`class="${mark}"`);
    for (const words of ['Pareto frontier', 'Nash text', 'real outcome', 'simulated outcome'])
      expect(html).toContain(`class="legend">${words}`);
    expect(html).toContain('all 19,440 texts');
  });

  it('writes a log the viewer opens as negotiation events', () => {
    const text = readFileSync(join(tmp, 'vienna.ndjson'), 'utf8');
    const records = parseLog(text, { file: 'vienna.ndjson', catalog: negotiationEvents });
    expect(records[0]!.type).toBe('negotiation-opened');
    expect(records.length).toBeGreaterThan(10);
  });

  it('--axes chooses the two delegations; the same seed gives the same bytes', async () => {
    const r = await parley([
      'negotiate',
      'vienna-2016-05-17',
      '--seed',
      '1',
      '--html',
      join(tmp, 'ir-tr.html'),
      '--axes',
      'ir,tr',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).agenda).toBe('vienna-2016-05-17');
    const other = readFileSync(join(tmp, 'ir-tr.html'), 'utf8');
    expect(other).toContain('aria-label="The outcome space for Iran and Turkey"');
    const again = await parley([
      'negotiate',
      'vienna-2016-05-17',
      '--seed',
      '1',
      '--html',
      join(tmp, 'again.html'),
    ]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(tmp, 'again.html'), 'utf8')).toBe(html);
  });

  it('refuses wrong usage with exit 2', async () => {
    for (const args of [
      ['--axes', 'us,cn', '--html', join(tmp, 'x.html')],
      ['--axes', 'us,ru'],
      ['--out', join(tmp, 'x.json')],
      ['--runs', '5', '--html', join(tmp, 'x.html')],
    ]) {
      const r = await parley(['negotiate', 'vienna-2016-05-17', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
