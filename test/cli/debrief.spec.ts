import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIo, main } from '@parley/cli';
import { fileStore } from '@parley/core/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  playViennaWithRewind,
  TEST_SURVIVAL,
  VIENNA,
} from '../../packages/classroom/test/fixtures/viennaClass.js';

// In-process: `parley debrief` over class logs that `parley class` would have written (openClassroom on a
// file store), no build needed.
const tmp = mkdtempSync(join(tmpdir(), 'parley-debrief-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const monday = join(tmp, 'monday.ndjson');
const tuesday = join(tmp, 'tuesday.ndjson');
const small = [
  '--runs',
  String(TEST_SURVIVAL.runs),
  '--days',
  String(TEST_SURVIVAL.days),
  '--seed',
  String(TEST_SURVIVAL.seed),
];

beforeAll(async () => {
  for (const file of [monday, tuesday]) {
    const store = await fileStore(file);
    await playViennaWithRewind(store);
    await store.close();
  }
}, 120_000);

describe('parley debrief', () => {
  it('prints the branches side by side with the real and Nash texts', async () => {
    const io = bufferIo();
    expect(await main(['debrief', monday, ...small], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('ISSG');
    for (const name of [VIENNA, `${VIENNA}~2`, 'real', 'Nash']) expect(out).toContain(name);
    expect(out).toContain('S(60 days)');
    expect(out).toContain(`2: ${VIENNA}~2 (adopted, rewound from ${VIENNA}@`);
    expect(Math.max(...out.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(out).toContain(`${TEST_SURVIVAL.runs} seeded runs (seed ${TEST_SURVIVAL.seed})`);
    expect(out).not.toContain(String.fromCharCode(27));
  }, 120_000);

  it('--json prints the debrief the classroom computes', async () => {
    const io = bufferIo();
    expect(await main(['debrief', monday, '--json', ...small], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.branches).toHaveLength(2);
    expect(report.branches[0].debrief.survival).toMatchObject(TEST_SURVIVAL);
    expect(report.comparison.rows).toHaveLength(4);
  }, 120_000);

  it('--html writes one self-contained page of several classes through the safe writer', async () => {
    const out = join(tmp, 'debrief.html');
    const io = bufferIo();
    expect(await main(['debrief', monday, tuesday, '--html', out, ...small], io)).toBe(0);
    expect(io.out()).toMatch(/^Wrote .*debrief\.html: 4 branches of /);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|url\(|@import|https?:\/\//i);
    expect(html).toContain(`${monday}: ${VIENNA}~2`);
    expect(html).toContain(`${tuesday}: ${VIENNA}`);
    expect(readdirSync(tmp).filter((f) => f.includes('.tmp'))).toEqual([]);
    // same logs, same bytes
    const again = join(tmp, 'again.html');
    expect(await main(['debrief', monday, tuesday, '--html', again, ...small], bufferIo())).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(html);
  }, 120_000);

  it('a log that holds no class is bad input, FILE: reason', async () => {
    const file = join(tmp, 'not-a-class.ndjson');
    writeFileSync(file, '');
    const io = bufferIo();
    expect(await main(['debrief', file], io)).toBe(1);
    expect(io.err()).toMatch(/not-a-class\.ndjson.*no class in this log/);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});
