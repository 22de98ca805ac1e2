/** Terminal width every table, chart and paragraph fits in. */
export const WIDTH = 80;

/**
 * Wrap `text` into lines of at most `width` characters; continuation lines are then prefixed with `indent`
 * spaces (so they are at most `indent + width` wide). Words longer than a line
 * (URLs) are kept whole rather than broken.
 */
export function wrap(text: string, width: number, indent = 0): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur === '') cur = w;
    else if (cur.length + 1 + w.length <= width) cur += ` ${w}`;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur !== '' || lines.length === 0) lines.push(cur);
  return lines.map((l, i) => (i === 0 ? l : ' '.repeat(indent) + l));
}

/** Cut `text` to `max` characters with an ellipsis. */
export function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text;
}

/** A number for people: at most 2 decimals. */
export function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
