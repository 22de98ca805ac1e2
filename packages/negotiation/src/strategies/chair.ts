import type { Text } from '../agenda.js';
import type { NegotiationCommand } from '../commands.js';
import { standingVote } from '../protocol/common.js';
import { agendaIndex, beliefsOf, ownTables } from './beliefs.js';
import { acceptableAt } from './member.js';
import { idealText } from './targets.js';
import type { StrategyView } from './types.js';

const VETO_PENALTY = 100;

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
  const beliefs = beliefsOf(agenda, view.party, view.events);
  const draftNow = view.state.draft;
  const others = view.state.parties.filter((p) => p !== view.party && !view.state.walkedOut.includes(p));
  const { k, M, option: optionIndex } = agendaIndex(agenda);
  const P = others.length;
  // Tables by (issue, option): the believed value to each other party, the number of believed
  // rejections, its own weighted value and red lines — so that trying an option costs O(parties).
  const bel = new Float64Array(P * k * M).fill(0.5);
  const vetoes = new Float64Array(k * M);
  const mine = prefs ? ownTables(agenda, prefs) : null;
  const own = mine ? mine.own : new Float64Array(k * M);
  const ownRed = mine ? mine.red : new Uint8Array(k * M);
  others.forEach((p, q) => {
    const at = beliefs.party.get(p);
    if (at === undefined) return;
    const base = at * k * M;
    for (let cell = 0; cell < k * M; cell++) {
      const v = beliefs.values[base + cell]!;
      if (!Number.isNaN(v)) bel[q * k * M + cell] = v;
      if (beliefs.vetoed[base + cell]) vetoes[cell]! += 1;
    }
  });
  // Whether every believed value is 0, ½ or 1 (they are, as beliefs are made): then the believed terms
  // of the score come from a table of logarithms, bit for bit the values computed directly.
  let halves = true;
  for (let c = 0; c < bel.length && halves; c++) {
    const v = bel[c]!;
    if (v !== 0 && v !== 0.5 && v !== 1) halves = false;
  }
  const bel2 = new Int32Array(halves ? bel.length : 0);
  for (let c = 0; c < bel2.length; c++) bel2[c] = bel[c]! * 2;
  const logOfHalves = new Float64Array(halves ? 2 * k + 1 : 0);
  for (let m = 0; m < logOfHalves.length; m++) logOfHalves[m] = Math.log(m / 2 / k + 1e-9);
  const twice = new Int32Array(P);
  const reservation = prefs?.reservation ?? 0;
  const sums = new Float64Array(P);
  const digits = new Int32Array(k);
  // The climb's running totals (its own utility, red lines crossed, believed rejections) in a typed
  // array rather than closure variables, which V8 would box on every write.
  const acc = new Float64Array(3);
  const OWN = 0;
  const REDS = 1;
  const VETOES = 2;
  const issues = agenda.issues;
  const load = (start: Int32Array) => {
    sums.fill(0);
    acc.fill(0);
    for (let j = 0; j < k; j++) {
      const x = start[j]!;
      digits[j] = x;
      const cell = j * M + x;
      acc[OWN]! += own[cell]!;
      acc[REDS]! += ownRed[cell]!;
      acc[VETOES]! += vetoes[cell]!;
      for (let q = 0; q < P; q++) sums[q]! += bel[q * k * M + cell]!;
    }
    if (halves) for (let q = 0; q < P; q++) twice[q] = sums[q]! * 2;
  };
  /** The score with issue j moved from option a to option b (a = b: the current score). */
  const scoreWith = (j: number, a: number, b: number): number => {
    const from = j * M + a;
    const to = j * M + b;
    let s = 0;
    if (prefs) {
      const redsNow = acc[REDS]! - ownRed[from]! + ownRed[to]!;
      const gain = acc[OWN]! - own[from]! + own[to]! - reservation;
      if (redsNow > 0 || gain < 0) return -Infinity;
      s += Math.log(gain + 1e-9);
    }
    if (halves) {
      // The same logarithms, read from a table: every believed value is 0, ½ or 1, so the sums are
      // exact multiples of ½ and the argument of each logarithm is one of 2k + 1 numbers.
      for (let q = 0; q < P; q++) {
        const base = q * k * M;
        s += logOfHalves[twice[q]! - bel2[base + from]! + bel2[base + to]!]!;
      }
    } else
      for (let q = 0; q < P; q++) {
        const base = q * k * M;
        s += Math.log((sums[q]! - bel[base + from]! + bel[base + to]!) / k + 1e-9);
      }
    return s - VETO_PENALTY * (acc[VETOES]! - vetoes[from]! + vetoes[to]!);
  };
  const move = (j: number, a: number, b: number) => {
    const from = j * M + a;
    const to = j * M + b;
    acc[OWN]! += own[to]! - own[from]!;
    acc[REDS]! += ownRed[to]! - ownRed[from]!;
    acc[VETOES]! += vetoes[to]! - vetoes[from]!;
    for (let q = 0; q < P; q++) sums[q]! += bel[q * k * M + to]! - bel[q * k * M + from]!;
    if (halves) for (let q = 0; q < P; q++) twice[q] = sums[q]! * 2;
    digits[j] = b;
  };
  // The kept issues start (and stay) as the draft has them.
  const kept = issues.map((issue) => keep?.has(issue.id) === true && draftNow?.[issue.id] !== undefined);
  const anyKept = kept.some(Boolean);
  const climb = (start: Int32Array): { text: Text; score: number } => {
    load(start);
    // leave its own red lines first
    for (let j = 0; j < k; j++) {
      const a = digits[j]!;
      if (kept[j] || !ownRed[j * M + a]) continue;
      const m = issues[j]!.options.length;
      for (let x = 0; x < m; x++)
        if (!ownRed[j * M + x]) {
          move(j, a, x);
          break;
        }
    }
    for (let sweep = 0; sweep < 6; sweep++) {
      let improved = false;
      for (let j = 0; j < k; j++) {
        if (kept[j]) continue;
        const a = digits[j]!;
        let best = scoreWith(j, a, a);
        let bestOption = a;
        const m = issues[j]!.options.length;
        for (let b = 0; b < m; b++) {
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
      }
      if (!improved) break;
    }
    return { text: textOf(digits), score: scoreWith(0, digits[0] ?? 0, digits[0] ?? 0) };
  };
  const textOf = (d: Int32Array): Text => {
    const text: Record<string, string> = {};
    for (let j = 0; j < k; j++) text[issues[j]!.id] = issues[j]!.options[d[j]!]!.id;
    return text;
  };
  // Start texts as option indices (an option the agenda does not know counts as the first).
  const indicesOf = (text: Text): Int32Array => {
    const d = new Int32Array(k);
    for (let j = 0; j < k; j++) d[j] = optionIndex[j]!.get(text[issues[j]!.id]!) ?? 0;
    return d;
  };
  const randomDigits = (): Int32Array => {
    const d = new Int32Array(k);
    for (let j = 0; j < k; j++) d[j] = Math.floor(view.random() * issues[j]!.options.length);
    return d;
  };
  const ok = (text: Text) => !prefs || acceptableAt(prefs, text, target);
  const starts: Int32Array[] = [];
  if (draftNow) starts.push(indicesOf(draftNow));
  const idealDigits = prefs ? indicesOf(idealText(agenda, prefs)) : randomDigits();
  const idealStart = Int32Array.from(idealDigits);
  starts.push(idealStart, randomDigits(), randomDigits());
  if (draftNow && anyKept) {
    const held = indicesOf(draftNow);
    for (const s of starts) for (let j = 0; j < k; j++) if (kept[j]) s[j] = held[j]!;
  }
  let best: Text | null = null;
  let bestScore = -Infinity;
  // Climbs from the same start end at the same text with the same score: each distinct start once.
  const done: { start: Int32Array; text: Text; score: number }[] = [];
  for (const s of starts) {
    let r = done.find((x) => x.start.every((v, j) => v === s[j]));
    if (!r) {
      r = { start: s, ...climb(s) };
      done.push(r);
    }
    const { text, score } = r;
    if (ok(text) && (best === null || score > bestScore + 1e-12)) {
      best = text;
      bestScore = score;
    }
  }
  if (best !== null) return best;
  // nothing found at its target: keep the draft when it holds what the pen accepted, else its ideal
  if (draftNow && anyKept && ok(draftNow)) return draftNow;
  return prefs ? idealText(agenda, prefs) : textOf(idealDigits);
}

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
  const beliefs = beliefsOf(view.agenda, by, view.events);
  const { k, M, issue: issueIndex, option: optionIndex } = agendaIndex(view.agenda);
  const vetoedBySomeone = (issue: string, option: string) => {
    const j = issueIndex.get(issue);
    const x = j === undefined ? undefined : optionIndex[j]!.get(option);
    if (j === undefined || x === undefined) return false;
    return state.parties.some((p) => {
      const at = beliefs.party.get(p);
      return (
        p !== by &&
        at !== undefined &&
        beliefs.vetoed[at * k * M + j * M + x] === 1 &&
        !state.walkedOut.includes(p)
      );
    });
  };
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
