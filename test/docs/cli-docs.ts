/**
 * Keeps the output pasted in docs/cli/*.md true to the code.
 *
 * Every fenced block whose first line is `$ parley …` is run again through the CLI (in process, as on a
 * pipe: no colour, no progress), and the lines after each `$ parley …` line are replaced by what the command
 * prints (standard output, then standard error). A trailing `| head -N` or `| tail -N` is honoured; a `[…]`
 * line keeps the page's elision (as many lines before and after it as now); a command followed at once by
 * another `$` line is a setup step, run for its files, its output not shown. A block
 * whose first line is `Usage: parley …` is replaced by that command's `--help`. Other blocks are left as
 * they are. Commands run in a scratch folder (with `examples/` and `test/` linked in), in the order of the
 * pages, so a log written on one page (`--out munich.ndjson`) can be read on the next.
 *
 *   node --conditions=@parley/source --import tsx test/docs/cli-docs.ts          rewrite the pages
 *   node --conditions=@parley/source --import tsx test/docs/cli-docs.ts --check  exit 1 and list stale blocks
 *
 * test/docs/cli-docs.spec.ts runs the check, so a change to the output fails the tests until the docs
 * follow (`npm run docs:cli`).
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bufferIo, main } from '@parley/cli';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const docs = join(root, 'docs', 'cli');
/** Page order: pages that read files run after the pages that write them. */
const PAGES = [
  'scenarios.md',
  'agendas.md',
  'run.md',
  'state.md',
  'timeline.md',
  'validate.md',
  'report.md',
  'export.md',
  'mc.md',
  'negotiate.md',
  'demo.md',
  'class.md',
  'debrief.md',
  'init.md',
  'completion.md',
  'README.md',
];

export interface StaleBlock {
  readonly page: string;
  readonly command: string;
}

/** Split a command line into arguments: whitespace-separated, with single or double quotes. */
function splitArgs(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

async function run(commandLine: string, cwd: string): Promise<{ text: string; code: number }> {
  const [cmd, pipe] = commandLine.split(/\s+\|\s+/, 2);
  const args = splitArgs(cmd!).slice(1); // drop "parley"
  const io = bufferIo({ cwd, env: { NO_COLOR: '1' } });
  const code = await main(args, io);
  let lines = `${io.out()}${io.err()}`.replace(/\n+$/, '').split('\n');
  const filter = pipe ? /^(head|tail) -(\d+)$/.exec(pipe.trim()) : null;
  if (pipe && !filter)
    throw new Error(`cli-docs: cannot run the pipe "| ${pipe}" (only head -N and tail -N)`);
  if (filter)
    lines = filter[1] === 'head' ? lines.slice(0, Number(filter[2])) : lines.slice(-Number(filter[2]));
  return { text: lines.join('\n'), code };
}

const ELISION = '[…]';

/**
 * Long output is pasted with a `[…]` line standing for the middle: keep as many lines before and after it
 * as the page shows now, so the page stays short and still says exactly what the command prints.
 */
function elide(output: string, shown: readonly string[]): string {
  const cut = shown.findIndex((l) => l.trim() === ELISION);
  if (cut < 0) return output;
  const lines = output.split('\n');
  const head = cut;
  const tail = shown.length - cut - 1;
  if (lines.length <= head + tail + 1) return output;
  return [...lines.slice(0, head), shown[cut]!, ...lines.slice(lines.length - tail)].join('\n');
}

async function renderBlock(
  body: string,
  cwd: string,
): Promise<{ text: string; command: string } | undefined> {
  const lines = body.replace(/\n$/, '').split('\n');
  const first = lines[0] ?? '';
  const usage = /^Usage: parley(?: (\w+))?/.exec(first);
  if (usage) {
    const command = usage[1] ? `parley ${usage[1]} --help` : 'parley --help';
    return { text: `${(await run(command, cwd)).text}\n`, command };
  }
  if (!first.startsWith('$ parley ')) return undefined;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('$ ')) continue;
    if (!line.startsWith('$ parley ')) throw new Error(`cli-docs: only parley commands can be run: ${line}`);
    let end = i + 1;
    while (end < lines.length && !lines[end]!.startsWith('$ ')) end++;
    const output = await run(line.slice(2), cwd);
    // a setup step shown without output (another `$` line follows at once) runs for its files only
    if (end === i + 1 && end < lines.length) out.push(line);
    else {
      const shown = lines.slice(i + 1, end);
      // a page may note the exit code on the last line (`exit 1`): keep it true
      const withCode = /^exit \d+$/.test(shown[shown.length - 1] ?? '');
      const text = elide(output.text, withCode ? shown.slice(0, -1) : shown);
      out.push(line, withCode ? `${text}\nexit ${output.code}` : text);
    }
  }
  return { text: `${out.join('\n').replace(/\n+$/, '')}\n`, command: first.slice(2) };
}

/**
 * Run every documented command and compare (or rewrite) the pages.
 *
 * @example
 * ```ts
 * const stale = await syncCliDocs({ write: false });
 * if (stale.length) console.error(stale.map((s) => `${s.page}: ${s.command}`).join('\n'));
 * ```
 */
export async function syncCliDocs(options: { write: boolean }): Promise<StaleBlock[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'parley-docs-'));
  const stale: StaleBlock[] = [];
  try {
    for (const dir of ['examples', 'test']) symlinkSync(join(root, dir), join(scratch, dir));
    for (const page of PAGES) {
      const path = join(docs, page);
      const src = readFileSync(path, 'utf8');
      const blocks = [...src.matchAll(/```(\w*)\n([\s\S]*?)```/g)];
      let result = '';
      let last = 0;
      for (const m of blocks) {
        const start = m.index + 3 + m[1]!.length + 1;
        const rendered = await renderBlock(m[2]!, scratch);
        result += src.slice(last, start);
        if (rendered && rendered.text !== m[2]) stale.push({ page, command: rendered.command });
        result += rendered ? rendered.text : m[2]!;
        last = start + m[2]!.length;
      }
      result += src.slice(last);
      if (options.write && result !== src) writeFileSync(path, result);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const stale = await syncCliDocs({ write: !check });
  for (const s of stale) console.log(`${check ? 'stale' : 'updated'}: docs/cli/${s.page}: ${s.command}`);
  if (check && stale.length > 0) {
    console.error('docs/cli is out of date: run `npm run docs:cli`');
    process.exitCode = 1;
  }
}
