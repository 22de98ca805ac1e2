import { UsageError, ValidationError } from '@parley/core';
import type { RunResult } from '../engine/types.js';
import { summaryAccumulator } from '../stats/summary.js';
import { encodeSweepLine, type SweepHeader, type SweepLine, sweepHeader } from './output.js';
import { prepareModel } from './prepare.js';

/** A shard output as a stream of its lines. */
export type LineSource = AsyncIterable<string> | Iterable<string>;

export interface MergeShardsOptions {
  /** A name for each source (a file name), used in errors; default `shard 1`, `shard 2`, … */
  readonly names?: readonly string[];
}

/**
 * Merge the NDJSON outputs of the shards of one sweep (`--shard 1/N` … `N/N`, in any order) into the
 * output the whole sweep would have written, byte for byte: the header without `shard`, every run in
 * order, the summary. An output that is not a shard of the sweep (not JSON, no sweep header, of another
 * sweep, a run missing or repeated) is bad input: a `ValidationError` naming its `file` and `line`.
 *
 * @example
 * ```ts
 * for await (const line of mergeShards([shard1Lines, shard2Lines])) out.write(line + '\n');
 * ```
 */
export async function* mergeShards(
  sources: readonly LineSource[],
  options: MergeShardsOptions = {},
): AsyncGenerator<string> {
  for await (const line of mergeShardItems(sources, options)) yield encodeSweepLine(line);
}

/**
 * {@link mergeShards} as typed lines (header, runs, summary), for a caller that reads them as objects;
 * encode each with `encodeSweepLine`.
 *
 * @example
 * ```ts
 * for await (const line of mergeShardItems([shard1Lines, shard2Lines]))
 *   if (line.kind === 'summary') console.log(line.survival.median);
 * ```
 */
export async function* mergeShardItems(
  sources: readonly LineSource[],
  options: MergeShardsOptions = {},
): AsyncGenerator<SweepLine> {
  if (sources.length === 0) throw new UsageError('mergeShards: give at least one shard output');
  const opened = await Promise.all(sources.map((s, i) => open(s, options.names?.[i] ?? `shard ${i + 1}`)));
  const key = (h: SweepHeader) => JSON.stringify({ ...h, shard: undefined });
  const first = opened[0]!;
  for (const o of opened)
    if (key(o.header) !== key(first.header))
      throw bad(
        o.name,
        o.headerLine,
        `a shard of another sweep than ${first.name} (scenario, seed, runs, days, from or params differ)`,
      );
  opened.sort((a, b) => (a.header.shard?.k ?? 0) - (b.header.shard?.k ?? 0));
  const spec = first.header;
  yield sweepHeader(spec);
  const acc = summaryAccumulator(spec.days, (await prepareModel(spec)).ranges);
  let expected = 0;
  for (const o of opened) {
    let line = o.headerLine;
    for await (const text of o.rest) {
      line++;
      if (text.trim() === '') continue;
      const obj = parse(text, o.name, line) as { kind?: string } & RunResult;
      if (obj.kind !== 'run') continue;
      if (obj.run !== expected)
        throw bad(
          o.name,
          line,
          `expected run ${expected} next, found run ${obj.run}: a shard is missing or repeated`,
        );
      expected++;
      acc.add(obj);
      yield { ...obj, kind: 'run' };
    }
  }
  if (expected !== spec.runs)
    throw new ValidationError(
      `mergeShards: the shards hold ${expected} of ${spec.runs} runs; a shard is missing`,
      { issues: [{ path: '', message: 'a shard is missing' }] },
    );
  yield { kind: 'summary', ...acc.summary() };
}

function bad(file: string, line: number, reason: string): ValidationError {
  return new ValidationError(`${file}:${line}: ${reason}`, {
    file,
    line,
    issues: [{ path: '', message: reason }],
  });
}

function parse(text: string, file: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw bad(file, line, 'not JSON: not the NDJSON output of `parley mc --shard K/N`');
  }
}

async function open(
  source: LineSource,
  name: string,
): Promise<{ name: string; header: SweepHeader; headerLine: number; rest: AsyncIterable<string> }> {
  const it =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<string>)[Symbol.asyncIterator]()
      : toAsync((source as Iterable<string>)[Symbol.iterator]());
  let line = 1;
  let first = await it.next();
  while (!first.done && first.value.trim() === '') {
    first = await it.next();
    line++;
  }
  if (first.done) throw bad(name, 1, 'empty: not the output of `parley mc --shard K/N`');
  const header = parse(first.value, name, line) as Partial<SweepHeader> | null;
  if (typeof header !== 'object' || header === null || header.kind !== 'sweep')
    throw bad(name, line, 'does not start with a sweep header: not the output of `parley mc --shard K/N`');
  return {
    name,
    header: header as SweepHeader,
    headerLine: line,
    rest: { [Symbol.asyncIterator]: () => it },
  };
}

function toAsync<T>(it: Iterator<T>): AsyncIterator<T> {
  return { next: async () => it.next() };
}
