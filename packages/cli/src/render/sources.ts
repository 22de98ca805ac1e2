import type { Source } from '@parley/core';

/** A source on one line: `title (date) <url>`. */
export function sourceLine(s: Source): string {
  return `${s.title}${s.date ? ` (${s.date})` : ''}${s.url ? ` <${s.url}>` : ''}`;
}
