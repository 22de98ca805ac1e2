/**
 * `pnpm bench` — the performance figures of issue 6. Every comparison runs its baselines side by side in
 * one process (one child process per section), interleaved over several rounds after a warm-up, and is
 * reported as a ratio; absolute numbers are printed for information.
 *
 *   pnpm bench                 all sections, full sizes (1 M / 4 M / 5 M events; several minutes)
 *   pnpm -s bench --json       … and, as the last line, one JSON object of flat dotted keys
 *   pnpm bench --quick         small sizes, one round: a smoke run, not a measurement
 *   pnpm bench --medium        a fifth of the full sizes (for a busy shared machine)
 *   pnpm bench --only replay,stateAt   some sections
 *   pnpm bench --chart docs/performance-throughput.svg   write the throughput chart
 *   pnpm bench --md /tmp/figures.md    write the figures as Markdown tables
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Figures, parseArgs } from './lib/args.js';
import { chartSvg, markdownFigures, markdownTable, table } from './lib/report.js';
import { SECTIONS } from './sections/index.js';

const exec = promisify(execFile);
const SECTION = fileURLToPath(new URL('./section.ts', import.meta.url));
const ORDER = Object.keys(SECTIONS);

const args = parseArgs(process.argv.slice(2));
const wanted = args.only.length > 0 ? ORDER.filter((s) => args.only.includes(s)) : ORDER;
const figures: Figures = {};
const started = performance.now();
for (const name of wanted) {
  const t0 = performance.now();
  process.stderr.write(`bench: ${name} …`);
  const { stdout } = await exec(
    process.execPath,
    [
      '--conditions=@parley/source',
      '--import',
      'tsx',
      '--max-old-space-size=8192',
      SECTION,
      name,
      ...(args.quick ? ['--quick'] : []),
      ...(args.medium ? ['--medium'] : []),
    ],
    { maxBuffer: 16 << 20 },
  ).catch((e: { stderr?: string; message: string }) => {
    process.stderr.write(` failed\n${e.stderr ?? e.message}\n`);
    process.exit(1);
  });
  Object.assign(figures, JSON.parse(stdout.trim().split('\n').pop()!));
  process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
figures['bench.seconds'] = (performance.now() - started) / 1000;
figures['bench.quick'] = args.quick ? 1 : 0;
figures['bench.medium'] = args.medium ? 1 : 0;
if (args.chart) {
  await writeFile(args.chart, chartSvg(figures, 'ISSG fold throughput against log size'));
  process.stderr.write(`bench: chart written to ${args.chart}\n`);
}
if (args.md) {
  await writeFile(args.md, `${markdownTable(figures)}\n\n${markdownFigures(figures)}\n`);
  process.stderr.write(`bench: Markdown tables written to ${args.md}\n`);
}
console.log(table(figures));
if (args.json) console.log(JSON.stringify(figures));
