/**
 * The "inject an event" form: a few ISSG commands a class asks "what if" about, each with the fields a
 * person chooses. The values become the command given to the domain's `decide`.
 */
export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly kind: 'select' | 'number' | 'text';
  readonly options?: readonly string[];
  readonly initial: string;
}

export interface InjectSpec {
  readonly type: string;
  readonly label: string;
  readonly fields: readonly FieldSpec[];
  /** Constant fields added to the command. */
  readonly fixed?: Record<string, unknown>;
}

const PARTIES = ['syria-gov', 'hnc', 'ahrar-al-sham', 'jaysh-al-islam', 'pyd'];
const ACTORS = ['ru', 'us', 'un', 'syria-gov', 'hnc', 'sarc', 'wfp'];
const ARMED = [...PARTIES, 'coalition'];
const PLACES = [
  'aleppo',
  'east-aleppo',
  'darayya',
  'madaya',
  'moadamiyeh',
  'eastern-ghouta',
  'deir-ez-zor',
  'jabal-tharda',
  'syria',
];

const party = (label = 'Party'): FieldSpec => ({
  name: 'party',
  label,
  kind: 'select',
  options: PARTIES,
  initial: 'pyd',
});

export const INJECTIONS: readonly InjectSpec[] = [
  { type: 'sign-on', label: 'A party signs on to the cessation', fields: [party()] },
  {
    type: 'report-violation',
    label: 'A violation is reported',
    fields: [
      { name: 'perpetrator', label: 'Perpetrator', kind: 'select', options: ARMED, initial: 'syria-gov' },
      { name: 'reporter', label: 'Reported by', kind: 'select', options: ACTORS, initial: 'us' },
      { name: 'location', label: 'Where', kind: 'select', options: PLACES, initial: 'aleppo' },
      { name: 'severity', label: 'Severity (1–5)', kind: 'number', initial: '4' },
      {
        name: 'attribution',
        label: 'Attribution',
        kind: 'select',
        options: ['verified', 'contested', 'alleged'],
        initial: 'verified',
      },
      { name: 'killed', label: 'People killed', kind: 'number', initial: '20' },
    ],
  },
  {
    type: 'refer-non-compliance',
    label: 'Persistent non-compliance is referred to the ministers',
    fields: [
      party(),
      { name: 'by', label: 'Referred by', kind: 'select', options: ['us', 'ru', 'un'], initial: 'us' },
    ],
  },
  { type: 'exclude-party', label: 'A party is excluded for non-compliance', fields: [party()] },
  {
    type: 'deliver-convoy',
    label: 'An aid convoy gets through',
    fields: [
      { name: 'location', label: 'Where', kind: 'select', options: PLACES, initial: 'darayya' },
      {
        name: 'by',
        label: 'Delivered by',
        kind: 'select',
        options: ['un', 'sarc', 'wfp', 'icrc'],
        initial: 'un',
      },
      { name: 'trucks', label: 'Trucks', kind: 'number', initial: '40' },
      { name: 'peopleReached', label: 'People reached', kind: 'number', initial: '20000' },
    ],
  },
  {
    type: 'deny-access',
    label: 'Humanitarian access is denied',
    fields: [
      { name: 'location', label: 'Where', kind: 'select', options: PLACES, initial: 'darayya' },
      { name: 'by', label: 'Denied by', kind: 'select', options: PARTIES, initial: 'syria-gov' },
    ],
  },
  {
    type: 'declare-collapse',
    label: 'The arrangement is declared collapsed',
    fields: [
      { name: 'declaredBy', label: 'Declared by', kind: 'select', options: ACTORS, initial: 'syria-gov' },
      { name: 'reason', label: 'Reason', kind: 'text', initial: 'offensive resumed' },
    ],
  },
];

/**
 * The command for a form's values (numbers parsed; a violation gets a deterministic id from the seq).
 *
 * @example
 * ```ts
 * commandFor(INJECTIONS[0]!, { party: 'pyd' }, 120); // { type: 'sign-on', party: 'pyd' }
 * ```
 */
export function commandFor(
  spec: InjectSpec,
  values: Record<string, string>,
  seq: number,
): { type: string } & Record<string, unknown> {
  const cmd: Record<string, unknown> = { type: spec.type, ...spec.fixed };
  for (const f of spec.fields) {
    const raw = values[f.name] ?? f.initial;
    cmd[f.name] = f.kind === 'number' ? Number(raw) : raw;
  }
  if (spec.type === 'report-violation') {
    cmd.violation = `what-if-${seq}`;
    cmd.target = null;
  }
  return cmd as { type: string } & Record<string, unknown>;
}
