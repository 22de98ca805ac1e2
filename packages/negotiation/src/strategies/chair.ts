import type { Text } from '../agenda.js';
import type { NegotiationCommand } from '../commands.js';
import { standingVote } from '../protocol/common.js';
import { acceptableAt } from './member.js';
import { idealText } from './targets.js';
import type { StrategyView } from './types.js';

/**
 * What the pen-holder believes of the other delegations, from public events only: an option a
 * delegation objected to (the draft's option on the issue it named) is believed unacceptable to it; an
 * option it proposed is believed its favourite (value 1); everything else is unknown (0.5).
 */
interface Beliefs {
  /** `party|issue|option` → believed value. */
  readonly values: Map<string, number>;
  /** `party|issue|option` believed to be unacceptable to the party. */
  readonly vetoed: Set<string>;
}

function beliefsOf(view: StrategyView): Beliefs {
  const values = new Map<string, number>();
  const vetoed = new Set<string>();
  const set = (party: string, issue: string, option: string, v: number) => {
    values.set(`${party}|${issue}|${option}`, v);
  };

  const versions: Text[] = [];
  for (const e of view.events) {
    if (e.type === 'draft-tabled' || e.type === 'amendment-accepted')
      versions[e.data.version - 1] = e.data.draft;
    else if (e.type === 'objection-raised' && e.data.by !== view.party && e.data.issue !== undefined) {
      const option = versions[e.data.version - 1]?.[e.data.issue];
      if (option !== undefined) {
        set(e.data.by, e.data.issue, option, 0);
        vetoed.add(`${e.data.by}|${e.data.issue}|${option}`);
      }
    } else if (e.type === 'amendment-proposed' && e.data.by !== view.party) {
      set(e.data.by, e.data.issue, e.data.option, 1);
      vetoed.delete(`${e.data.by}|${e.data.issue}|${e.data.option}`);
    }
  }
  return { values, vetoed };
}

/**
 * The text the pen-holder proposes: the Nash text among the texts it believes acceptable — acceptable
 * to itself at its target, and using as few options another delegation is believed to reject as it can
 * (a heavy penalty per believed rejection) — maximising `log(u_self − d_self) + Σ log(û_j)` with believed
 * utilities `û_j` (mean believed value per issue), by coordinate ascent from the current draft, its own
 * ideal, and two random texts. Where no text acceptable to itself is found, its own ideal.
 *
 * `keep` names issues the proposal leaves as the draft has them: the amendments the pen accepted, which
 * a chair does not take back in the text it tables next (see {@link chairMoves}).
 *
 * @example
 * ```ts
 * proposal(view, 0.4); // { talks: 'june', aid: 'convoys', list: 'keep' }
 * proposal(view, 0.4, new Set(['aid'])); // the draft's option on aid, whatever else changes
 * ```
 */
export function proposal(view: StrategyView, target: number, keep?: ReadonlySet<string>): Text {
  const { agenda } = view;
  const prefs = view.preferences;
  const beliefs = beliefsOf(view);
  const draftNow = view.state.draft;
  const others = view.state.parties.filter((p) => p !== view.party && !view.state.walkedOut.includes(p));
  const k = agenda.issues.length;
  const P = others.length;
  const M = Math.max(1, ...agenda.issues.map((i) => i.options.length));
  // Tables by (issue, option): the believed value to each other party, the number of believed
  // rejections, its own weighted value and red lines — so that trying an option costs O(parties).
  const bel = new Float64Array(P * k * M).fill(0.5);
  const vetoes = new Float64Array(k * M);
  const own = new Float64Array(k * M);
  const ownRed = new Uint8Array(k * M);
  agenda.issues.forEach((issue, j) => {
    const w = prefs?.weights[issue.id] ?? 0;
    issue.options.forEach((o, x) => {
      const cell = j * M + x;
      own[cell] = w * (prefs?.values[issue.id]?.[o.id] ?? 0);
      ownRed[cell] = prefs?.redLines[issue.id]?.includes(o.id) ? 1 : 0;
      others.forEach((p, q) => {
        const key = `${p}|${issue.id}|${o.id}`;
        const v = beliefs.values.get(key);
        if (v !== undefined) bel[q * k * M + cell] = v;
        if (beliefs.vetoed.has(key)) vetoes[cell]! += 1;
      });
    });
  });
  const reservation = prefs?.reservation ?? 0;
  const sums = new Float64Array(P);
  const digits = new Int32Array(k);
  let ownU = 0;
  let reds = 0;
  let vetoTotal = 0;
  const load = (text: Text) => {
    sums.fill(0);
    ownU = 0;
    reds = 0;
    vetoTotal = 0;
    agenda.issues.forEach((issue, j) => {
      const x = Math.max(
        0,
        issue.options.findIndex((o) => o.id === text[issue.id]),
      );
      digits[j] = x;
      const cell = j * M + x;
      ownU += own[cell]!;
      reds += ownRed[cell]!;
      vetoTotal += vetoes[cell]!;
      for (let q = 0; q < P; q++) sums[q]! += bel[q * k * M + cell]!;
    });
  };
  /** The score with issue j moved from option a to option b (a = b: the current score). */
  const scoreWith = (j: number, a: number, b: number): number => {
    const from = j * M + a;
    const to = j * M + b;
    let s = 0;
    if (prefs) {
      const redsNow = reds - ownRed[from]! + ownRed[to]!;
      const gain = ownU - own[from]! + own[to]! - reservation;
      if (redsNow > 0 || gain < 0) return -Infinity;
      s += Math.log(gain + 1e-9);
    }
    for (let q = 0; q < P; q++) {
      const base = q * k * M;
      s += Math.log((sums[q]! - bel[base + from]! + bel[base + to]!) / k + 1e-9);
    }
    return s - VETO_PENALTY * (vetoTotal - vetoes[from]! + vetoes[to]!);
  };
  const move = (j: number, a: number, b: number) => {
    const from = j * M + a;
    const to = j * M + b;
    ownU += own[to]! - own[from]!;
    reds += ownRed[to]! - ownRed[from]!;
    vetoTotal += vetoes[to]! - vetoes[from]!;
    for (let q = 0; q < P; q++) sums[q]! += bel[q * k * M + to]! - bel[q * k * M + from]!;
    digits[j] = b;
  };
  const kept = agenda.issues.map(
    (issue) => keep?.has(issue.id) === true && draftNow?.[issue.id] !== undefined,
  );
  const climb = (from: Text): { text: Text; score: number } => {
    // the kept issues start (and stay) as the draft has them
    const start: Text = draftNow
      ? {
          ...from,
          ...Object.fromEntries(agenda.issues.filter((_, j) => kept[j]).map((i) => [i.id, draftNow[i.id]!])),
        }
      : from;
    load(start);
    // leave its own red lines first
    agenda.issues.forEach((issue, j) => {
      const a = digits[j]!;
      if (kept[j] || !ownRed[j * M + a]) return;
      const b = issue.options.findIndex((_, x) => !ownRed[j * M + x]);
      if (b >= 0) move(j, a, b);
    });
    for (let sweep = 0; sweep < 6; sweep++) {
      let improved = false;
      agenda.issues.forEach((issue, j) => {
        if (kept[j]) return;
        const a = digits[j]!;
        let best = scoreWith(j, a, a);
        let bestOption = a;
        for (let b = 0; b < issue.options.length; b++) {
          if (b === a || ownRed[j * M + b]) continue;
          const sc = scoreWith(j, a, b);
          if (sc > best + 1e-12) {
            best = sc;
            bestOption = b;
          }
        }
        if (bestOption !== a) {
          move(j, a, bestOption);
          improved = true;
        }
      });
      if (!improved) break;
    }
    const text: Record<string, string> = {};
    agenda.issues.forEach((issue, j) => {
      text[issue.id] = issue.options[digits[j]!]!.id;
    });
    return { text, score: scoreWith(0, digits[0] ?? 0, digits[0] ?? 0) };
  };
  const ok = (text: Text) => !prefs || acceptableAt(prefs, text, target);
  const randomText = (): Text =>
    Object.fromEntries(
      agenda.issues.map((i) => [i.id, i.options[Math.floor(view.random() * i.options.length)]!.id]),
    );
  const starts: Text[] = [];
  if (draftNow) starts.push(draftNow);
  const ideal = prefs ? idealText(agenda, prefs) : randomText();
  starts.push(ideal, randomText(), randomText());
  let best: Text | null = null;
  let bestScore = -Infinity;
  for (const s of starts) {
    const { text, score } = climb(s);
    if (ok(text) && (best === null || score > bestScore + 1e-12)) {
      best = text;
      bestScore = score;
    }
  }
  if (best !== null) return best;
  // nothing found at its target: keep the draft when it holds what the pen accepted, else its ideal
  if (draftNow && kept.some(Boolean) && ok(draftNow)) return draftNow;
  return ideal;
}

const VETO_PENALTY = 100;

const same = (a: Text, b: Text) => Object.keys(a).every((key) => a[key] === b[key]);

/**
 * The pen-holder's moves at a target utility for itself. At the `open` of a round: rule on pending
 * amendments (accept those that keep the draft acceptable to itself at its target and use no option
 * another delegation is believed to reject), then table its proposal if there is no draft or objections
 * stand and the proposal differs. The proposal keeps every amendment the pen accepted that still stands
 * unopposed in the draft: a chair never takes back, in the text it tables, what it accepted. At the `close`: call for adoption when the decision rule is met and
 * the draft is acceptable to itself (never changing the draft at the close, so every delegation has seen
 * what is adopted).
 *
 * @example
 * ```ts
 * chairMoves(view, 0.5); // [{ type: 'table-draft', by: 'us', text: … }]
 * ```
 */
export function chairMoves(view: StrategyView, target: number): NegotiationCommand[] {
  const { state } = view;
  const prefs = view.preferences;
  const by = view.party;
  if (view.phase === 'close') {
    if (state.draft === null) return [];
    if (prefs && !acceptableAt(prefs, state.draft, Math.min(target, 1))) return [];
    return standingVote(view.agenda, state).met ? [{ type: 'adopt-text', by }] : [];
  }
  const out: NegotiationCommand[] = [];
  if (state.draft === null) return [{ type: 'table-draft', by, text: proposal(view, target) }];
  let draft: Text = state.draft;
  const beliefs = beliefsOf(view);
  const vetoedBySomeone = (issue: string, option: string) =>
    state.parties.some(
      (p) => p !== by && beliefs.vetoed.has(`${p}|${issue}|${option}`) && !state.walkedOut.includes(p),
    );
  // The amendments the pen accepted and that still stand in the draft (no one has objected to them
  // since): a chair does not take back what it accepted, so its next text keeps them. Without this, the
  // pen accepted an amendment and re-tabled its own option in the same breath, undoing it.
  const keep = new Set<string>();
  for (const a of state.amendments)
    if (a.status === 'accepted' && draft[a.issue] === a.option && !vetoedBySomeone(a.issue, a.option))
      keep.add(a.issue);
  for (const a of state.amendments) {
    if (a.status !== 'pending') continue;
    const amended = { ...draft, [a.issue]: a.option };
    if (!vetoedBySomeone(a.issue, a.option) && (!prefs || acceptableAt(prefs, amended, target))) {
      out.push({ type: 'accept-amendment', by, amendment: a.id });
      draft = amended;
      keep.add(a.issue);
    } else out.push({ type: 'reject-amendment', by, amendment: a.id });
  }
  if (state.objections.length > 0) {
    const next = proposal({ ...view, state: { ...state, draft } }, target, keep);
    if (!same(next, draft)) out.push({ type: 'table-draft', by, text: next });
  }
  return out;
}
