import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeLog } from '@parley/core/node';
import type { Figures, Sizes } from '../lib/args.js';
import { synthesize } from '../lib/synth.js';
import type { Workload } from '../lib/workload.js';

const run$ = promisify(execFile);
const CHILD = fileURLToPath(new URL('../stream-child.ts', import.meta.url));

async function* take<T>(n: number, it: Iterator<T>): AsyncGenerator<T> {
  for (let i = 0; i < n; i++) yield it.next().value as T;
}

/** The first `n` records of `records`, while they are consumed (to write a prefix of a log in one pass). */
function tee<T>(records: T[], n: number, it: Iterator<T>): Iterator<T> {
  return {
    next() {
      const r = it.next();
      if (!r.done && records.length < n) records.push(r.value);
      return r;
    },
  };
}

/** Peak RSS of a fresh process that streams `file` from disk and replays it. */
async function child(file: string): Promise<{ events: number; ms: number; rssMB: number }> {
  const { stdout } = await run$(
    process.execPath,
    ['--conditions=@parley/source', '--import', 'tsx', CHILD, file],
    {
      maxBuffer: 1 << 20,
    },
  );
  const last = stdout.trim().split('\n').pop()!;
  return JSON.parse(last);
}

/**
 * Peak RSS replaying an NDJSON log of `z.stream` events from disk, in a child process, against the same
 * for `z.streamBase` events. The logs are written to a temporary directory (streamed, never held in
 * memory) with core's `writeLog`, and deleted afterwards.
 */
export async function run(w: Workload, z: Sizes): Promise<Figures> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-bench-'));
  try {
    const big = join(dir, 'big.ndjson');
    const base = join(dir, 'base.ndjson');
    // One generation: the base log is the first `z.streamBase` records of the big one.
    const prefix: any[] = [];
    const gen = tee(prefix, z.streamBase, synthesize({ decider: w.decider, seed: 5, mix: w.mix }));
    await writeLog(big, take(z.stream, gen) as any);
    await writeLog(base, prefix as any);
    prefix.length = 0;
    const fileMB = (await stat(big)).size / 2 ** 20;
    // One child per log (peak RSS is a property of the process, not of the machine's load).
    const a: { events: number; ms: number; rssMB: number }[] = [];
    const b: typeof a = [];
    const rounds = 1;
    for (let r = 0; r < rounds; r++) {
      b.push(await child(base));
      a.push(await child(big));
    }
    if (a[0]!.events !== z.stream || b[0]!.events !== z.streamBase)
      throw new Error('bench stream: the child did not read every record');
    const rss = Math.min(...a.map((x) => x.rssMB));
    const rssBase = Math.min(...b.map((x) => x.rssMB));
    const ms = Math.min(...a.map((x) => x.ms));
    return {
      'stream.rssMB': rss,
      'stream.rssMB1M': rssBase,
      'stream.ratio': rss / rssBase,
      'stream.eventsPerSec': (z.stream / ms) * 1000,
      'stream.events': z.stream,
      'stream.baseEvents': z.streamBase,
      'stream.fileMB': fileMB,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
