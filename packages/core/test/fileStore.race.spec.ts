import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeRecord } from '../src/index.js';
import { readLog } from '../src/node.js';
import { tempDir } from './fixtures/tmp.js';

const here = dirname(fileURLToPath(import.meta.url));
const childScript = join(here, 'fixtures', 'race-child.ts');
const tmp = tempDir('parley-race-');

const WORKERS = Number(process.env.PARLEY_RACE_WORKERS ?? 5);
const TRIALS = Number(process.env.PARLEY_RACE_TRIALS ?? 300);

interface Worker {
  readonly proc: ChildProcess;
  readonly lines: AsyncIterator<string>;
}

function startWorker(n: number): Worker {
  const proc = spawn(
    process.execPath,
    ['--conditions=@parley/source', '--import', 'tsx', childScript, String(n)],
    { cwd: join(here, '..'), stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: proc.stdout! })[Symbol.asyncIterator]();
  return { proc, lines };
}

async function next(w: Worker): Promise<string> {
  const r = await w.lines.next();
  if (r.done) throw new Error('a race worker ended early');
  return r.value;
}

/** Pids of processes that ran and ended: what a crashed writer leaves in its lock. */
function deadPids(n: number): number[] {
  return Array.from({ length: n }, () => spawnSync(process.execPath, ['-e', '0']).pid!);
}

const base = { stream: 's', at: '2016-02-27', type: 'tick', v: 1 };

describe('fileStore lock under races', () => {
  const workers: Worker[] = [];
  afterAll(() => {
    for (const w of workers) w.proc.kill();
  });

  it(`${WORKERS} processes opening one log with a stale lock, ${TRIALS} times: never two writers, nothing acknowledged lost`, async () => {
    for (let i = 0; i < WORKERS; i++) workers.push(startWorker(i));
    for (const w of workers) expect(await next(w)).toBe('ready');
    const dead = deadPids(4);
    let doubles = 0;
    let errors: string[] = [];
    let failures = 0;
    let lost = 0;
    let won = 0;
    let refused = 0;
    let trialsWithoutWinner = 0;
    for (let t = 0; t < TRIALS; t++) {
      const path = tmp.file(`race-${t}.ndjson`);
      writeFileSync(
        path,
        [1, 2]
          .map((seq) => `${encodeRecord({ ...base, seq, id: `s:${seq}`, data: { seed: seq } })}\n`)
          .join(''),
      );
      // the lock a crashed writer left: old style (pid or empty after a full disk), new style, or both
      const pid = dead[t % dead.length]!;
      const kind = t % 4;
      if (kind === 0 || kind === 3) writeFileSync(`${path}.lock`, `${pid}\n`);
      if (kind === 1) writeFileSync(`${path}.lock`, '');
      if (kind >= 2) writeFileSync(`${path}.lock.${pid}.00000000000000ab`, '');
      for (const w of workers) w.proc.stdin!.write(`go ${t} ${path}\n`);
      const acked: string[] = [];
      let winners = 0;
      for (const w of workers) {
        for (;;) {
          const line = await next(w);
          const [kindOf, trial, ...rest] = line.split(' ');
          expect(trial).toBe(String(t));
          if (kindOf === 'ack') acked.push(rest.join(' '));
          else if (kindOf === 'double') doubles++;
          else if (kindOf === 'done') {
            if (rest[0] === 'won') winners++;
            else if (rest[0] === 'refused') refused++;
            else {
              failures++;
              errors.push(`trial ${t}: ${rest.join(' ')}`);
            }
            break;
          }
        }
      }
      won += winners;
      if (winners === 0) trialsWithoutWinner++;
      const stored: string[] = [];
      try {
        for await (const r of readLog(path)) {
          const d = r.data as { worker?: string; i?: number };
          if (d.worker !== undefined) stored.push(`${d.worker} ${d.i}`);
        }
      } catch (e) {
        failures++;
        errors.push(`trial ${t}: the log is unreadable: ${(e as Error).message}`);
      }
      lost += acked.filter((a) => !stored.includes(a)).length;
      errors = errors.slice(0, 5);
    }
    console.info(
      `lock race: ${TRIALS} trials × ${WORKERS} processes: ${doubles} with two writers, ${lost} acknowledged events lost, ${won} opens won, ${refused} refused, ${trialsWithoutWinner} trials nobody won, ${failures} errors or unreadable logs`,
    );
    expect(errors).toEqual([]);
    expect(doubles).toBe(0);
    expect(lost).toBe(0);
    expect(won).toBeGreaterThanOrEqual(TRIALS);
  }, 600_000);
});
