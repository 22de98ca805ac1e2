import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { issgClassGame } from '@parley/classroom';
import { openClassroom, serveClassroom } from '@parley/classroom/node';
import { memoryStore } from '@parley/core';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from './publicEntries.js';

// docs/classroom.md promises that its ```sh commands run as written and that its bot sits at a class.
// Each `npx parley class …` line runs (from the sources: `node --conditions=@parley/source --import tsx
// packages/cli/src/bin.ts` stands for `npx parley`) in a scratch folder until its first line, then gets
// SIGTERM and must exit 0; the ```ts block `// bot.ts` joins a Vienna class and says hello.
const doc = readFileSync(join(root, 'docs', 'classroom.md'), 'utf8');
// the teaching guide's live exercise shows its command in a ```console block (its ```sh blocks are run to
// completion by runnable.spec.ts, and a class runs until stopped): run it here the same way
const guide = readFileSync(join(root, 'docs', 'teaching-guide.md'), 'utf8');
const guideCommands = [...guide.matchAll(/```console\n([\s\S]*?)```/g)]
  .flatMap((m) => m[1]!.split('\n'))
  .filter((l) => l.startsWith('$ npx parley class '))
  .map((l) => l.slice(2));
const BIN = join(root, 'packages', 'cli', 'src', 'bin.ts');
const run = promisify(execFile);
// `--import tsx` resolves from the working directory; the scratch folder has no node_modules
const TSX = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

const blocks = (lang: string) =>
  [...doc.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
const scratch = mkdtempSync(join(tmpdir(), 'parley-docs-class-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('docs/classroom.md', () => {
  const commands = blocks('sh')
    .flatMap((b) => b.split('\n'))
    .filter((l) => l.startsWith('npx parley class '));
  commands.push(...guideCommands);

  it('shows commands, and the teaching guide one', () => {
    expect(commands.length).toBeGreaterThan(1);
    expect(guideCommands).toHaveLength(1);
  });

  for (const line of commands)
    it(`runs: ${line}`, async () => {
      const args = line.slice('npx parley '.length).split(/\s+/);
      const proc = spawn(process.execPath, ['--conditions=@parley/source', '--import', TSX, BIN, ...args], {
        cwd: scratch,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      proc.stderr.on('data', (d) => {
        err += String(d);
      });
      const first = await new Promise<string>((resolve, reject) => {
        proc.stdout.on('data', (d) => {
          out += String(d);
          if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
        });
        proc.once('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
      });
      const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
      proc.kill('SIGTERM');
      expect(await exited).toBe(0);
      if (args.includes('--json')) {
        const info = JSON.parse(first);
        expect(Object.keys(info)).toEqual(['url', 'instructor', 'seats']);
        expect(info.instructor.startsWith(`${info.url}/?instructor=`)).toBe(true);
      }
      const store = args[args.indexOf('--store') + 1];
      if (args.includes('--store')) expect(existsSync(join(scratch, store!))).toBe(true);
    });

  // `npx parley debrief …` reads the log a class command above wrote (they run first, in page order)
  const debriefs = blocks('sh')
    .flatMap((b) => b.split('\n'))
    .filter((l) => l.startsWith('npx parley debrief '));
  for (const line of debriefs)
    it(`runs: ${line}`, async () => {
      const args = line.slice('npx parley '.length).split(/\s+/);
      const { stdout } = await run(
        process.execPath,
        ['--conditions=@parley/source', '--import', TSX, BIN, ...args],
        { cwd: scratch, timeout: 120_000 },
      );
      expect(stdout).toMatch(/^Wrote /);
      const html = args[args.indexOf('--html') + 1]!;
      expect(readFileSync(join(scratch, html), 'utf8')).toContain("default-src 'none'");
    }, 180_000);

  it('its bot joins a class, waits for the negotiation to open and says hello', async () => {
    const bot = blocks('ts').find((b) => b.startsWith('// bot.ts'));
    expect(bot).toBeDefined();
    // written inside packages/classroom, where `ws` resolves
    const dir = join(root, 'packages', 'classroom', '.tmp', 'docs-bot');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'bot.ts'), bot!);
    const room = await openClassroom({
      game: issgClassGame('vienna-2016-05-17'),
      store: memoryStore(),
      agents: false,
    });
    const server = await serveClassroom(room);
    try {
      const running = run(process.execPath, ['--import', 'tsx', join(dir, 'bot.ts')], {
        cwd: dir,
        env: { ...process.env, PARLEY_URL: server.url, PARLEY_CODE: server.codes.ir! },
        timeout: 60_000,
      });
      // the instructor opens the negotiation once the bot is seated
      for (let i = 0; i < 200 && !room.state.room.humans.includes('ir'); i++)
        await new Promise((r) => setTimeout(r, 50));
      await room.submit('instructor', { type: 'start-round' });
      const { stdout } = await running;
      const said = room.records.find((r) => r.type === 'message-sent')!;
      expect(stdout.trim()).toBe(`ir: said hello at seq ${said.seq}`);
      expect(said.data).toEqual({ by: 'ir', to: 'all', text: 'ir is here' });
    } finally {
      await server.close();
      await room.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
