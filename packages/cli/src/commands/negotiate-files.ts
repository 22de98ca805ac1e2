import { issgAgenda, issgNegotiationView } from '@parley/issg';
import type { CliContext } from '../context.js';
import { WrongUsage } from '../errors.js';
import { writeOutput } from '../output/atomic-write.js';
import { writeLog } from '../output/write-log.js';
import { renderNegotiationReport } from '../report/negotiation.js';

/** The flags of `parley negotiate` that write files. */
export interface NegotiateFileOptions {
  readonly html?: string;
  readonly out?: string;
  readonly axes?: string;
}

/** `--axes us,ru` → `['us', 'ru']`, two different delegations of the agenda. */
function parseAxes(spec: string, parties: readonly string[]): [string, string] {
  const two = spec.split(',').map((s) => s.trim());
  if (two.length !== 2 || two[0] === two[1])
    throw new WrongUsage(
      `--axes ${spec}: name two different delegations, e.g. --axes ${parties.slice(0, 2).join(',')}`,
    );
  for (const p of two)
    if (!parties.includes(p))
      throw new WrongUsage(`--axes ${spec}: "${p}" is not at the table (${parties.join(', ')})`);
  return [two[0]!, two[1]!];
}

/** True when `parley negotiate` was asked to write a file. */
export function writesFiles(opts: NegotiateFileOptions): boolean {
  return opts.html !== undefined || opts.out !== undefined || opts.axes !== undefined;
}

/**
 * `parley negotiate <agenda> --html FILE [--axes A,B] [--out FILE.ndjson]`: the negotiation of this seed
 * as a self-contained HTML page and/or its event log (core's NDJSON records), each written atomically
 * (temporary file, fsync, rename). Returns the lines that say what was written.
 *
 * @example
 * ```ts
 * const said = await writeNegotiationFiles('vienna-2016-05-17', 1, {}, { html: 'vienna.html' }, ctx);
 * ```
 */
export async function writeNegotiationFiles(
  agendaId: string,
  seed: number,
  strategies: Readonly<Record<string, string>>,
  opts: NegotiateFileOptions,
  ctx: CliContext,
): Promise<string[]> {
  const agenda = issgAgenda(agendaId);
  if (opts.axes !== undefined && opts.html === undefined)
    throw new WrongUsage('negotiate: --axes chooses the two delegations of the --html page; add --html FILE');
  if (opts.out !== undefined && !opts.out.endsWith('.ndjson'))
    throw new WrongUsage(`--out ${opts.out}: the event log is NDJSON; name it FILE.ndjson`);
  if (opts.out !== undefined && opts.out === opts.html)
    throw new WrongUsage('negotiate: --out and --html name the same file; give each its own');
  const axes = opts.axes !== undefined ? parseAxes(opts.axes, agenda.parties) : undefined;
  const view = issgNegotiationView(agendaId, { seed, strategies }, axes ? { axes } : {});
  const said: string[] = [];
  if (opts.out !== undefined) {
    await writeLog(ctx, opts.out, view.records, { flag: '--out' });
    said.push(`Wrote ${opts.out}: ${view.records.length} events of the negotiation (NDJSON).`);
  }
  if (opts.html !== undefined) {
    const source = `parley negotiate ${agendaId} --seed ${seed}`;
    await writeOutput(ctx, opts.html, renderNegotiationReport(view, source), { flag: '--html' });
    said.push(
      `Wrote ${opts.html}: ${view.rounds.length} rounds, the utilities chart and the outcome space for ${view.plane.axes.join(' and ')}.`,
    );
  }
  return said;
}
