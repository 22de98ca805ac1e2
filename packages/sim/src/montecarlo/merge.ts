import type { RunResult } from '../engine/types.js';
import { summaryAccumulator } from '../stats/summary.js';
import { encodeSweepLine, type SweepHeader, sweepHeader } from './output.js';
import { prepareModel } from './prepare.js';

/** A shard output as a stream of its lines. */
export type LineSource = AsyncIterable<string> | Iterable<string>;

/**
 * Merge the NDJSON outputs of the shards of one sweep (`--shard 1/N` … `N/N`, in any order) into the
 * output the whole sweep would have written, byte for byte: the header without `shard`, every run in
 * order, the summary. Throws when the shards are of different sweeps, overlap or leave runs out.
 *
 * @example
 * ```ts
 * for await (const line of mergeShards([shard1Lines, shard2Lines])) out.write(line + '\n');
 * ```
 */
export async function* mergeShards(sources: readonly LineSource[]): AsyncGenerator<string> {
  if (sources.length === 0) throw new RangeError('mergeShards: give at least one shard output');
  const opened = await Promise.all(sources.map(open));
  const key = (h: SweepHeader) => JSON.stringify({ ...h, shard: undefined });
  const first = opened[0]!.header;
  for (const o of opened)
    if (key(o.header) !== key(first))
      throw new RangeError(
        'mergeShards: the outputs are of different sweeps (scenario, seed, runs, days, from, params differ)',
      );
  opened.sort((a, b) => (a.header.shard?.k ?? 0) - (b.header.shard?.k ?? 0));
  const spec = first;
  yield encodeSweepLine(sweepHeader(spec));
  const acc = summaryAccumulator(spec.days, (await prepareModel(spec)).ranges);
  let expected = 0;
  for (const o of opened) {
    for await (const line of o.rest) {
      if (line.trim() === '') continue;
      const obj = JSON.parse(line) as { kind?: string } & RunResult;
      if (obj.kind !== 'run') continue;
      if (obj.run !== expected)
        throw new RangeError(
          `mergeShards: expected run ${expected} next, found run ${obj.run}: a shard is missing or repeated`,
        );
      expected++;
      acc.add(obj);
      yield encodeSweepLine({ ...obj, kind: 'run' });
    }
  }
  if (expected !== spec.runs)
    throw new RangeError(`mergeShards: the shards hold ${expected} of ${spec.runs} runs; a shard is missing`);
  yield encodeSweepLine({ kind: 'summary', ...acc.summary() });
}

async function open(source: LineSource): Promise<{ header: SweepHeader; rest: AsyncIterable<string> }> {
  const it =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<string>)[Symbol.asyncIterator]()
      : toAsync((source as Iterable<string>)[Symbol.iterator]());
  let first = await it.next();
  while (!first.done && first.value.trim() === '') first = await it.next();
  if (first.done) throw new RangeError('mergeShards: an output is empty');
  const header = JSON.parse(first.value) as SweepHeader;
  if (header.kind !== 'sweep')
    throw new RangeError('mergeShards: an output does not start with a sweep header');
  return { header, rest: { [Symbol.asyncIterator]: () => it } };
}

function toAsync<T>(it: Iterator<T>): AsyncIterator<T> {
  return { next: async () => it.next() };
}
