/**
 * Regenerates the figures and numbers of docs/simulation.md from real sweeps:
 *
 *   node --conditions=@parley/source --import tsx packages/sim/scripts/figures.ts [runs] [seed]
 *
 * Writes docs/simulation-calibration.svg and docs/simulation-survival.svg and prints the tables.
 */
import { writeFileSync } from 'node:fs';
import {
  bandPoints,
  formatComparison,
  outcomes,
  type RunResult,
  type SweepSummary,
  summaryAccumulator,
  survivalPoints,
  svgChart,
} from '../src/index.js';
import type { MonteCarloOptions } from '../src/node.js';
import { prepareModel, runMonteCarlo } from '../src/node.js';

const runs = Number(process.argv[2] ?? 1000);
const seed = Number(process.argv[3] ?? 1);
const base = { scenario: 'issg-2015-2016', runs, seed, days: 150, workers: 2 } as const;
const docs = new URL('../../../docs/', import.meta.url);

function median(xs: number[]): { median: number; lo: number; hi: number } {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const half = Math.ceil(2.576 * Math.sqrt(s.length) * 0.5);
  return { median: s[mid]!, lo: s[Math.max(0, mid - half)]!, hi: s[Math.min(s.length - 1, mid + half)]! };
}

async function sweep(options: MonteCarloOptions) {
  const stream = runMonteCarlo(options);
  const acc = summaryAccumulator(stream.spec.days, (await prepareModel(stream.spec)).ranges);
  const week1: number[] = [];
  const day7: number[] = [];
  const day80: number[] = [];
  for await (const r of stream as AsyncIterable<RunResult>) {
    acc.add(r);
    week1.push(r.indicators.violence!.slice(0, 7).reduce((a, b) => a + b, 0) / 7);
    day7.push(r.indicators.holding![6]!);
    day80.push(r.indicators.holding![79]!);
  }
  return { summary: acc.summary(), week1: median(week1), day7: median(day7), day80: median(day80) };
}

const t0 = performance.now();
const modelled = await sweep(base);
const noMonitoring = await sweep({ ...base, params: { monitoring: { enabled: false } } });
const at = '2016-02-27T12:00+02:00';
const pyd = await sweep({ ...base, inject: [{ at, command: { type: 'sign-on', at, party: 'pyd' } }] });
const seconds = Math.round((performance.now() - t0) / 1000);

const s: SweepSummary = modelled.summary;
const holding = s.bands.holding!;
const violence = s.bands.violence!;
writeFileSync(
  new URL('simulation-calibration.svg', docs),
  svgChart({
    title: `Calibration: ${runs} runs from 27 Feb 2016 (seed ${seed}) against the record`,
    xLabel: 'days after 27 February 2016 (day 80 = 17 May)',
    yLabel: 'share',
    xMax: 150,
    yMax: 1,
    bands: [
      { lower: bandPoints(holding, 'p05'), upper: bandPoints(holding, 'p95'), color: '#1f77b4' },
      { lower: bandPoints(holding, 'p25'), upper: bandPoints(holding, 'p75'), color: '#1f77b4' },
    ],
    series: [
      {
        label: 'places holding: median (bands 25–75%, 5–95%)',
        points: bandPoints(holding, 'p50'),
        color: '#1f77b4',
      },
      {
        label: 'violence among the parties: median (1 = before)',
        points: bandPoints(violence, 'p50'),
        color: '#d62728',
      },
    ],
    marks: [
      { x: 1, y: 20 / 120, label: 'SOHR 27–28 Feb: −83%' },
      { x: 7, y: 135 / 7 / 120, label: 'SOHR week 1' },
      { x: 7, y: 0.8, label: 'de Mistura: 80%' },
      { x: 80, y: 0.5, label: '17 May: 50%' },
    ],
  }),
);
writeFileSync(
  new URL('simulation-survival.svg', docs),
  svgChart({
    title: `Survival of the cessation (Kaplan–Meier), ${runs} runs per branch, same seeds`,
    xLabel: 'days after 27 February 2016',
    yLabel: 'S(t)',
    xMax: 150,
    yMax: 1,
    series: [
      { label: 'as modelled', points: survivalPoints(s.survival, 150), step: true },
      { label: 'monitoring off', points: survivalPoints(noMonitoring.summary.survival, 150), step: true },
      {
        label: 'pyd signs on (3 veto players)',
        points: survivalPoints(pyd.summary.survival, 150),
        step: true,
      },
    ],
  }),
);

const fmt = (m: { median: number; lo: number; hi: number }) =>
  `${m.median.toFixed(3)} [${m.lo.toFixed(3)}, ${m.hi.toFixed(3)}]`;
console.log(`${runs} runs × 3 branches, seed ${seed}, 2 workers: ${seconds} s`);
console.log('calibration (median over runs, 99% CI of the median):');
console.log(`  week-1 mean violence      ${fmt(modelled.week1)}`);
console.log(`  places holding on day 7   ${fmt(modelled.day7)}`);
console.log(`  places holding on day 80  ${fmt(modelled.day80)}`);
console.log(formatComparison('as modelled', outcomes(s), 'monitoring off', outcomes(noMonitoring.summary)));
console.log(formatComparison('as modelled', outcomes(s), 'pyd signs on', outcomes(pyd.summary)));
