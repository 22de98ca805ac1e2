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
