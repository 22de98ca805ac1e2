import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type FileStoreWarning, fileStore } from '../src/node.js';
import { tempDir } from './fixtures/tmp.js';

const here = dirname(fileURLToPath(import.meta.url));
const child = join(here, 'fixtures', 'crash-child.ts');
const tmp = tempDir('parley-crash-');

/** Run the child until it has reported `appends` resolved appends, wait `delayMs`, SIGKILL it. */
function runAndKill(
  path: string,
  appends: number,
  delayMs: number,
): Promise<{ reported: number; opened: number }> {
  return new Promise((resolve, reject) => {
    const proc: ChildProcess = spawn(
      process.execPath,
      ['--conditions=@parley/source', '--import', 'tsx', child, path],
      {
        cwd: join(here, '..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let opened = -1;
    let reported = 0;
    let seen = 0;
    let buffer = '';
    let stderr = '';
    let killing = false;
    const timer = setTimeout(() => proc.kill('SIGKILL'), 20_000);
    proc.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    proc.stdout?.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('open ')) opened = Number(line.slice(5));
        else {
          reported = Math.max(reported, Number(line));
          seen++;
        }
      }
      if (!killing && seen >= appends) {
        killing = true;
        setTimeout(() => proc.kill('SIGKILL'), delayMs);
      }
    });
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && killing) resolve({ reported, opened });
      else reject(new Error(`crash child ended with ${code ?? signal} before the kill:\n${stderr}`));
    });
  });
}

describe('fileStore crash safety', () => {
  it('every append reported resolved survives SIGKILL at varied points; the log reopens gapless', async () => {
    const path = tmp.file('crash.ndjson');
    const started = performance.now();
    let lastReported = 0;
    let repaired = 0;
    const iterations = 16;
    for (let round = 0; round < iterations; round++) {
      // Deterministic schedule: kill after 1..13 appends, then 0..4 ms later (mid-append or between).
      const appends = 1 + ((round * 5) % 13);
      const delay = (round * 3) % 5;
      const { reported, opened } = await runAndKill(path, appends, delay);
      expect(opened).toBeGreaterThanOrEqual(lastReported);
      expect(reported).toBeGreaterThan(opened);
      const warnings: FileStoreWarning[] = [];
      const store = await fileStore(path, { onWarning: (w) => warnings.push(w) });
      expect(warnings.map((w) => w.code)).toContain('stale-lock');
      repaired += warnings.filter((w) => w.code !== 'stale-lock').length;
      const version = await store.version('s');
      expect(version).toBeGreaterThanOrEqual(reported);
      let seq = 0;
      const batches = new Map<number, number[]>();
      for await (const r of store.read('s')) {
        expect(r.seq).toBe(++seq);
        const d = r.data as { i: number; k: number; size: number };
        batches.set(d.i, [...(batches.get(d.i) ?? []), d.k]);
      }
      expect(seq).toBe(version);
      for (const [i, ks] of batches)
        expect(ks, `batch ${i} is whole`).toEqual(Array.from({ length: 1 + (i % 3) }, (_, k) => k));
      await store.close();
      lastReported = reported;
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `crash test: ${iterations} kills, last version ${lastReported}, ${repaired} torn tails repaired, ${seconds.toFixed(1)} s`,
    );
  }, 180_000);

  it('a crash at any byte of the last appends reopens to whole batches only', async () => {
    const path = tmp.file('cut-source.ndjson');
    const store = await fileStore(path);
    const ends: { bytes: number; version: number }[] = [];
    const sizes = [1, 3, 2, 1, 4];
    for (const [i, n] of sizes.entries()) {
      const { version } = await store.append(
        's',
        Array.from({ length: n }, (_, k) => ({ type: 'tick', data: { i, k, t: 'é✓' }, at: '2016-02-27' })),
      );
      ends.push({ bytes: readFileSync(path).length, version });
    }
    await store.close();
    const whole = readFileSync(path);
    const from = ends[1]!.bytes;
    // Every byte near a line end (where framing decisions happen), and every 7th byte elsewhere.
    const nearNewline = (c: number) => [-2, -1, 0, 1, 2].some((d) => whole[c + d] === 10);
    const cuts = Array.from({ length: whole.length - from + 1 }, (_, i) => from + i).filter(
      (c) => nearNewline(c) || c % 7 === 0 || c === whole.length,
    );
    for (const cut of cuts) {
      const cutPath = tmp.file('cut.ndjson');
      writeFileSync(cutPath, whole.subarray(0, cut));
      const warnings: FileStoreWarning[] = [];
      const reopened = await fileStore(cutPath, { onWarning: (w) => warnings.push(w) });
      const expected = ends.filter((e) => e.bytes <= cut).at(-1)!;
      expect(await reopened.version('s'), `cut at byte ${cut}`).toBe(expected.version);
      expect(warnings.length, `warnings at byte ${cut}`).toBe(ends.some((e) => e.bytes === cut) ? 0 : 1);
      await reopened.close();
      expect(readFileSync(cutPath).length).toBe(expected.bytes);
    }
  }, 120_000);
});
