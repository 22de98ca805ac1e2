import type { EventMeta, Source } from '@parley/core';

/**
 * The sources of a record (`meta.source` and `meta.sources`), those with a title, each once, in order.
 *
 * @example
 * ```ts
 * sourcesOf(record).map((s) => s.url); // the links to show beside the event
 * ```
 */
export function sourcesOf(record: { readonly meta?: EventMeta | undefined }): Source[] {
  const meta = record.meta;
  if (!meta) return [];
  const all: unknown[] = [meta.source, ...(Array.isArray(meta.sources) ? meta.sources : [])];
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const s of all) {
    if (!isSource(s)) continue;
    const key = `${s.title}|${s.url ?? ''}|${s.date ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

function isSource(value: unknown): value is Source {
  return (
    typeof value === 'object' &&
    value !== null &&
    'title' in value &&
    typeof value.title === 'string' &&
    (!('url' in value) || value.url === undefined || typeof value.url === 'string')
  );
}

/**
 * A link target that is safe to show: only http(s) URLs.
 *
 * @example
 * ```ts
 * safeUrl('https://www.un.org/'); // 'https://www.un.org/'
 * safeUrl('javascript:alert(1)'); // undefined
 * ```
 */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}
