import { OUTCOME_MARKS, type OutcomePlane, PARTY_COLOURS, type RoundView } from '@parley/negotiation';
import { esc } from './escape.js';

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Each delegation's utility of the draft at the end of each round (the omniscient view), one line per
 * delegation on a 0–1 scale, with a legend. A round with no text on the table is a gap.
 */
export function utilitySvg(
  rounds: readonly RoundView[],
  parties: readonly string[],
  name: (party: string) => string,
): string {
  const W = 720;
  const H = Math.max(240, 24 + parties.length * 20);
  const P = { left: 40, right: 150, top: 12, bottom: 30 };
  const n = rounds.length;
  const x = (i: number) =>
    P.left + (n <= 1 ? (W - P.left - P.right) / 2 : (i * (W - P.left - P.right)) / (n - 1));
  const y = (v: number) => P.top + (1 - v) * (H - P.top - P.bottom);
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (f) =>
        `<line x1="${P.left}" x2="${W - P.right}" y1="${r1(y(f))}" y2="${r1(y(f))}" class="grid"/><text x="${P.left - 6}" y="${r1(y(f)) + 4}" class="tick" text-anchor="end">${f.toFixed(2)}</text>`,
    )
    .join('');
  const ticks = rounds
    .map((r, i) => `<text x="${r1(x(i))}" y="${H - 12}" class="tick" text-anchor="middle">${r.round}</text>`)
    .join('');
  const lines = parties
    .map((p, k) => {
      const colour = PARTY_COLOURS[k % PARTY_COLOURS.length]!;
      const pts = rounds.flatMap((r, i) => {
        const u = r.utilities[p];
        return u === null || u === undefined ? [] : [{ i, u }];
      });
      const poly = `<polyline points="${pts.map((q) => `${r1(x(q.i))},${r1(y(q.u))}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="2" class="series" data-party="${esc(p)}"/>`;
      const dots = pts
        .map(
          (q) =>
            `<circle cx="${r1(x(q.i))}" cy="${r1(y(q.u))}" r="2.5" fill="${colour}"><title>${esc(`${name(p)}, round ${rounds[q.i]!.round}: ${q.u.toFixed(3)}`)}</title></circle>`,
        )
        .join('');
      const ly = P.top + 8 + k * 20;
      const legend = `<line x1="${W - P.right + 14}" x2="${W - P.right + 34}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="3"/><text x="${W - P.right + 40}" y="${ly + 4}" class="legend">${esc(name(p))}</text>`;
      return poly + dots + legend;
    })
    .join('');
  return [
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="Each delegation's utility of the draft, round by round" class="utilities">`,
    grid,
    ticks,
    `<text x="${r1((P.left + W - P.right) / 2)}" y="${H - 1}" class="tick" text-anchor="middle">round</text>`,
    lines,
    '</svg>',
  ].join('');
}

/** A mark's shape at (cx, cy): a diamond for the Nash text, a square for the real one, a ring otherwise. */
function markShape(kind: string, cx: number, cy: number, colour: string, title: string): string {
  const t = `<title>${esc(title)}</title>`;
  if (kind === 'nash')
    return `<path d="M${r1(cx)} ${r1(cy - 8)}L${r1(cx + 8)} ${r1(cy)}L${r1(cx)} ${r1(cy + 8)}L${r1(cx - 8)} ${r1(cy)}Z" fill="none" stroke="${colour}" stroke-width="2.5" class="mark-${kind}">${t}</path>`;
  if (kind === 'real')
    return `<rect x="${r1(cx - 6)}" y="${r1(cy - 6)}" width="12" height="12" fill="none" stroke="${colour}" stroke-width="2.5" class="mark-${kind}">${t}</rect>`;
  return `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="10" fill="none" stroke="${colour}" stroke-width="2.5" class="mark-${esc(kind)}">${t}</circle>`;
}

/**
 * The outcome space for two delegations: every text as a dot at its pair of utilities (dots closer than
 * a pixel drawn once), the two delegations' Pareto frontier as a line, and the marked texts (Nash, real,
 * simulated) with a legend. Pure markup: no script, font or external reference.
 */
export function planeSvg(plane: OutcomePlane, name: (party: string) => string): string {
  const W = 720;
  const H = 480;
  const P = { left: 52, right: 240, top: 12, bottom: 44 };
  const side = Math.min(W - P.left - P.right, H - P.top - P.bottom);
  const x = (v: number) => P.left + v * side;
  const y = (v: number) => P.top + (1 - v) * side;
  const [ax, ay] = plane.axes;
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (f) =>
        `<line x1="${P.left}" x2="${r1(x(1))}" y1="${r1(y(f))}" y2="${r1(y(f))}" class="grid"/><line x1="${r1(x(f))}" x2="${r1(x(f))}" y1="${P.top}" y2="${r1(y(0))}" class="grid"/>` +
        `<text x="${P.left - 6}" y="${r1(y(f)) + 4}" class="tick" text-anchor="end">${f.toFixed(2)}</text><text x="${r1(x(f))}" y="${r1(y(0)) + 16}" class="tick" text-anchor="middle">${f.toFixed(2)}</text>`,
    )
    .join('');
  const seen = new Set<string>();
  const dots = plane.points
    .map((p) => {
      const cx = r1(x(p.x));
      const cy = r1(y(p.y));
      const key = `${Math.round(cx / 2)},${Math.round(cy / 2)}`;
      if (seen.has(key)) return '';
      seen.add(key);
      return `<circle cx="${cx}" cy="${cy}" r="1.6" class="text-dot"/>`;
    })
    .join('');
  const front = plane.frontier;
  const frontier =
    `<polyline points="${front.map((p) => `${r1(x(p.x))},${r1(y(p.y))}`).join(' ')}" fill="none" class="frontier"/>` +
    front
      .map(
        (p) =>
          `<circle cx="${r1(x(p.x))}" cy="${r1(y(p.y))}" r="3" class="frontier-dot"><title>${esc(`Pareto-optimal for ${ax} and ${ay}: ${p.x.toFixed(3)}, ${p.y.toFixed(3)} (${p.texts} text${p.texts === 1 ? '' : 's'})`)}</title></circle>`,
      )
      .join('');
  const marks = plane.marks
    .map((m) => {
      const style = OUTCOME_MARKS.find((k) => k.name === m.name) ?? { colour: '#111827', label: m.name };
      return markShape(
        m.name,
        x(m.x),
        y(m.y),
        style.colour,
        `${style.label}: ${name(ax)} ${m.x.toFixed(3)}, ${name(ay)} ${m.y.toFixed(3)}`,
      );
    })
    .join('');
  const lx = x(1) + 24;
  const entries: string[] = [
    `<circle cx="${lx + 10}" cy="${P.top + 10}" r="2" class="text-dot"/><text x="${lx + 26}" y="${P.top + 14}" class="legend">texts (${plane.exact ? 'all' : 'a sample'})</text>`,
    `<line x1="${lx}" x2="${lx + 20}" y1="${P.top + 34}" y2="${P.top + 34}" class="frontier"/><text x="${lx + 26}" y="${P.top + 38}" class="legend">Pareto frontier</text>`,
  ];
  for (const style of OUTCOME_MARKS) {
    const kind = style.name;
    const at = plane.marks.some((m) => m.name === kind);
    const ly = P.top + 58 + entries.length * 24 - 48;
    entries.push(
      `${markShape(kind, lx + 10, ly, style.colour, style.label)}<text x="${lx + 26}" y="${ly + 4}" class="legend">${esc(style.label)}${at ? '' : ' (none)'}</text>`,
    );
  }
  return [
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(`The outcome space for ${name(ax)} and ${name(ay)}`)}" class="plane">`,
    grid,
    dots,
    frontier,
    marks,
    `<text x="${r1(x(0.5))}" y="${H - 6}" class="axis" text-anchor="middle">${esc(`utility to ${name(ax)} (${ax})`)}</text>`,
    `<text x="14" y="${r1(y(0.5))}" class="axis" text-anchor="middle" transform="rotate(-90 14 ${r1(y(0.5))})">${esc(`utility to ${name(ay)} (${ay})`)}</text>`,
    `<g class="legend-box">${entries.join('')}</g>`,
    '</svg>',
  ].join('');
}
