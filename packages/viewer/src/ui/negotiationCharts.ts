import {
  OUTCOME_MARKS as MARKS,
  type OutcomePlane,
  PARTY_COLOURS,
  type RoundView,
} from '@parley/negotiation';
import { px, s } from './svg.js';

/**
 * Each delegation's utility of the draft at the end of each round, one line per delegation on a 0–1
 * scale, with a dashed line at the round shown.
 */
export function utilityChart(
  rounds: readonly RoundView[],
  parties: readonly string[],
  name: (p: string) => string,
  current: number,
): SVGElement {
  const W = 560;
  const H = 220;
  const P = { left: 36, right: 12, top: 10, bottom: 26 };
  const n = rounds.length;
  const x = (i: number) =>
    P.left + (n <= 1 ? (W - P.left - P.right) / 2 : (i * (W - P.left - P.right)) / (n - 1));
  const y = (v: number) => P.top + (1 - v) * (H - P.top - P.bottom);
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    class: 'neg-chart',
    'aria-label': `Each delegation's utility of the draft, round by round (round ${current} marked)`,
  });
  for (const f of [0, 0.5, 1]) {
    svg.append(s('line', { x1: P.left, x2: W - P.right, y1: px(y(f)), y2: px(y(f)), class: 'neg-gridline' }));
    svg.append(
      s('text', { x: P.left - 4, y: px(y(f)) + 4, 'text-anchor': 'end', class: 'neg-tick' }, f.toFixed(1)),
    );
  }
  rounds.forEach((r, i) => {
    svg.append(
      s('text', { x: px(x(i)), y: H - 8, 'text-anchor': 'middle', class: 'neg-tick' }, String(r.round)),
    );
  });
  const at = rounds.findIndex((r) => r.round === current);
  if (at >= 0)
    svg.append(
      s('line', { x1: px(x(at)), x2: px(x(at)), y1: P.top, y2: H - P.bottom, class: 'neg-current' }),
    );
  parties.forEach((p, k) => {
    const colour = PARTY_COLOURS[k % PARTY_COLOURS.length]!;
    const pts = rounds.flatMap((r, i) => {
      const u = r.utilities[p];
      return u === null || u === undefined ? [] : [{ i, u, round: r.round }];
    });
    svg.append(
      s('polyline', {
        points: pts.map((q) => `${px(x(q.i))},${px(y(q.u))}`).join(' '),
        fill: 'none',
        stroke: colour,
        'stroke-width': 2,
        'data-party': p,
      }),
    );
    for (const q of pts)
      svg.append(
        s(
          'circle',
          { cx: px(x(q.i)), cy: px(y(q.u)), r: q.round === current ? 4 : 2.5, fill: colour },
          `${name(p)}, round ${q.round}: ${q.u.toFixed(3)}`,
        ),
      );
  });
  return svg;
}

function markShape(kind: string, cx: number, cy: number, colour: string, title: string): SVGElement {
  const common = { fill: 'none', stroke: colour, 'stroke-width': 2.5, class: `mark-${kind}` };
  if (kind === 'nash')
    return s(
      'path',
      {
        ...common,
        d: `M${px(cx)} ${px(cy - 8)}L${px(cx + 8)} ${px(cy)}L${px(cx)} ${px(cy + 8)}L${px(cx - 8)} ${px(cy)}Z`,
      },
      title,
    );
  if (kind === 'real')
    return s('rect', { ...common, x: px(cx - 6), y: px(cy - 6), width: 12, height: 12 }, title);
  return s('circle', { ...common, cx: px(cx), cy: px(cy), r: 10 }, title);
}

/**
 * The outcome space for two delegations: each text's pair of utilities as a dot, their Pareto frontier as
 * a line, and the Nash, real and simulated texts marked; `draft` (the text on the table at the round
 * shown) as a small cross.
 */
export function planeChart(
  plane: OutcomePlane,
  name: (p: string) => string,
  draft: { x: number; y: number } | null,
): SVGElement {
  const W = 460;
  const H = 440;
  const P = { left: 48, right: 12, top: 10, bottom: 40 };
  const side = Math.min(W - P.left - P.right, H - P.top - P.bottom);
  const x = (v: number) => P.left + v * side;
  const y = (v: number) => P.top + (1 - v) * side;
  const [ax, ay] = plane.axes;
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    class: 'neg-chart',
    'aria-label': `The outcome space for ${name(ax)} and ${name(ay)}`,
  });
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    svg.append(s('line', { x1: P.left, x2: px(x(1)), y1: px(y(f)), y2: px(y(f)), class: 'neg-gridline' }));
    svg.append(s('line', { x1: px(x(f)), x2: px(x(f)), y1: P.top, y2: px(y(0)), class: 'neg-gridline' }));
    svg.append(
      s('text', { x: P.left - 4, y: px(y(f)) + 4, 'text-anchor': 'end', class: 'neg-tick' }, f.toFixed(2)),
    );
    svg.append(
      s('text', { x: px(x(f)), y: px(y(0)) + 14, 'text-anchor': 'middle', class: 'neg-tick' }, f.toFixed(2)),
    );
  }
  const dots = s('g', { class: 'neg-dots' });
  const seen = new Set<string>();
  for (const p of plane.points) {
    const cx = px(x(p.x));
    const cy = px(y(p.y));
    const key = `${Math.round(cx / 2)},${Math.round(cy / 2)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    dots.append(s('circle', { cx, cy, r: 1.5 }));
  }
  svg.append(dots);
  svg.append(
    s('polyline', {
      points: plane.frontier.map((p) => `${px(x(p.x))},${px(y(p.y))}`).join(' '),
      class: 'neg-frontier',
      fill: 'none',
    }),
  );
  for (const p of plane.frontier)
    svg.append(
      s(
        'circle',
        { cx: px(x(p.x)), cy: px(y(p.y)), r: 2.5, class: 'neg-frontier-dot' },
        `Pareto-optimal for ${ax} and ${ay}: ${p.x.toFixed(3)}, ${p.y.toFixed(3)}`,
      ),
    );
  if (draft)
    svg.append(
      s(
        'path',
        { d: `M${px(x(draft.x) - 5)} ${px(y(draft.y) - 5)}l10 10m0 -10l-10 10`, class: 'neg-draft' },
        `the draft at this round: ${draft.x.toFixed(3)}, ${draft.y.toFixed(3)}`,
      ),
    );
  for (const m of plane.marks) {
    const style = MARKS.find((k) => k.name === m.name);
    if (!style) continue;
    svg.append(
      markShape(m.name, x(m.x), y(m.y), style.colour, `${style.label}: ${m.x.toFixed(3)}, ${m.y.toFixed(3)}`),
    );
  }
  svg.append(
    s(
      'text',
      { x: px(x(0.5)), y: H - 4, 'text-anchor': 'middle', class: 'neg-axis' },
      `utility to ${name(ax)} (${ax})`,
    ),
  );
  svg.append(
    s(
      'text',
      {
        x: 12,
        y: px(y(0.5)),
        'text-anchor': 'middle',
        class: 'neg-axis',
        transform: `rotate(-90 12 ${px(y(0.5))})`,
      },
      `utility to ${name(ay)} (${ay})`,
    ),
  );
  return svg;
}

/** The legend of {@link planeChart}, as a list a screen reader reads. */
export function planeLegend(plane: OutcomePlane): HTMLElement {
  const ul = document.createElement('ul');
  ul.className = 'neg-legend';
  ul.setAttribute('aria-label', 'Legend of the outcome space');
  const item = (swatch: SVGElement, text: string) => {
    const li = document.createElement('li');
    const box = s('svg', { viewBox: '0 0 24 24', width: 24, height: 24, 'aria-hidden': 'true' }, swatch);
    li.append(box, text);
    ul.append(li);
  };
  item(
    s('circle', { cx: 12, cy: 12, r: 2.5, class: 'neg-dots' }),
    plane.exact
      ? `texts (all ${plane.evaluated.toLocaleString('en-US')})`
      : `texts (a sample of ${plane.evaluated.toLocaleString('en-US')})`,
  );
  item(
    s('line', { x1: 2, x2: 22, y1: 12, y2: 12, class: 'neg-frontier' }),
    `Pareto frontier (${plane.frontier.length} points)`,
  );
  for (const m of MARKS) {
    const on = plane.marks.find((k) => k.name === m.name);
    item(
      markShape(m.name, 12, 12, m.colour, m.label),
      on ? `${m.label} (${on.x.toFixed(2)}, ${on.y.toFixed(2)})` : `${m.label}: none`,
    );
  }
  item(s('path', { d: 'M7 7l10 10m0 -10l-10 10', class: 'neg-draft' }), 'the draft at the round shown');
  return ul;
}

/** The legend of {@link utilityChart}: each delegation's colour and name. */
export function partyLegend(parties: readonly string[], name: (p: string) => string): HTMLElement {
  const ul = document.createElement('ul');
  ul.className = 'neg-legend';
  ul.setAttribute('aria-label', 'Legend of the utilities');
  parties.forEach((p, k) => {
    const li = document.createElement('li');
    const colour = PARTY_COLOURS[k % PARTY_COLOURS.length]!;
    li.append(
      s(
        'svg',
        { viewBox: '0 0 24 12', width: 24, height: 12, 'aria-hidden': 'true' },
        s('line', { x1: 2, x2: 22, y1: 6, y2: 6, stroke: colour, 'stroke-width': 3 }),
      ),
      `${name(p)} (${p})`,
    );
    ul.append(li);
  });
  return ul;
}
