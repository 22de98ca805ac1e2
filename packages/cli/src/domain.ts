import type { AnyRecordedEvent, EventCatalog, Scenario } from '@parley/core';

/** A party id found in an event's data, with the path where it was found. */
export interface PartyRef {
  readonly path: string;
  readonly id: string;
}

/**
 * What the command needs to know about a domain to read its logs and tell its story. The ISSG domain
 * (`@parley/issg`) is the built-in one; a scenario script with its own decider gets a generic view.
 */
export interface DomainView {
  readonly name: string;
  /** Event types, schemas and upcasters; `validate` checks every record against it. */
  readonly catalog: EventCatalog | undefined;
  /** Party ids mentioned by a record's data. */
  partiesOf(record: AnyRecordedEvent): readonly PartyRef[];
  isKnownParty(id: string): boolean;
  /** The track a record belongs to (hostilities, humanitarian, political, …). */
  track(record: AnyRecordedEvent): string;
  /** One line of narrative for a record. */
  describe(record: AnyRecordedEvent): string;
  /** The stable state summary (`parley state --json`), when the domain has one. */
  summarize(state: unknown, at: { at: string; seq: number }): Record<string, unknown>;
}

/** True when a record's data holds this key as a party id or a list of them (generic scan). */
const PARTY_KEYS = new Set([
  'party',
  'parties',
  'by',
  'member',
  'members',
  'coChairs',
  'accused',
  'accuser',
  'actor',
  'against',
  'signatories',
  'excluded',
  'violator',
  'reportedBy',
  'reporter',
  'perpetrator',
  'declaredBy',
  'attendees',
  'invited',
  'supporters',
  'objectors',
  'group',
  'postponedBy',
  'with',
  'between',
]);

/** Walk `data` and collect string values under party-like keys. */
export function scanParties(data: unknown, path = 'data'): PartyRef[] {
  const out: PartyRef[] = [];
  const walk = (v: unknown, p: string, partyKey: boolean): void => {
    if (typeof v === 'string') {
      if (partyKey) out.push({ path: p, id: v });
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, `${p}[${i}]`, partyKey);
      });
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) walk(x, `${p}.${k}`, PARTY_KEYS.has(k));
    }
  };
  walk(data, path, false);
  return out;
}

/** A generic view for a scenario with its own decider: JSON state, no indicators, types as tracks. */
export function genericDomain(scenario?: Scenario): DomainView {
  return {
    name: scenario?.decider.name ?? 'generic',
    catalog: scenario?.decider.events as EventCatalog | undefined,
    partiesOf: () => [],
    isKnownParty: () => true,
    track: () => 'events',
    describe: (r) => describeRecord(r, scenario?.decider.events as EventCatalog | undefined),
    summarize: (state, at) => ({ at: at.at, seq: at.seq, state }),
  };
}

/** JSON on one line, cut to `max` characters. */
export function compactJson(value: unknown, max = 60): string {
  const s = JSON.stringify(value) ?? '';
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function fieldText(v: unknown): string {
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'object' && v !== null) return compactJson(v, 40);
  const text = String(v);
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

/**
 * One line of narrative for a record: the catalog's description of its type (else the type), its data
 * fields (`true` flags by name, long lists as a count), `meta.note` and a `meta.flag` other than verified.
 */
export function describeRecord(r: AnyRecordedEvent, catalog: EventCatalog | undefined): string {
  const what = catalog?.has(r.type) ? (catalog.description(r.type) ?? r.type) : r.type;
  const fields = Object.entries((r.data ?? {}) as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) =>
      v === true ? k : Array.isArray(v) && v.length > 4 ? `${v.length} ${k}` : `${k} ${fieldText(v)}`,
    );
  const note = typeof r.meta?.note === 'string' ? ` — ${r.meta.note}` : '';
  const flag = typeof r.meta?.flag === 'string' && r.meta.flag !== 'verified' ? ` [${r.meta.flag}]` : '';
  return `${fields.length > 0 ? `${what} (${fields.join('; ')})` : what}${note}${flag}`;
}
