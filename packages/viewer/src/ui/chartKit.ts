import uPlot from 'uplot';

/** Colours of the known indicators (others cycle through the palette). */
const COLOURS: Record<string, string> = {
  violence: '#c0392b',
  humanitarianAccess: '#1f6fb2',
  momentum: '#2e8b57',
  credibility: '#8e44ad',
};
const PALETTE = ['#d35400', '#16a085', '#7f8c8d', '#b7950b', '#34495e'];

export function colourOf(name: string, i: number): string {
  return COLOURS[name] ?? PALETTE[i % PALETTE.length]!;
}

/** A uPlot plugin drawing vertical lines at the x values `lines()` returns (current event, fork point). */
export function verticalLines(
  lines: () => readonly { x: number; colour: string; dash?: number[] }[],
): uPlot.Plugin {
  return {
    hooks: {
      draw: [
        (u) => {
          const { ctx } = u;
          const { top, height } = u.bbox;
          for (const line of lines()) {
            const x = Math.round(u.valToPos(line.x, 'x', true));
            if (!Number.isFinite(x)) continue;
            ctx.save();
            ctx.strokeStyle = line.colour;
            ctx.lineWidth = 2 * uPlot.pxRatio;
            ctx.setLineDash(line.dash ?? []);
            ctx.beginPath();
            ctx.moveTo(x, top);
            ctx.lineTo(x, top + height);
            ctx.stroke();
            ctx.restore();
          }
        },
      ],
    },
  };
}

/** Keep a chart as wide as its container. */
export function fitWidth(chart: uPlot, container: HTMLElement, height: number): () => void {
  const ro = new ResizeObserver(() => {
    const w = Math.max(280, Math.floor(container.clientWidth));
    if (w !== chart.width) chart.setSize({ width: w, height });
  });
  ro.observe(container);
  return () => ro.disconnect();
}

/** Merge the x values of several series into one ascending axis, each series re-indexed on it (gaps null). */
export function align(
  parts: readonly { x: readonly number[]; ys: readonly (readonly (number | null)[])[] }[],
): {
  x: number[];
  ys: (number | null)[][];
} {
  const x = [...new Set(parts.flatMap((p) => p.x))].sort((a, b) => a - b);
  const index = new Map(x.map((v, i) => [v, i]));
  const ys: (number | null)[][] = [];
  for (const p of parts)
    for (const y of p.ys) {
      const col: (number | null)[] = new Array(x.length).fill(null);
      p.x.forEach((xv, i) => {
        const v = y[i];
        col[index.get(xv)!] = v === undefined || v === null || Number.isNaN(v) ? null : v;
      });
      ys.push(col);
    }
  return { x, ys };
}
