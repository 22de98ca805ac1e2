import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bufferIo, main } from '@parley/cli';
import { chainRecords, encodeRecord, runScenario } from '@parley/core';
import { fileStore } from '@parley/core/node';
import { issgEvents, issgRecord } from '@parley/issg';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../packages/core/test/fixtures/tmp.js';
import { STACK } from './helpers.js';

// One reading policy (issue 15): `parley validate`, `parley state` (and every command that reads a log) and
// the file store reach the same verdict on every mutant of a valid log: bit flips, truncations, duplicate
// keys, deep nesting, control bytes, U+FFFD, BOMs, raw DEL and CR, files with no record.

const tmp = tempDir('parley-agree-');
const enc = new TextEncoder();

function base(chained: boolean): string[] {
  const { records } = runScenario(issgRecord, { until: '2015-11-14' });
  const first = records.slice(0, 8);
  return (chained ? chainRecords(first) : first).map((r) => encodeRecord(r));
}

/** A small seeded generator (the test must replay the same mutants). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const bytesOf = (lines: readonly string[], end = '\n') => enc.encode(lines.join('\n') + end);

function concat(...parts: (Uint8Array | string)[]): Uint8Array {
  const bs = parts.map((p) => (typeof p === 'string' ? enc.encode(p) : p));
  const out = new Uint8Array(bs.reduce((n, b) => n + b.length, 0));
  let o = 0;
  for (const b of bs) {
    out.set(b, o);
    o += b.length;
  }
  return out;
}

function mutants(): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const chained of [false, true]) {
    const lines = base(chained);
    const whole = bytesOf(lines);
    const tag = chained ? 'chained' : 'plain';
    const rnd = lcg(chained ? 7 : 3);
    out.push({ name: `${tag}: valid`, bytes: whole });
    for (let k = 0; k < 60; k++) {
      const b = whole.slice();
      const at = Math.floor(rnd() * b.length);
      b[at]! ^= 1 << Math.floor(rnd() * 8);
      out.push({ name: `${tag}: bit flip at byte ${at}`, bytes: b });
    }
    for (let k = 0; k < 25; k++) {
      const at = Math.floor(rnd() * whole.length);
      out.push({ name: `${tag}: truncated to ${at} bytes`, bytes: whole.slice(0, at) });
    }
    const mid = 3;
    const last = lines.length - 1;
    const edit = (i: number, f: (l: string) => string, end = '\n') =>
      bytesOf(
        lines.map((l, j) => (j === i ? f(l) : l)),
        end,
      );
    for (const i of [mid, last]) {
      const where = i === last ? 'last line' : 'middle line';
      out.push({
        name: `${tag}: duplicate data key, ${where}`,
        bytes: edit(i, (l) => l.replace('"data":', '"data":{"x":1},"data":')),
      });
      out.push({
        name: `${tag}: duplicate seq key, ${where}`,
        bytes: edit(i, (l) => l.replace('"seq":', '"seq":99,"seq":')),
      });
      out.push({
        name: `${tag}: nested 300 deep, ${where}`,
        bytes: edit(i, (l) => l.replace('"data":{', `"data":{"deep":${'['.repeat(300)}${']'.repeat(300)},`)),
      });
      out.push({
        name: `${tag}: nested 6000 deep, ${where}`,
        bytes: edit(i, (l) =>
          l.replace('"data":{', `"data":{"deep":${'['.repeat(6000)}${']'.repeat(6000)},`),
        ),
      });
      for (const [label, c] of [
        ['NUL', '\u0000'],
        ['SOH', '\u0001'],
        ['ESC', '\u001b'],
        ['DEL', '\u007f'],
        ['CR', '\r'],
        ['U+FFFD', '\ufffd'],
        ['BOM', '\ufeff'],
      ] as const) {
        out.push({
          name: `${tag}: raw ${label} in a string, ${where}`,
          bytes: edit(i, (l) => l.replace('"type":"', `"type":"${c}`)),
        });
        out.push({
          name: `${tag}: raw ${label} between tokens, ${where}`,
          bytes: edit(i, (l) => l.replace(',"type"', `,${c}"type"`)),
        });
        out.push({
          name: `${tag}: raw ${label} at the line's end, ${where}`,
          bytes: edit(i, (l) => `${l}${c}`),
        });
      }
      out.push({
        name: `${tag}: invalid UTF-8, ${where}`,
        bytes: concat(
          edit(i, (l) => l.replace('"type":"', '"type":"\u0001')).slice(0, 0),
          ...lines.map((l, j) =>
            j === i ? concat(l.slice(0, 20), new Uint8Array([0xc3, 0x28]), l.slice(20), '\n') : `${l}\n`,
          ),
        ),
      });
      out.push({
        name: `${tag}: no newline after the ${where}`,
        bytes: i === last ? edit(i, (l) => l, '') : edit(i, (l) => l),
      });
      out.push({
        name: `${tag}: a line repeated, ${where}`,
        bytes: bytesOf([...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)]),
      });
      out.push({ name: `${tag}: a line removed, ${where}`, bytes: bytesOf(lines.filter((_, j) => j !== i)) });
    }
    out.push({ name: `${tag}: one BOM`, bytes: concat('\ufeff', whole) });
    out.push({ name: `${tag}: two BOMs`, bytes: concat('\ufeff\ufeff', whole) });
    out.push({ name: `${tag}: CRLF line ends`, bytes: bytesOf(lines.map((l) => `${l}\r`)) });
    out.push({ name: `${tag}: blank lines between`, bytes: bytesOf(lines.flatMap((l) => [l, ''])) });
    out.push({
      name: `${tag}: last two lines swapped`,
      bytes: bytesOf([...lines.slice(0, last - 1), lines[last]!, lines[last - 1]!]),
    });
    out.push({ name: `${tag}: NUL bytes appended`, bytes: concat(whole, new Uint8Array(64)) });
    out.push({
      name: `${tag}: NUL bytes appended, then a newline`,
      bytes: concat(whole, new Uint8Array(64), '\n'),
    });
    out.push({ name: `${tag}: garbage last line`, bytes: concat(whole, '1\n') });
  }
  for (const [name, bytes] of [
    ['empty file', ''],
    ['blank lines only', '\n\n  \n'],
    ['"1" and a newline', '1\n'],
    ['"1" alone', '1'],
    ['NUL bytes only', new Uint8Array(100)],
    ['NUL bytes and a newline', concat(new Uint8Array(100), '\n')],
    ['a JSON array', '[]\n'],
    ['an empty object', '{}\n'],
    ['a torn first append', '{"stream":"issg","se'],
  ] as const)
    out.push({ name, bytes: typeof bytes === 'string' ? enc.encode(bytes) : bytes });
  return out;
}

interface Verdict {
  readonly ok: boolean;
  readonly lines: readonly number[];
}

async function cli(args: string[], file: string): Promise<Verdict & { err: string; code: number }> {
  const io = bufferIo();
  const code = await main([...args.slice(0, 1), file, ...args.slice(1)], io);
  const err = io.err();
  expect(err, `${args[0]}: no stack trace`).not.toMatch(STACK);
  expect(err).not.toMatch(/unexpected error/);
  expect([0, 1], `${args[0]} exits 0 or 1:\n${err}`).toContain(code);
  const lines = [...err.matchAll(/^.*?:(\d+): (?!warning)/gm)].map((m) => Number(m[1]));
  if (code === 1) expect(lines.length, `${args[0]} names a line:\n${err}`).toBeGreaterThan(0);
  return { ok: code === 0, lines, err, code };
}

async function store(file: string): Promise<Verdict & { message: string }> {
  const before = readFileSync(file);
  try {
    const s = await fileStore(file, { catalog: issgEvents, onWarning: () => {} });
    try {
      for (const stream of await s.streams()) for await (const _ of s.read(stream));
    } finally {
      await s.close();
    }
    return { ok: true, lines: [], message: '' };
  } catch (e) {
    const line = (e as { line?: unknown }).line;
    expect(typeof line, `the store names a line: ${(e as Error).message}`).toBe('number');
    expect(readFileSync(file).equals(before), 'a log the store refuses is left as it was').toBe(true);
    return { ok: false, lines: [line as number], message: (e as Error).message };
  }
}

describe('one reading policy', () => {
  const all = mutants();

  it(`validate, state, export and fileStore agree on ${all.length} mutants of a log`, async () => {
    const disagreements: string[] = [];
    let bad = 0;
    for (const [n, m] of all.entries()) {
      const file = join(tmp.dir, `m${n}.ndjson`);
      writeFileSync(file, m.bytes);
      const v = await cli(['validate'], file);
      const s = await cli(['state', '--json'], file);
      const x = await cli(['export', '--to', 'cameo'], file);
      copyFileSync(file, `${file}.store.ndjson`);
      const f = await store(`${file}.store.ndjson`);
      const verdicts = [v.ok, s.ok, x.ok, f.ok];
      if (!v.ok) bad++;
      if (new Set(verdicts).size !== 1)
        disagreements.push(
          `${m.name}: validate ${v.code}, state ${s.code}, export ${x.code}, fileStore ${f.ok ? 'ok' : f.message}\n  ${v.err.trim()}\n  ${s.err.trim()}`,
        );
      else if (!v.ok) {
        // the line the store stops at, and the first one state names, are lines validate names
        if (!v.lines.includes(f.lines[0]!) || !v.lines.includes(s.lines[0]!))
          disagreements.push(`${m.name}: validate names ${v.lines}, state ${s.lines}, fileStore ${f.lines}`);
      }
    }
    console.info(`agreement: ${all.length} mutants, ${bad} bad, ${disagreements.length} disagreements`);
    expect(disagreements).toEqual([]);
    expect(bad).toBeGreaterThan(all.length / 3);
  }, 300_000);
});
