import { exec } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { issgEvents } from '@parley/issg';
import { negotiationEvents } from '@parley/negotiation';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseLog } from '../../packages/viewer/src/model/loadLog.js';
import { parseMonteCarlo } from '../../packages/viewer/src/model/mc.js';
import { root } from './publicEntries.js';

// The guides promise that their commands run as written from the root of the repository. This test takes
// every `npx parley …` line of their ```sh blocks and runs it, exactly as written, through a shell — the
// same `npx`, the same bin the reader gets after set-up (the built CLI: `npm test` builds first), the same
// flags, run counts and redirections. Only the folder differs, so that files a reader makes never land in
// the repository: each guide runs in a scratch folder that looks like the root (`examples/` holds links to
// the repository's examples, plus the files the guide tells the reader to create — a ```ts block whose
// first line is `// examples/….ts`). What a command writes is then checked against what reads it: a log the
// guide says to open in the viewer is accepted by the viewer's file input, a sweep saved as JSON is one
// JSON document that the viewer's Monte Carlo panel loads.
const run = promisify(exec);
const DOCS = [
  'docs/tutorial.md',
  'docs/teaching-guide.md',
  'docs/issg.md',
  'docs/negotiation.md',
  'README.md',
].filter((d) => existsSync(join(root, d)));
const PREFIX = 'npx parley ';
/** The extensions the viewer's "Open NDJSON log…" input accepts (packages/viewer/src/app.ts). */
const LOG_INPUT = /\.(ndjson|jsonl|txt)$/;

interface Doc {
  readonly text: string;
  readonly files: Map<string, string>;
  readonly commands: string[];
}

function readDoc(path: string): Doc {
  const text = readFileSync(join(root, path), 'utf8');
  const files = new Map<string, string>();
  const commands: string[] = [];
  for (const m of text.matchAll(/```(\w+)[^\n]*\n([\s\S]*?)```/g)) {
    const lang = m[1];
    const body = m[2] ?? '';
    if (lang === 'ts') {
      const first = /^\/\/ (\S+\.ts)\s*\n/.exec(body);
      if (first?.[1]) files.set(first[1], body);
    } else if (lang === 'sh') {
      for (const line of body.split('\n')) if (line.startsWith(PREFIX)) commands.push(line.trim());
    }
  }
  return { text, files, commands };
}

/** A folder that looks like the repository's root to the commands of one guide. */
function scratchFor(path: string, files: Map<string, string>): string {
  const dir = join(root, 'test', 'docs', '.scratch', path.replace(/[/.]/g, '-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'examples'), { recursive: true });
  for (const name of readdirSync(join(root, 'examples')))
    symlinkSync(join(root, 'examples', name), join(dir, 'examples', name));
  for (const [file, body] of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    rmSync(join(dir, file), { force: true });
    writeFileSync(join(dir, file), body);
  }
  return dir;
}

/** Files a command writes: `--out FILE`, `--html FILE` and `> FILE`. */
function outputsOf(command: string): string[] {
  return [...command.matchAll(/(?:--out|--html|>)\s+(\S+)/g)].map((m) => m[1] ?? '');
}

for (const path of DOCS) {
  const doc = readDoc(path);
  if (doc.commands.length === 0) continue;
  describe(`${path}: every command runs as written`, () => {
    let cwd = '';
    beforeAll(() => {
      if (!existsSync(join(root, 'packages', 'cli', 'dist', 'bin.js')))
        throw new Error('`npx parley` runs the built CLI: run `npm run setup` (or `pnpm build`) first');
      cwd = scratchFor(path, doc.files);
    });
    // In order: a command may read a file an earlier one wrote.
    for (const command of doc.commands) {
      it(command, async () => {
        let result: { stdout: string; stderr: string };
        try {
          result = await run(command, {
            cwd,
            env: { ...process.env, NO_COLOR: '1' },
            timeout: 240_000,
            maxBuffer: 64 * 1024 * 1024,
          });
        } catch (e) {
          const err = e as { code?: number; stderr?: string };
          throw new Error(`${command}\nexit ${String(err.code)}\n${err.stderr ?? String(e)}`);
        }
        const outputs = outputsOf(command);
        if (outputs.length === 0) expect(result.stdout.length).toBeGreaterThan(0);
        for (const file of outputs) {
          const text = readFileSync(join(cwd, file), 'utf8');
          expect(text.length, file).toBeGreaterThan(0);
          if (file.endsWith('.ndjson')) {
            // the guide tells the reader to open or drop this file in the viewer: the viewer must take it
            expect(file).toMatch(LOG_INPUT);
            // a negotiation's log (parley negotiate --out) holds the negotiation's events
            const catalog = text.includes('"type":"negotiation-opened"') ? negotiationEvents : issgEvents;
            expect(parseLog(text, { file, catalog }).length).toBeGreaterThan(0);
          }
          if (file.endsWith('.html')) expect(text).toContain("default-src 'none'");
          if (file.endsWith('.json')) expect(parseMonteCarlo(text, file).runs).toBeGreaterThan(0);
        }
      }, 240_000);
    }
  });
}

describe('the guides name only files the viewer opens', () => {
  it('every log a guide tells the reader to open in the viewer is made by one of its commands', () => {
    for (const path of DOCS) {
      const doc = readDoc(path);
      const made = new Set(doc.commands.flatMap(outputsOf));
      for (const m of doc.text.matchAll(/(?:[Oo]pen|drop) `([^`]+\.ndjson)`/g))
        expect(made.has(m[1] ?? ''), `${path}: ${m[1]}`).toBe(true);
    }
  });
});
