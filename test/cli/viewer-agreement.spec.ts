import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bufferIo, main } from '@parley/cli';
import { issgEvents } from '@parley/issg';
import { describe, expect, it } from 'vitest';
import { LogError, parseLog } from '../../packages/viewer/src/model/loadLog.js';
import { corpus } from './fixtures/corpus.js';
import { ROOT } from './helpers.js';

// One log validation (issue 13): the viewer's file input and `parley validate` judge every log of the corpus
// of corrupted logs the same way — both are core's validateLog — and name the same lines.

describe("the viewer's file input and parley validate", () => {
  it.each(corpus().map((f) => [f.name] as const))('agree on %s', async (name) => {
    const file = `test/cli/fixtures/logs/${name}`;
    const io = bufferIo();
    const code = await main(['validate', file, '--json'], io);
    const verdict = JSON.parse(io.out()) as {
      ok: boolean;
      records: number;
      problems: { line: number; reason: string }[];
      warnings: { line: number; reason: string }[];
    };
    expect(code).toBe(verdict.ok ? 0 : 1);
    const bytes = readFileSync(join(ROOT, file));
    const warnings: number[] = [];
    let viewer: { ok: true; records: number } | { ok: false; error: LogError };
    try {
      const records = parseLog(new Uint8Array(bytes), {
        file,
        catalog: issgEvents,
        onWarning: (w) => warnings.push(w.line),
      });
      viewer = { ok: true, records: records.length };
    } catch (e) {
      if (!(e instanceof LogError)) throw e;
      viewer = { ok: false, error: e };
    }
    expect(viewer.ok).toBe(verdict.ok);
    if (viewer.ok) {
      expect(viewer.records).toBe(verdict.records);
      // the structural warnings (a torn last line, a duplicate id) are the same; the CLI adds the domain's
      expect(verdict.warnings.map((w) => w.line)).toEqual(expect.arrayContaining(warnings));
    } else {
      expect(viewer.error.problems.map((p) => [p.line, p.reason])).toEqual(
        verdict.problems.map((p) => [p.line, p.reason]),
      );
      expect(viewer.error.line).toBe(verdict.problems[0]!.line);
      expect(viewer.error.message).toContain(
        `${file}:${verdict.problems[0]!.line}: ${verdict.problems[0]!.reason}`,
      );
    }
  });
});
