import type { AnyRecordedEvent, Source } from '@parley/core';

/** Turn an id into words: `party-signed-on` → `Party signed on`. */
export function humanize(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const list = (v: unknown): string | undefined =>
  Array.isArray(v) && v.length > 0 ? v.map(String).join(', ') : undefined;

/** The details worth a glance, in the order a reader wants them. */
function details(data: Record<string, unknown>): string[] {
  const out: string[] = [];
  const str = (k: string) =>
    typeof data[k] === 'string' || typeof data[k] === 'number' ? String(data[k]) : undefined;
  const push = (s: string | undefined) => {
    if (s !== undefined && s !== '') out.push(s);
  };
  push(str('title'));
  push(str('place'));
  if (str('resolution') !== undefined) push(`UNSCR ${str('resolution')}`);
  push(str('party'));
  if (str('perpetrator') !== undefined) push(`by ${str('perpetrator')}`);
  push(str('location') ?? str('area'));
  push(str('group'));
  if (str('indicator') !== undefined) push(`${str('indicator')} = ${str('value')}`);
  if (str('issue') !== undefined) push(`on ${str('issue')}`);
  if (str('reason') !== undefined) push(str('reason'));
  if (str('description') !== undefined && out.length === 0) push(str('description'));
  if (out.length === 0) push(list(data.members) ?? list(data.coChairs) ?? list(data.parties));
  return out;
}

/**
 * One line a person can read for a recorded event: its type in words and the details that identify it.
 *
 * @example
 * ```ts
 * describeEvent(record); // 'Meeting convened — Vienna'
 * ```
 */
export function describeEvent(record: AnyRecordedEvent): string {
  const data =
    typeof record.data === 'object' && record.data !== null ? (record.data as Record<string, unknown>) : {};
  const d = details(data);
  return d.length > 0 ? `${humanize(record.type)} — ${d.join(' · ')}` : humanize(record.type);
}

/** The sources of a record (`meta.source` and `meta.sources`), those with a title, each once. */
export function sourcesOf(record: AnyRecordedEvent): Source[] {
  const meta = record.meta;
  if (!meta) return [];
  const all = [meta.source, ...(Array.isArray(meta.sources) ? meta.sources : [])];
  const seen = new Set<string>();
  return all.filter((s): s is Source => {
    if (typeof s !== 'object' || s === null || typeof s.title !== 'string') return false;
    const key = `${s.title}|${s.url ?? ''}|${s.date ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A safe link target: only http(s) URLs become links. */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}
