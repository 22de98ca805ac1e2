import Table from 'cli-table3';
import type { Colors } from '../io.js';
import { num, WIDTH } from './text.js';

const KEY_COL = 30;

function valueText(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.length === 0 ? '—' : v.map((x) => valueText(x)).join(', ');
  if (typeof v === 'number') return num(v);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Flatten a summary into `path → value` rows: nested objects become dotted paths, arrays one joined value. */
export function summaryRows(summary: Readonly<Record<string, unknown>>, prefix = ''): [string, string][] {
  const rows: [string, string][] = [];
  for (const [k, v] of Object.entries(summary)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0)
      rows.push(...summaryRows(v as Record<string, unknown>, key));
    else rows.push([key, valueText(v)]);
  }
  return rows;
}

/**
 * A state summary as a table `width` columns wide (80 by default): one section per top-level object (a spanning heading, then
 * its fields indented), `at` and `seq` in the heading.
 */
export function renderSummary(
  summary: Readonly<Record<string, unknown>>,
  c: Colors,
  heading?: string,
  width: number = WIDTH,
): string {
  const { at, seq, ...rest } = summary;
  const table = new Table({
    colWidths: [KEY_COL, width - KEY_COL - 3],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: true },
  });
  for (const [k, v] of Object.entries(rest)) {
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0) {
      table.push([{ colSpan: 2, content: c.bold(k) }]);
      for (const [path, value] of summaryRows(v as Record<string, unknown>)) table.push([`  ${path}`, value]);
    } else table.push([c.bold(k), valueText(v)]);
  }
  const title =
    heading ??
    `State${typeof at === 'string' ? ` on ${at}` : ''}${typeof seq === 'number' ? ` (after event ${seq})` : ''}`;
  return `${c.bold(title)}\n${table.toString()}\n`;
}
