import type { Agenda, Text } from '../agenda.js';
import type { NegotiationCommand } from '../commands.js';
import { crossesRedLine, type Preferences, utility } from '../preferences.js';
import { acceptableAt } from './member.js';
import { idealText } from './targets.js';
import type { StrategyView } from './types.js';

/** Above this many texts, offers are chosen among a sample rather than the whole space. */
const ENUMERATE_UP_TO = 20_000;
const SAMPLE = 2_000;

/** The texts a party can offer, with its utility of each; enumerated once per preferences object. */
const cache = new WeakMap<Preferences, WeakMap<Agenda, { texts: Text[]; utilities: number[] }>>();

function offerable(
  agenda: Agenda,
  prefs: Preferences,
  random: () => number,
): { texts: Text[]; utilities: number[] } {
  const size = agenda.issues.reduce((n, i) => n * i.options.length, 1);
  const enumerate = size <= ENUMERATE_UP_TO;
  const hit = enumerate ? cache.get(prefs)?.get(agenda) : undefined;
  if (hit) return hit;
  let texts: Text[];
  if (enumerate) {
    let all: Record<string, string>[] = [{}];
    for (const issue of agenda.issues)
      all = all.flatMap((t) => issue.options.map((o) => ({ ...t, [issue.id]: o.id })));
    texts = all;
  } else {
    texts = Array.from({ length: SAMPLE }, () =>
      Object.fromEntries(
        agenda.issues.map((i) => [i.id, i.options[Math.floor(random() * i.options.length)]!.id]),
      ),
    );
  }
  texts = texts.filter((t) => !crossesRedLine(prefs, t));
  const out = { texts, utilities: texts.map((t) => utility(prefs, t)) };
  if (enumerate) {
    let byAgenda = cache.get(prefs);
    if (!byAgenda) {
      byAgenda = new WeakMap();
      cache.set(prefs, byAgenda);
    }
    byAgenda.set(agenda, out);
  }
  return out;
}

/**
 * Moves under alternating offers at a target utility, on this party's turn: accept the other's standing
 * offer when it reaches the target without crossing a red line; otherwise offer a text at or above the
 * target — the one closest to the other's last offer (most issues in common), then the lowest utility
 * above the target — or its ideal text when none reaches the target.
 *
 * @example
 * ```ts
 * offerMoves(view, 0.7); // [{ type: 'make-offer', … }] or [{ type: 'accept-offer', … }]
 * ```
 */
export function offerMoves(view: StrategyView, target: number): NegotiationCommand[] {
  const prefs = view.preferences;
  if (!prefs) return [];
  const by = view.party;
  const offer = view.state.offer;
  if (offer && offer.by !== by && acceptableAt(prefs, offer.text, target))
    return [{ type: 'accept-offer', by }];
  const { texts, utilities } = offerable(view.agenda, prefs, view.random);
  const theirs = offer && offer.by !== by ? offer.text : null;
  let best = -1;
  let bestCommon = -1;
  let bestU = Infinity;
  const floor = Math.max(target, prefs.reservation) - 1e-12;
  for (let t = 0; t < texts.length; t++) {
    const u = utilities[t]!;
    if (u < floor) continue;
    let common = 0;
    if (theirs)
      for (const issue of view.agenda.issues) if (texts[t]![issue.id] === theirs[issue.id]) common++;
    if (common > bestCommon || (common === bestCommon && u < bestU)) {
      best = t;
      bestCommon = common;
      bestU = u;
    }
  }
  const text = best >= 0 ? texts[best]! : idealText(view.agenda, prefs);
  return [{ type: 'make-offer', by, text }];
}
