/**
 * Turn an id into words: `party-signed-on` → `Party signed on` (labels of the viewer's own controls).
 *
 * @example
 * ```ts
 * humanize('air-drops'); // 'Air drops'
 * ```
 */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What a chart's legend shows for a day without data (its line has a gap there). */
export const NO_DATA = 'no data';
