const NS = 'http://www.w3.org/2000/svg';

/**
 * Create an SVG element: `s('circle', { cx: 4, cy: 4, r: 2 })`; a string child becomes a `<title>` when
 * the element is a shape (its tooltip), else text.
 */
export function s(
  tag: string,
  attrs: Record<string, string | number | undefined> = {},
  ...children: (SVGElement | string | null | undefined | false)[]
): SVGElement {
  const el = document.createElementNS(NS, tag) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, String(v));
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (typeof c === 'string') {
      if (tag === 'text' || tag === 'title') el.append(c);
      else el.append(s('title', {}, c));
    } else el.append(c);
  }
  return el;
}

/** Round to a tenth of a pixel (shorter markup, same picture). */
export const px = (v: number): number => Math.round(v * 10) / 10;
