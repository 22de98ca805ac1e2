import type { Text } from '../agenda.js';
import type { NegotiationCommand } from '../commands.js';
import { crossesRedLine, utility } from '../preferences.js';
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
 * @example
 * ```ts
 * proposal(view, 0.4); // { talks: 'june', aid: 'convoys', list: 'keep' }
 * ```
 */
export function proposal(view: StrategyView, target: number): Text {
  const { agenda } = view;
  const prefs = view.preferences;
  const beliefs = beliefsOf(view);
  const others = view.state.parties.filter((p) => p !== view.party && !view.state.walkedOut.includes(p));
  const k = agenda.issues.length;
  const believed = (party: string, issue: string, option: string) =>
    beliefs.values.get(`${party}|${issue}|${option}`) ?? 0.5;
  const ownRed = (issue: string, option: string) => prefs?.redLines[issue]?.includes(option) === true;
  /** How many delegations are believed to reject this option. */
  const vetoes = (issue: string, option: string) => {
    let n = 0;
    for (const p of others) if (beliefs.vetoed.has(`${p}|${issue}|${option}`)) n++;
    return n;
  };
  const score = (text: Text): number => {
    let s = 0;
    if (prefs) {
      const gain = utility(prefs, text) - prefs.reservation;
      if (crossesRedLine(prefs, text) || gain < 0) return -Infinity;
      s += Math.log(gain + 1e-9);
    }
    for (const p of others) {
      let u = 0;
      for (const issue of agenda.issues) u += believed(p, issue.id, text[issue.id]!);
      s += Math.log(u / k + 1e-9);
    }
    // A believed rejection weighs more than any gain: avoid it wherever an alternative exists.
    for (const issue of agenda.issues) s -= VETO_PENALTY * vetoes(issue.id, text[issue.id]!);
    return s;
  };
  const ok = (text: Text) => !prefs || acceptableAt(prefs, text, target);
  const climb = (start: Text): Text => {
    const text: Record<string, string> = { ...start };
    // leave its own red lines first
    for (const issue of agenda.issues) {
      if (!ownRed(issue.id, text[issue.id]!)) continue;
      const alt = issue.options.find((o) => !ownRed(issue.id, o.id));
      if (alt) text[issue.id] = alt.id;
    }
    let current = score(text);
    for (let sweep = 0; sweep < 6; sweep++) {
      let improved = false;
      for (const issue of agenda.issues) {
        const keep = text[issue.id]!;
        let bestOption = keep;
        let best = current;
        for (const o of issue.options) {
          if (o.id === keep || ownRed(issue.id, o.id)) continue;
          text[issue.id] = o.id;
          const s = score(text);
          if (s > best + 1e-12) {
            best = s;
            bestOption = o.id;
          }
        }
        text[issue.id] = bestOption;
        if (bestOption !== keep) {
          current = best;
          improved = true;
        }
      }
      if (!improved) break;
    }
    return text;
  };
  const randomText = (): Text =>
    Object.fromEntries(
      agenda.issues.map((i) => [i.id, i.options[Math.floor(view.random() * i.options.length)]!.id]),
    );
  const starts: Text[] = [];
  if (view.state.draft) starts.push(view.state.draft);
  const ideal = prefs ? idealText(agenda, prefs) : randomText();
  starts.push(ideal, randomText(), randomText());
  let best: Text | null = null;
  let bestScore = -Infinity;
  for (const s of starts) {
    const t = climb(s);
    const sc = score(t);
    if (ok(t) && (best === null || sc > bestScore + 1e-12)) {
      best = t;
      bestScore = sc;
    }
  }
  return best ?? ideal;
}

const VETO_PENALTY = 100;

const same = (a: Text, b: Text) => Object.keys(a).every((key) => a[key] === b[key]);

/**
 * The pen-holder's moves at a target utility for itself. At the `open` of a round: rule on pending
 * amendments (accept those that keep the draft acceptable to itself at its target and use no option
 * another delegation is believed to reject), then table its proposal if there is no draft or objections
 * stand and the proposal differs. At the `close`: call for adoption when the decision rule is met and
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
  for (const a of state.amendments) {
    if (a.status !== 'pending') continue;
    const amended = { ...draft, [a.issue]: a.option };
    const vetoed = state.parties.some(
      (p) => p !== by && beliefs.vetoed.has(`${p}|${a.issue}|${a.option}`) && !state.walkedOut.includes(p),
    );
    if (!vetoed && (!prefs || acceptableAt(prefs, amended, target))) {
      out.push({ type: 'accept-amendment', by, amendment: a.id });
      draft = amended;
    } else out.push({ type: 'reject-amendment', by, amendment: a.id });
  }
  if (state.objections.length > 0) {
    const next = proposal({ ...view, state: { ...state, draft } }, target);
    if (!same(next, draft)) out.push({ type: 'table-draft', by, text: next });
  }
  return out;
}
