import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './publicEntries.js';

// The tutorial and the teaching guide promise that their commands run as written. This test takes every
// `pnpm parley …` line of their ```sh blocks and runs it through the CLI's sources; a ```ts block whose
// first line is `// path/to/file.ts` is a file the reader creates, written to a scratch folder first.
// Two liberties keep CI fast without changing what is checked (flags, dates, scenario ids, scripts):
// Monte Carlo sweeps run at most 20 runs in this thread (`--workers 0`; the output does not depend on
// the number of workers), and output files (`.ndjson`, `.html`, `.csv`) go to the scratch folder.
const scratch = join(root, 'test', 'docs', '.scratch');
const run = promisify(execFile);
const DOCS = ['docs/tutorial.md', 'docs/teaching-guide.md'].filter((d) => existsSync(join(root, d)));

interface Doc {
  readonly files: Map<string, string>;
  readonly commands: string[];
}

function readDoc(path: string): Doc {
  const text = readFileSync(join(root, path), 'utf8');
  const files = new Map<string, string>();
  const commands: string[] = [];
  for (const m of text.matchAll(/```(\w+)[^\n]*\n([\s\S]*?)```/g)) {
    const [, lang, body] = m as unknown as [string, string, string];
    if (lang === 'ts') {
      const first = /^\/\/ (\S+\.ts)\s*\n/.exec(body);
      if (first) files.set(first[1]!, body);
    } else if (lang === 'sh') {
      for (const line of body.split('\n')) if (line.startsWith('pnpm parley ')) commands.push(line.trim());
    }
  }
  return { files, commands };
}

function argsOf(command: string, files: Map<string, string>): string[] {
  const args = command.slice('pnpm parley '.length).split(/\s+/);
  const out = args.map((a) => {
    if (files.has(a)) return join(scratch, basename(a));
    if (/\.(ndjson|html|csv)$/.test(a) && !existsSync(join(root, a))) return join(scratch, basename(a));
    return a;
  });
  if (out[0] === 'mc') {
    const i = out.indexOf('--runs');
    if (i >= 0 && Number(out[i + 1]) > 20) out[i + 1] = '20';
    if (!out.includes('--workers')) out.push('--workers', '0');
  }
  return out;
}

for (const path of DOCS) {
  describe(`${path}: every command runs as written`, () => {
    const doc = readDoc(path);
    it('has commands to run', () => {
      expect(doc.commands.length).toBeGreaterThan(0);
    });
    beforeAll(() => {
      mkdirSync(scratch, { recursive: true });
      for (const [file, body] of doc.files) writeFileSync(join(scratch, basename(file)), body);
    });
    // In order: a command may read a file an earlier one wrote.
    for (const command of doc.commands) {
      it(command, async () => {
        const args = [
          '--conditions=@parley/source',
          '--import',
          'tsx',
          'packages/cli/src/bin.ts',
          ...argsOf(command, doc.files),
        ];
        let result: { stdout: string; stderr: string };
        try {
          result = await run(process.execPath, args, {
            cwd: root,
            env: { ...process.env, NO_COLOR: '1' },
            timeout: 240_000,
            maxBuffer: 64 * 1024 * 1024,
          });
        } catch (e) {
          const err = e as { code?: number; stderr?: string };
          throw new Error(`${command}\nexit ${String(err.code)}\n${err.stderr ?? String(e)}`);
        }
        expect(result.stdout.length).toBeGreaterThan(0);
      }, 240_000);
    }
  });
}
