/**
 * Merge the JSON lines of several `pnpm -s bench --json` runs (later files win for a key) and print the
 * Markdown tables of docs/performance.md. Usage: `tables.ts RUN1.log RUN2.log … [--chart FILE.svg]`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Figures } from './lib/args.js';
import { chartSvg, markdownFigures, markdownTable } from './lib/report.js';

const argv = process.argv.slice(2);
const chart = argv.includes('--chart') ? argv[argv.indexOf('--chart') + 1] : undefined;
const files = argv.filter((a, i) => a !== '--chart' && argv[i - 1] !== '--chart');
const figures: Figures = {};
for (const f of files) {
  const last = (await readFile(f, 'utf8')).trim().split('\n').pop()!;
  Object.assign(figures, JSON.parse(last));
}
delete figures['bench.seconds'];
if (chart) await writeFile(chart, chartSvg(figures, 'ISSG fold throughput against log size (CPU time)'));
console.log(`${markdownTable(figures)}\n\n${markdownFigures(figures)}`);
