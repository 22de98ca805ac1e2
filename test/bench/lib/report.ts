import type { Figures } from './args.js';

/** The goals of issues 6 and 16: a figure, how it compares, and the bound. */
export const GOALS: readonly { key: string; op: '>=' | '<='; bound: number; what: string }[] = [
  {
    key: 'replay.vsMutable',
    op: '>=',
    bound: 0.9,
    what: 'replay() ÷ hand-written mutable fold (throughput)',
  },
  { key: 'replay.vsNaive', op: '>=', bound: 20, what: 'replay() ÷ scan + per-event produce' },
  { key: 'peers.replay.vsEmmett', op: '>=', bound: 3, what: "replay() ÷ Emmett's aggregateStream" },
  {
    key: 'peers.session.vsRtk',
    op: '>=',
    bound: 1,
    what: 'session dispatch ÷ a production RTK store dispatch',
  },
  { key: 'stateAt.medianMs', op: '<=', bound: 1, what: 'stateAt at random positions, median ms' },
  { key: 'stream.rssMB', op: '<=', bound: 200, what: 'peak RSS streaming the big NDJSON log, MB' },
  { key: 'stream.ratio', op: '<=', bound: 1.2, what: 'peak RSS big log ÷ base log' },
  { key: 'mc.vsFold', op: '>=', bound: 0.25, what: 'Monte Carlo events/s ÷ bare mutable fold' },
  { key: 'mc.scaling2', op: '>=', bound: 1.8, what: 'Monte Carlo throughput, 2 workers ÷ 1' },
  { key: 'scaling.ratio4x', op: '<=', bound: 4.4, what: 'replay time 4x events ÷ 1x' },
  { key: 'neg.analysisMs', op: '<=', bound: 50, what: 'full analysis of the Vienna agenda (9 issues), ms' },
  { key: 'neg.vsFold', op: '>=', bound: 0.25, what: 'simulated negotiation events/s ÷ bare replay' },
  { key: 'class.p99Ms', op: '<=', bound: 50, what: 'class: append to the last of 60 clients, p99 ms' },
  { key: 'class.lost', op: '<=', bound: 0, what: 'class: records some client missed or got twice' },
];

/** The keys every run reports (the smoke test checks them). */
export const REQUIRED_KEYS: readonly string[] = [
  'replay.vsMutable',
  'replay.vsNaive',
  'session.eventsPerSec',
  'session.vsReplay',
  'stateAt.medianMs',
  'stream.rssMB',
  'stream.rssMB1M',
  'stream.ratio',
  'mc.vsFold',
  'mc.scaling2',
  'mc.runsPerSec1',
  'mc.runsPerSec2',
  'scaling.ratio4x',
  'peers.replay.vsEmmett',
  'peers.replay.vsEmmettIdiomatic',
  'peers.replay.vsRtkReduce',
  'peers.session.vsRtk',
  'peers.command.vsEmmett10k',
  'neg.analysisMs',
  'neg.runsPerSec',
  'neg.vsFold',
  'class.p50Ms',
  'class.p99Ms',
  'class.lost',
];

const fmt = (x: number | undefined): string => {
  if (x === undefined || !Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 1e6) return `${(x / 1e6).toFixed(2)} M`;
  if (Math.abs(x) >= 1e4) return `${(x / 1e3).toFixed(1)} k`;
  if (Math.abs(x) >= 100) return x.toFixed(0);
  return x.toFixed(3);
};

/** A plain-text table of the goals, then every figure. */
export function table(f: Figures): string {
  const lines: string[] = ['goal                  value       bound    met   what'];
  for (const g of GOALS) {
    const v = f[g.key];
    const met = v !== undefined && Number.isFinite(v) && (g.op === '>=' ? v >= g.bound : v <= g.bound);
    lines.push(
      `${g.key.padEnd(21)} ${fmt(v).padStart(10)}  ${g.op} ${String(g.bound).padEnd(5)}  ${(met ? 'yes' : 'NO').padEnd(4)}  ${g.what}`,
    );
  }
  lines.push('', 'all figures (events/s are absolute, for information; the machine is shared and noisy)');
  for (const k of Object.keys(f).sort())
    if (!k.startsWith('chart.')) lines.push(`  ${k.padEnd(34)} ${fmt(f[k])}`);
  return lines.join('\n');
}

/** An SVG line chart of throughput against log size from the `chart.<fold>.<size>` figures. */
export function chartSvg(f: Figures, title: string): string {
  const series = new Map<string, [number, number][]>();
  for (const [k, v] of Object.entries(f)) {
    const m = /^chart\.([a-z]+)\.(\d+)$/.exec(k);
    if (!m) continue;
    const list = series.get(m[1]!) ?? [];
    list.push([Number(m[2]), v]);
    series.set(m[1]!, list);
  }
  const W = 640;
  const H = 360;
  const L = 70;
  const R = 130;
  const T = 40;
  const B = 50;
  const all = [...series.values()].flat();
  const xs = all.map((p) => Math.log10(p[0]));
  const ys = all.map((p) => Math.log10(Math.max(1, p[1])));
  const x0 = Math.floor(Math.min(...xs));
  const x1 = Math.ceil(Math.max(...xs));
  const y0 = Math.floor(Math.min(...ys));
  const y1 = Math.ceil(Math.max(...ys));
  const px = (x: number) => L + ((Math.log10(x) - x0) / (x1 - x0 || 1)) * (W - L - R);
  const py = (y: number) => H - B - ((Math.log10(Math.max(1, y)) - y0) / (y1 - y0 || 1)) * (H - T - B);
  const colors: Record<string, string> = { mutable: '#1b9e77', replay: '#d95f02', naive: '#7570b3' };
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12" role="img" aria-label="${title}">`,
    `<title>${title}</title>`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">${title}</text>`,
  ];
  for (let e = x0; e <= x1; e++) {
    const x = px(10 ** e);
    out.push(`<line x1="${x}" y1="${T}" x2="${x}" y2="${H - B}" stroke="#ddd"/>`);
    out.push(`<text x="${x}" y="${H - B + 16}" text-anchor="middle">${fmt(10 ** e)}</text>`);
  }
  for (let e = y0; e <= y1; e++) {
    const y = py(10 ** e);
    out.push(`<line x1="${L}" y1="${y}" x2="${W - R}" y2="${y}" stroke="#ddd"/>`);
    out.push(`<text x="${L - 6}" y="${y + 4}" text-anchor="end">${fmt(10 ** e)}</text>`);
  }
  out.push(
    `<text x="${(L + W - R) / 2}" y="${H - 12}" text-anchor="middle">events in the log (log scale)</text>`,
  );
  out.push(
    `<text transform="translate(16 ${(T + H - B) / 2}) rotate(-90)" text-anchor="middle">events per second (log scale)</text>`,
  );
  let legend = T + 10;
  for (const [name, pts] of series) {
    pts.sort((a, b) => a[0] - b[0]);
    const c = colors[name] ?? 'black';
    out.push(
      `<polyline fill="none" stroke="${c}" stroke-width="2" points="${pts.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ')}"/>`,
    );
    for (const [x, y] of pts)
      out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${c}"/>`);
    out.push(`<rect x="${W - R + 12}" y="${legend - 9}" width="12" height="12" fill="${c}"/>`);
    out.push(`<text x="${W - R + 30}" y="${legend + 1}">${name}</text>`);
    legend += 20;
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/** The goals as a Markdown table (for docs/performance.md). */
export function markdownTable(f: Figures): string {
  const lines = ['| key | what | goal | figure | met |', '|---|---|---|---|---|'];
  for (const g of GOALS) {
    const v = f[g.key];
    const met = v !== undefined && Number.isFinite(v) && (g.op === '>=' ? v >= g.bound : v <= g.bound);
    lines.push(
      `| \`${g.key}\` | ${g.what} | ${g.op === '>=' ? '≥' : '≤'} ${g.bound} | ${fmt(v)} | ${met ? 'yes' : '**no**'} |`,
    );
  }
  return lines.join('\n');
}

/** Every figure but the chart points, as a Markdown table. */
export function markdownFigures(f: Figures): string {
  const lines = ['| figure | value |', '|---|---|'];
  for (const k of Object.keys(f).sort())
    if (!k.startsWith('chart.')) lines.push(`| \`${k}\` | ${fmt(f[k])} |`);
  return lines.join('\n');
}
