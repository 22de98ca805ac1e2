import type { AnyRecordedEvent, Source } from '@parley/core';

/** The sources of a record: `meta.source` and `meta.sources`, without duplicates, in order. */
export function sourcesOf(record: AnyRecordedEvent): Source[] {
  const meta = record.meta;
  if (!meta) return [];
  const all = [...(meta.source ? [meta.source] : []), ...(Array.isArray(meta.sources) ? meta.sources : [])];
  const seen = new Set<string>();
  return all.filter((s): s is Source => {
    if (typeof s !== 'object' || s === null || typeof s.title !== 'string') return false;
    const key = `${s.title}|${s.url ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A source on one line: `title (date) <url>`. */
export function sourceLine(s: Source): string {
  return `${s.title}${s.date ? ` (${s.date})` : ''}${s.url ? ` <${s.url}>` : ''}`;
}
