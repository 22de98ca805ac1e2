import { createFolder, InvariantError, type RecordedEvent } from '@parley/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type NegotiationCommand,
  type NegotiationEvent,
  NEGOTIATION_RULES as R,
  singleTextProtocol,
  type Text,
} from '../src/index.js';
import { toy } from './fixtures.js';

// Model-based test of the single negotiating text (fast-check's fc.commands): a small model says, for
// every command, whether the protocol must accept it (and with what effect) or refuse it (by which rule);
// the real decider, folded with createFolder, must agree at every step.

interface Model {
  status: 'open' | 'adopted' | 'failed';
  round: number;
  draft: Text | null;
  version: number;
  objectors: Set<string>;
  walkedOut: Set<string>;
  pending: Map<string, { issue: string; option: string }>;
  amendments: number;
}

interface Real {
  folder: ReturnType<
    typeof createFolder<ReturnType<typeof decider.initial>, NegotiationCommand, NegotiationEvent>
  >;
  records: RecordedEvent<NegotiationEvent>[];
}

const decider = singleTextProtocol(toy);
const chairs = new Set(toy.chairs);

function dispatch(
  real: Real,
  c: NegotiationCommand,
): { ok: true; events: NegotiationEvent[] } | { ok: false; rule: string } {
  try {
    const events = decider.decide(c, real.folder.state);
    for (const e of events) {
      const record = {
        stream: 'm',
        seq: real.records.length + 1,
        id: `m:${real.records.length + 1}`,
        at: '2016-05-17',
        v: 1,
        type: e.type,
        data: decider.events!.validateData(e.type, e.data),
      } as RecordedEvent<NegotiationEvent>;
      real.folder.apply(record);
      real.records.push(record);
    }
    return { ok: true, events: events.map((e) => ({ type: e.type, data: e.data }) as NegotiationEvent) };
  } catch (e) {
    if (e instanceof InvariantError) return { ok: false, rule: e.rule };
    throw e;
  }
}

/** The rule the model expects to refuse the command, or null when it must be accepted. */
function refusal(m: Model, c: NegotiationCommand): string | null {
  if (m.status !== 'open') return R.ended;
  if (m.walkedOut.has(c.by)) return R.walkedOut;
  switch (c.type) {
    case 'table-draft':
      return chairs.has(c.by) ? null : R.chairOnly;
    case 'propose-amendment':
      if (m.draft === null) return R.noDraft;
      return m.draft[c.issue] === c.option ? R.amendmentNoChange : null;
    case 'accept-amendment':
    case 'reject-amendment':
      if (!chairs.has(c.by)) return R.chairOnly;
      return m.pending.has(c.amendment) ? null : R.unknownAmendment;
    case 'raise-objection':
      if (m.draft === null) return R.noDraft;
      return m.objectors.has(c.by) ? R.alreadyObjecting : null;
    case 'withdraw-objection':
      return m.objectors.has(c.by) ? null : R.noObjection;
    case 'adopt-text':
      if (!chairs.has(c.by)) return R.chairOnly;
      if (m.draft === null) return R.noDraft;
      return m.objectors.size > 0 ? R.decisionRuleNotMet : null;
    case 'end-round':
      return chairs.has(c.by) ? null : R.chairOnly;
    case 'walk-out':
      return null;
    default:
      throw new Error(`not modelled: ${c.type}`);
  }
}

function applyModel(m: Model, c: NegotiationCommand): void {
  switch (c.type) {
    case 'table-draft':
      m.draft = { ...c.text };
      m.version++;
      return;
    case 'propose-amendment':
      m.amendments++;
      m.pending.set(`a${m.amendments}`, { issue: c.issue, option: c.option });
      return;
    case 'accept-amendment': {
      const a = m.pending.get(c.amendment)!;
      m.draft = { ...m.draft!, [a.issue]: a.option };
      m.version++;
      m.pending.delete(c.amendment);
      return;
    }
    case 'reject-amendment':
      m.pending.delete(c.amendment);
      return;
    case 'raise-objection':
      m.objectors.add(c.by);
      return;
    case 'withdraw-objection':
      m.objectors.delete(c.by);
      return;
    case 'adopt-text':
      m.status = 'adopted';
      return;
    case 'end-round':
      if (m.round >= toy.deadline.rounds) m.status = 'failed';
      else m.round++;
      return;
    case 'walk-out': {
      m.walkedOut.add(c.by);
      m.objectors.delete(c.by);
      const chairsLeft = toy.chairs.some((ch) => !m.walkedOut.has(ch));
      if (!chairsLeft || toy.parties.every((p) => m.walkedOut.has(p))) m.status = 'failed';
      return;
    }
    default:
      throw new Error(`not modelled: ${c.type}`);
  }
}

class Step implements fc.Command<Model, Real> {
  constructor(readonly command: NegotiationCommand) {}
  check(): boolean {
    return true;
  }
  run(m: Model, real: Real): void {
    const expected = refusal(m, this.command);
    const got = dispatch(real, this.command);
    if (expected !== null) {
      expect(got).toEqual({ ok: false, rule: expected });
      return;
    }
    expect(got.ok, `${this.toString()} was refused: ${JSON.stringify(got)}`).toBe(true);
    if (!got.ok) return;
    if (this.command.type === 'adopt-text') {
      // Under consensus no text is adopted while an objection stands.
      expect(real.folder.state.objections).toEqual([]);
      expect(got.events[0]).toMatchObject({ type: 'text-adopted', data: { text: m.draft } });
    }
    applyModel(m, this.command);
    const s = real.folder.state;
    expect(s.status).toBe(m.status === 'open' ? 'open' : m.status);
    expect(s.draft).toEqual(m.draft);
    expect(s.history.length).toBe(m.version);
    expect(new Set(s.objections.map((o) => o.by))).toEqual(m.objectors);
    expect(s.amendments.filter((a) => a.status === 'pending').map((a) => a.id)).toEqual([
      ...m.pending.keys(),
    ]);
    if (m.status === 'open') expect(s.round).toBe(m.round);
  }
  toString(): string {
    return JSON.stringify(this.command);
  }
}

const party = fc.constantFrom(...toy.parties);
const chairOrNot = fc.constantFrom('us', 'ru', 'ir');
const textArb = fc.record(
  Object.fromEntries(toy.issues.map((i) => [i.id, fc.constantFrom(...i.options.map((o) => o.id))])),
) as fc.Arbitrary<Text>;
const issueOption = fc.constantFrom(
  ...toy.issues.flatMap((i) => i.options.map((o) => [i.id, o.id] as const)),
);
const amendmentId = fc.integer({ min: 1, max: 6 }).map((n) => `a${n}`);

const commands = [
  fc.tuple(chairOrNot, textArb).map(([by, text]) => new Step({ type: 'table-draft', by, text })),
  fc
    .tuple(party, issueOption)
    .map(([by, [issue, option]]) => new Step({ type: 'propose-amendment', by, issue, option })),
  fc
    .tuple(chairOrNot, amendmentId)
    .map(([by, amendment]) => new Step({ type: 'accept-amendment', by, amendment })),
  fc
    .tuple(chairOrNot, amendmentId)
    .map(([by, amendment]) => new Step({ type: 'reject-amendment', by, amendment })),
  party.map((by) => new Step({ type: 'raise-objection', by })),
  party.map((by) => new Step({ type: 'withdraw-objection', by })),
  chairOrNot.map((by) => new Step({ type: 'adopt-text', by })),
  chairOrNot.map((by) => new Step({ type: 'end-round', by })),
  party.map((by) => new Step({ type: 'walk-out', by })),
];

describe('the single negotiating text against its model (fc.commands)', () => {
  it('accepts and refuses exactly what the model says, and adopts only without a standing objection', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 40 }), (cmds) => {
        const real: Real = { folder: createFolder(decider), records: [] };
        dispatch(real, { type: 'open-negotiation', by: 'timekeeper' });
        const model: Model = {
          status: 'open',
          round: 1,
          draft: null,
          version: 0,
          objectors: new Set(),
          walkedOut: new Set(),
          pending: new Map(),
          amendments: 0,
        };
        fc.modelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: 300 },
    );
  });
});
