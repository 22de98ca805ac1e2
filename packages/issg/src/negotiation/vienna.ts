import { type CardSpec, positionSource, roleCard } from './card.js';
import type { IssgAgenda, IssgRoleCard } from './types.js';

/**
 * The Vienna statement of 17 May 2016 as a negotiation (issg-positions.md, table 1.2): nine contested
 * issues, the options on the table with their proponents, plus silence where the text could omit the
 * point; the co-chairs drafted, the members present adopted by consensus (single negotiating text).
 */
export const viennaAgenda: IssgAgenda = {
  id: 'vienna-2016-05-17',
  title: 'ISSG statement, Vienna, 17 May 2016',
  description:
    'The co-chairs (US, Russia) table a draft; the members present object or amend; consensus adopts. Nine issues of issg-positions.md table 1.2 (V1-V9).',
  meeting: 'vienna-2016-05-17',
  at: '2016-05-17',
  protocol: 'single-text',
  parties: ['us', 'ru', 'ir', 'sa', 'tr', 'fr', 'gb', 'de', 'un'],
  chairs: ['us', 'ru'],
  decisionRule: 'consensus',
  deadline: { rounds: 10 },
  source: positionSource('S38'),
  sources: ['S38', 'S39', 'S40', 'P59', 'P126'].map(positionSource),
  issues: [
    {
      id: 'ceasefire-goal',
      label: 'Upgrade of the cessation (V1)',
      options: [
        { id: 'comprehensive-ceasefire', label: 'transform the cessation into a comprehensive ceasefire' },
        { id: 'recommit-9-may', label: 'recommit to the US-Russia joint statement of 9 May' },
        { id: 'silent', label: 'silent', silent: true },
      ],
    },
    {
      id: 'non-compliance',
      label: 'Persistent non-compliance (V2)',
      options: [
        {
          id: 'referral-exclusion',
          label: 'co-chairs → Ceasefire Task Force → ministers; exclusion possible',
        },
        { id: 'sanctions', label: 'consequences for "bad actors" on both sides (US)' },
        { id: 'plan-b', label: '"Plan B": more military support to the opposition (Saudi Arabia)' },
        { id: 'list-violators', label: 'list violating groups as terrorists (Russia)' },
        { id: 'silent', label: 'silent', silent: true },
      ],
    },
    {
      id: 'terrorist-list',
      label: 'Listing Ahrar al-Sham and Jaysh al-Islam (V3)',
      options: [
        { id: 'add-ahrar-and-jai', label: 'list both groups as terrorist (Russia)' },
        { id: 'disassociate', label: 'parties to disassociate from Daesh/Nusra; US-Russia delineation' },
        { id: 'silent', label: 'silent', silent: true },
      ],
    },
    {
      id: 'aerial-bombardment',
      label: 'Aerial bombardment (V4)',
      options: [
        {
          id: 'minimise-air-ops',
          label: 'Russia to minimise air operations over civilian areas; US partners stop flows',
        },
        { id: 'end-indiscriminate-bombing', label: 'end indiscriminate bombing (West)' },
        { id: 'silent', label: 'silent', silent: true },
      ],
    },
    {
      id: 'air-drops',
      label: 'Air drops to besieged areas (V5)',
      options: [
        { id: 'june-1', label: 'from 1 June, if access is denied, WFP air bridges and drops' },
        { id: 'drops-now', label: 'air drops now where land access is denied (UK, France, US)' },
        { id: 'silent', label: 'silent (land delivery only)', silent: true },
      ],
    },
    {
      id: 'transition-target',
      label: 'Target date for a transition framework (V6)',
      options: [
        { id: 'deadline-aug-1', label: '1 August as a deadline, else "a very different track" (US, 3 May)' },
        { id: 'target-aug-1', label: '1 August as a target for a framework with a TGB' },
        { id: 'assad-named', label: 'Assad leaves (Saudi Arabia; the HNC)' },
        { id: 'silent', label: 'silent (Syrians decide)', silent: true },
      ],
    },
    {
      id: 'detainees',
      label: 'Detainees (V7)',
      options: [
        { id: 'envoy-facilitates', label: 'the Special Envoy facilitates agreements on releases' },
        { id: 'release-list', label: "release of the opposition's list (~150,000 names)" },
        { id: 'silent', label: 'silent', silent: true },
      ],
    },
    {
      id: 'talks-date',
      label: 'Date of the next talks (V8)',
      options: [
        { id: 'early-june', label: 'talks before early June (France)' },
        { id: 'no-date', label: 'no date', silent: true },
      ],
    },
    {
      id: 'wider-opposition',
      label: 'Wider opposition / PYD at the talks (V9)',
      options: [
        { id: 'add-groups-and-pyd', label: 'add the Moscow-Cairo and Khmeimim groups and the PYD (Russia)' },
        { id: 'silent', label: 'silent', silent: true },
      ],
    },
  ],
  absent: [
    {
      party: 'hnc',
      reason:
        'not an ISSG member: Syrian parties were never members (rule syrian-parties-never-members); its positions (P124, P52, P53) reach the table through its patrons',
    },
    {
      party: 'syria-gov',
      reason: 'not an ISSG member: Syrian parties were never members; Russia and Iran speak to its interests',
    },
    {
      party: 'eu',
      reason:
        'a member present, but no position on the Vienna clauses is documented (P123, undated): not modelled',
    },
    {
      party: 'other members',
      reason:
        'cn eg jo qa and the rest of the 26 present: no documented position on the Vienna clauses (open question 2): not modelled, i.e. silence = assent',
    },
  ],
  assumptions: [
    'veto players: the nine modelled delegations; the other members present are assumed to assent (reference §5, open questions 2 and 3)',
    'deadline: 10 rounds, about two per hour of a meeting of some five hours (S38, S40); the number of rounds is a modelling assumption',
    'one issue per row of table 1.2; options as listed there, with "silent" where the text could omit the point',
  ],
  realOutcome: {
    'ceasefire-goal': 'comprehensive-ceasefire',
    'non-compliance': 'referral-exclusion',
    'terrorist-list': 'disassociate',
    'aerial-bombardment': 'minimise-air-ops',
    'air-drops': 'june-1',
    'transition-target': 'target-aug-1',
    detainees: 'envoy-facilitates',
    'talks-date': 'no-date',
    'wider-opposition': 'silent',
  },
};

const REVEALED =
  'set below the utility of the adopted text, because the delegation joined a unanimous statement (P126, S38: revealed preference), and above most texts that drop its favoured clauses';

const CARDS: readonly CardSpec[] = [
  {
    party: 'us',
    briefing:
      'Co-chair. You want a credible cessation with consequences for violators on both sides, the terrorist listing of Ahrar al-Sham and Jaysh al-Islam kept off the table (both are parties to the cessation), air drops if access is denied, and pressure for a transition away from Assad by 1 August.',
    reservation: 0.45,
    reservationWhy: REVEALED,
    issues: {
      'ceasefire-goal': {
        w: 0.1,
        v: { 'comprehensive-ceasefire': 1, 'recommit-9-may': 0.6, silent: 0.2 },
        why: 'co-chair of the upgrade',
      },
      'non-compliance': {
        w: 0.15,
        v: { 'referral-exclusion': 0.8, sanctions: 1, 'plan-b': 0.5, 'list-violators': 0.1, silent: 0.2 },
        why: 'Kerry wanted consequences for bad actors (S38)',
      },
      'terrorist-list': {
        w: 0.2,
        v: { 'add-ahrar-and-jai': 0, disassociate: 1, silent: 0.6 },
        red: ['add-ahrar-and-jai'],
        why: 'the listing would be "damaging" (P62, P63); blocked on 10 May (S33)',
      },
      'aerial-bombardment': {
        w: 0.1,
        v: { 'minimise-air-ops': 0.7, 'end-indiscriminate-bombing': 1, silent: 0.1 },
        why: 'Russian strikes hit the legitimate opposition (P11)',
      },
      'air-drops': {
        w: 0.1,
        v: { 'june-1': 1, 'drops-now': 0.8, silent: 0.1 },
        why: 'backed the 1 June trigger (P69)',
      },
      'transition-target': {
        w: 0.2,
        v: { 'deadline-aug-1': 1, 'target-aug-1': 0.8, 'assad-named': 0.6, silent: 0.1 },
        why: '1 Aug "target date", softened at Vienna to "target, not deadline" (P61, P47)',
      },
      detainees: {
        w: 0.05,
        v: { 'envoy-facilitates': 0.7, 'release-list': 1, silent: 0.3 },
        why: 'no US statement documented; assumed close to the opposition',
      },
      'talks-date': {
        w: 0.05,
        v: { 'early-june': 0.7, 'no-date': 0.5 },
        why: 'no US statement on the date documented',
      },
      'wider-opposition': {
        w: 0.05,
        v: { 'add-groups-and-pyd': 0.2, silent: 1 },
        why: 'no US statement documented; assumed with the Riyadh opposition and Turkey',
      },
    },
    positions: [
      {
        issue: 'terrorist-list',
        position:
          'Both groups are parties to the cessation; listing them would be "damaging" (27 Apr); blocked in the 1267 Committee (10 May)',
        favours: ['disassociate'],
        opposes: ['add-ahrar-and-jai'],
        redLine: true,
        keys: ['P62', 'P63', 'S33'],
        flag: 'V',
      },
      {
        issue: 'transition-target',
        position:
          '1 August is the "target date for the transition", otherwise "a very different track" (3 May); softened to "target, not deadline" (17 May)',
        favours: ['deadline-aug-1', 'target-aug-1'],
        keys: ['P61', 'P47'],
        flag: 'V',
      },
      {
        issue: 'air-drops',
        position: 'Backed the 1 June trigger; on 8 June said Russia took no steps and could fly drops itself',
        favours: ['june-1'],
        keys: ['P69'],
        flag: 'V',
      },
      {
        issue: 'non-compliance',
        position: 'Consequences for "bad actors" on both sides (Vienna, 17 May)',
        favours: ['sanctions', 'referral-exclusion'],
        keys: ['S38'],
        flag: 'V',
      },
      {
        issue: 'aerial-bombardment',
        position:
          'The "vast majority" of Russian attacks hit the legitimate opposition; Russia must change targets (13 Feb)',
        favours: ['end-indiscriminate-bombing'],
        keys: ['P11'],
        flag: 'V',
      },
    ],
  },
  {
    party: 'ru',
    briefing:
      "Co-chair. You want the fight against terrorism to go on (Ahrar al-Sham and Jaysh al-Islam listed, violators treated as terrorists), the wider opposition and the PYD at the talks, land delivery rather than air drops, and no date or name that prejudges Assad's fate: Syrians decide.",
    reservation: 0.4,
    reservationWhy: REVEALED,
    issues: {
      'ceasefire-goal': {
        w: 0.1,
        v: { 'comprehensive-ceasefire': 0.8, 'recommit-9-may': 1, silent: 0.3 },
        why: 'co-author of the 9 May joint statement (S37)',
      },
      'non-compliance': {
        w: 0.1,
        v: { 'referral-exclusion': 0.5, sanctions: 0.1, 'plan-b': 0, 'list-violators': 1, silent: 0.5 },
        why: 'Russia proposed listing violators as terrorists (table 1.2, V2); Plan B arms its adversaries (assumed)',
      },
      'terrorist-list': {
        w: 0.2,
        v: { 'add-ahrar-and-jai': 1, disassociate: 0.6, silent: 0.2 },
        why: 'requested the listing on 26 Apr (S33); had dropped it "as a gesture of goodwill" in Dec 2015 (P65)',
      },
      'aerial-bombardment': {
        w: 0.1,
        v: { 'minimise-air-ops': 0.8, 'end-indiscriminate-bombing': 0.1, silent: 1 },
        why: 'its own 9 May pledge (S37); counter-terrorist strikes continue (P10)',
      },
      'air-drops': {
        w: 0.05,
        v: { 'june-1': 0.4, 'drops-now': 0.1, silent: 1 },
        why: 'land delivery "more effective and safe" (P70, P73)',
      },
      'transition-target': {
        w: 0.25,
        v: { 'deadline-aug-1': 0.1, 'target-aug-1': 0.4, 'assad-named': 0, silent: 1 },
        red: ['assad-named'],
        why: '"we don\'t support Assad", Syrians decide (P46)',
      },
      detainees: {
        w: 0.05,
        v: { 'envoy-facilitates': 0.8, 'release-list': 0.3, silent: 0.6 },
        why: 'no Russian statement documented',
      },
      'talks-date': {
        w: 0.05,
        v: { 'early-june': 0.6, 'no-date': 0.6 },
        why: 'talks "without preconditions" (P14, Feb); nothing on a date in May',
      },
      'wider-opposition': {
        w: 0.1,
        v: { 'add-groups-and-pyd': 1, silent: 0.3 },
        why: 'the talks should include the Moscow-Cairo and Khmeimim groups and the PYD (P57)',
      },
    },
    positions: [
      {
        issue: 'terrorist-list',
        position:
          'Requested the listing of Ahrar al-Sham and Jaysh al-Islam at the 1267 Committee (26 Apr); had dropped the demand during 2254 "as a gesture of goodwill" (Lavrov, 21 Sep)',
        favours: ['add-ahrar-and-jai'],
        keys: ['S33', 'P65'],
        flag: 'V',
      },
      {
        issue: 'transition-target',
        position:
          '"We don\'t support Assad, we support the fight against terrorism"; the fate of Assad is for Syrians (17 May)',
        favours: ['silent'],
        opposes: ['assad-named'],
        redLine: true,
        keys: ['P46'],
        flag: 'V',
      },
      {
        issue: 'wider-opposition',
        position:
          'The Riyadh group is the "radical opposition"; the talks should include the Moscow-Cairo and Khmeimim groups and the PYD, which Turkey blocks (16 May)',
        favours: ['add-groups-and-pyd'],
        keys: ['P57', 'P109'],
        flag: 'V / P',
      },
      {
        issue: 'air-drops',
        position: 'Land delivery more effective and safe; "open to everything" if done safely (3 Jun)',
        favours: ['silent'],
        opposes: ['drops-now'],
        keys: ['P70', 'P73'],
        flag: 'V',
      },
      {
        issue: 'aerial-bombardment',
        position:
          'Its 9 May pledge: work with the Syrian authorities to minimise air operations over civilian areas; strikes on Daesh/Nusra continue',
        favours: ['minimise-air-ops'],
        keys: ['S37', 'P10'],
        flag: 'V',
      },
    ],
  },
  {
    party: 'ir',
    briefing:
      "You hold that there is no military solution and that Syrians alone decide Assad's future; the distinction between opposition and terrorists matters to you, and you want faster aid to Foua and Kefraya.",
    reservation: 0.35,
    reservationWhy: REVEALED,
    issues: {
      'ceasefire-goal': {
        w: 0.1,
        v: { 'comprehensive-ceasefire': 0.8, 'recommit-9-may': 0.8, silent: 0.4 },
        why: '"no military solution" (P55, P56)',
      },
      'non-compliance': {
        w: 0.1,
        v: { 'referral-exclusion': 0.4, sanctions: 0.2, 'plan-b': 0, 'list-violators': 1, silent: 0.6 },
        red: ['plan-b'],
        why: 'no military solution; sponsors of terrorists must accept it (P55, P56)',
      },
      'terrorist-list': {
        w: 0.2,
        v: { 'add-ahrar-and-jai': 1, disassociate: 0.5, silent: 0.2 },
        why: '"terrorist figures" at the table; the list not finished (P18, P17)',
      },
      'aerial-bombardment': {
        w: 0.05,
        v: { 'minimise-air-ops': 0.7, 'end-indiscriminate-bombing': 0.2, silent: 1 },
        why: 'not documented; assumed with Russia',
      },
      'air-drops': {
        w: 0.05,
        v: { 'june-1': 0.4, 'drops-now': 0.2, silent: 0.7 },
        why: 'not documented (table 2); assumed with Russia',
      },
      'transition-target': {
        w: 0.35,
        v: { 'deadline-aug-1': 0, 'target-aug-1': 0.3, 'assad-named': 0, silent: 1 },
        red: ['assad-named'],
        why: 'a solution is possible with Assad; only Syrians decide (P19); the 1 Aug date is not documented',
      },
      detainees: {
        w: 0.05,
        v: { 'envoy-facilitates': 0.6, 'release-list': 0.2, silent: 0.6 },
        why: 'not documented',
      },
      'talks-date': { w: 0.05, v: { 'early-june': 0.5, 'no-date': 0.5 }, why: 'not documented' },
      'wider-opposition': {
        w: 0.05,
        v: { 'add-groups-and-pyd': 0.8, silent: 0.4 },
        why: 'not documented; assumed with Russia',
      },
    },
    positions: [
      {
        issue: 'transition-target',
        position: 'A political solution is possible with Assad; only Syrians decide (13 Feb)',
        favours: ['silent'],
        opposes: ['assad-named'],
        redLine: true,
        keys: ['P19'],
        flag: 'V',
      },
      {
        issue: 'terrorist-list',
        position:
          'No distinction between opposition and terrorists spoilt Geneva; "terrorist figures" at the table (10 Feb); the list is not finished (12 Feb)',
        favours: ['add-ahrar-and-jai'],
        keys: ['P18', 'P17'],
        flag: 'V',
      },
      {
        issue: 'non-compliance',
        position:
          'No military solution; the sponsors of terrorists must accept it; faster aid to Foua and Kefraya (16-17 May)',
        opposes: ['plan-b'],
        keys: ['P55', 'P56'],
        flag: 'V',
      },
    ],
  },
  {
    party: 'sa',
    briefing:
      "Assad must go, by a political process or by force. If the regime does not comply, you want \"Plan B\": more military support to the opposition. You protect the opposition's groups (Jaysh al-Islam's Mohammad Alloush is the HNC's chief negotiator).",
    reservation: 0.45,
    reservationWhy: REVEALED,
    issues: {
      'ceasefire-goal': {
        w: 0.05,
        v: { 'comprehensive-ceasefire': 0.8, 'recommit-9-may': 0.6, silent: 0.4 },
        why: 'not documented',
      },
      'non-compliance': {
        w: 0.2,
        v: { 'referral-exclusion': 0.6, sanctions: 0.8, 'plan-b': 1, 'list-violators': 0, silent: 0.2 },
        why: '"Plan B" should have come long ago (P44, P45)',
      },
      'terrorist-list': {
        w: 0.15,
        v: { 'add-ahrar-and-jai': 0, disassociate: 0.8, silent: 1 },
        red: ['add-ahrar-and-jai'],
        why: 'not documented (S33: Alloush of Jaysh al-Islam led the HNC delegation); inferred',
      },
      'aerial-bombardment': {
        w: 0.1,
        v: { 'minimise-air-ops': 0.6, 'end-indiscriminate-bombing': 1, silent: 0 },
        why: 'not documented; assumed with the West',
      },
      'air-drops': {
        w: 0.05,
        v: { 'june-1': 0.8, 'drops-now': 1, silent: 0.2 },
        why: 'not documented (table 2)',
      },
      'transition-target': {
        w: 0.35,
        v: { 'deadline-aug-1': 0.9, 'target-aug-1': 0.7, 'assad-named': 1, silent: 0 },
        why: "Assad's removal is crucial (P20, P21)",
      },
      detainees: {
        w: 0.05,
        v: { 'envoy-facilitates': 0.6, 'release-list': 1, silent: 0.2 },
        why: 'not documented; assumed with the HNC',
      },
      'talks-date': { w: 0.025, v: { 'early-june': 0.5, 'no-date': 0.5 }, why: 'not documented' },
      'wider-opposition': {
        w: 0.025,
        v: { 'add-groups-and-pyd': 0, silent: 1 },
        why: 'not documented; assumed with the Riyadh opposition',
      },
    },
    positions: [
      {
        issue: 'transition-target',
        position:
          'Assad\'s removal is crucial; he leaves "by a political process or ... by force" (12-13 Feb)',
        favours: ['assad-named'],
        keys: ['P20', 'P21'],
        flag: 'V',
      },
      {
        issue: 'non-compliance',
        position:
          'Should have moved to "Plan B" long ago; more military support to the opposition depends on the regime (17 May)',
        favours: ['plan-b'],
        keys: ['P44', 'P45'],
        flag: 'V',
      },
    ],
  },
  {
    party: 'tr',
    briefing:
      'You will not sit with the PYD, which you count as terrorist like Daesh and Nusra; Russian strikes are the biggest obstacle. Your positions on the other Vienna clauses are not documented.',
    reservation: 0.4,
    reservationWhy: REVEALED,
    issues: {
      'ceasefire-goal': {
        w: 0.05,
        v: { 'comprehensive-ceasefire': 0.8, 'recommit-9-may': 0.6, silent: 0.4 },
        why: 'not documented at Vienna (table 2)',
      },
      'non-compliance': {
        w: 0.1,
        v: { 'referral-exclusion': 0.6, sanctions: 0.7, 'plan-b': 0.8, 'list-violators': 0.1, silent: 0.3 },
        why: 'not documented at Vienna; assumed with Saudi Arabia (P23)',
      },
      'terrorist-list': {
        w: 0.1,
        v: { 'add-ahrar-and-jai': 0.1, disassociate: 0.8, silent: 0.8 },
        why: 'not documented; assumed protective of the opposition',
      },
      'aerial-bombardment': {
        w: 0.1,
        v: { 'minimise-air-ops': 0.6, 'end-indiscriminate-bombing': 1, silent: 0.1 },
        why: 'Russian strikes the biggest obstacle (P24, Feb)',
      },
      'air-drops': { w: 0.05, v: { 'june-1': 0.7, 'drops-now': 0.8, silent: 0.3 }, why: 'not documented' },
      'transition-target': {
        w: 0.15,
        v: { 'deadline-aug-1': 0.8, 'target-aug-1': 0.7, 'assad-named': 1, silent: 0.2 },
        why: 'not documented at Vienna; assumed with Saudi Arabia',
      },
      detainees: {
        w: 0.025,
        v: { 'envoy-facilitates': 0.6, 'release-list': 0.8, silent: 0.3 },
        why: 'not documented',
      },
      'talks-date': { w: 0.025, v: { 'early-june': 0.5, 'no-date': 0.5 }, why: 'not documented' },
      'wider-opposition': {
        w: 0.4,
        v: { 'add-groups-and-pyd': 0, silent: 1 },
        red: ['add-groups-and-pyd'],
        why: 'would boycott Geneva if the PYD attended (P108); Russia says Turkey blocks the PYD (P57)',
      },
    },
    positions: [
      {
        issue: 'wider-opposition',
        position: 'Would boycott Geneva if the PYD attended (26 Jan); Lavrov: Turkey blocks the PYD (16 May)',
        opposes: ['add-groups-and-pyd'],
        favours: ['silent'],
        redLine: true,
        keys: ['P108', 'P107', 'P57'],
        flag: 'P',
      },
      {
        issue: 'aerial-bombardment',
        position: 'Russian strikes the biggest obstacle (13 Feb)',
        favours: ['end-indiscriminate-bombing'],
        keys: ['P24', 'P23'],
        flag: 'V',
      },
    ],
  },
  {
    party: 'fr',
    briefing:
      'Assad cannot be at the end of the process; you want a transitional governing body with full executive powers by 1 August and talks again before early June. You blocked the Russian listing and want WFP air drops.',
    reservation: 0.45,
    reservationWhy: REVEALED,
    issues: {
      'ceasefire-goal': {
        w: 0.05,
        v: { 'comprehensive-ceasefire': 1, 'recommit-9-may': 0.6, silent: 0.2 },
        why: 'judges deals by "acts" (P27)',
      },
      'non-compliance': {
        w: 0.1,
        v: { 'referral-exclusion': 0.8, sanctions: 1, 'plan-b': 0.5, 'list-violators': 0.1, silent: 0.2 },
        why: 'not documented at Vienna; assumed with the US',
      },
      'terrorist-list': {
        w: 0.15,
        v: { 'add-ahrar-and-jai': 0, disassociate: 1, silent: 0.7 },
        red: ['add-ahrar-and-jai'],
        why: 'blocked the listing on 10 May (S33)',
      },
      'aerial-bombardment': {
        w: 0.1,
        v: { 'minimise-air-ops': 0.6, 'end-indiscriminate-bombing': 1, silent: 0 },
        why: '"all the bombing" must stop (P28, Feb)',
      },
      'air-drops': {
        w: 0.1,
        v: { 'june-1': 0.9, 'drops-now': 1, silent: 0.1 },
        why: 'asked WFP to begin drops in June (P73)',
      },
      'transition-target': {
        w: 0.3,
        v: { 'deadline-aug-1': 1, 'target-aug-1': 0.7, 'assad-named': 0.8, silent: 0 },
        why: 'TGB with full powers by 1 Aug; Assad not at the end (P48, P49)',
      },
      detainees: {
        w: 0.025,
        v: { 'envoy-facilitates': 0.7, 'release-list': 1, silent: 0.3 },
        why: 'not documented',
      },
      'talks-date': { w: 0.15, v: { 'early-june': 1, 'no-date': 0.2 }, why: 'talks before early June (P48)' },
      'wider-opposition': { w: 0.025, v: { 'add-groups-and-pyd': 0.3, silent: 1 }, why: 'not documented' },
    },
    positions: [
      {
        issue: 'transition-target',
        position:
          'Assad "cannot be at the end of the process"; a TGB with full executive powers by 1 August (17, 20 May)',
        favours: ['deadline-aug-1', 'assad-named'],
        keys: ['P48', 'P49'],
        flag: 'V',
      },
      {
        issue: 'talks-date',
        position: 'Talks should resume before early June (17 May)',
        favours: ['early-june'],
        keys: ['P48'],
        flag: 'V',
      },
      {
        issue: 'terrorist-list',
        position: 'Blocked the Russian listing in the 1267 Committee (10 May)',
        favours: ['disassociate'],
        opposes: ['add-ahrar-and-jai'],
        redLine: true,
        keys: ['S33'],
        flag: 'V',
      },
      {
        issue: 'air-drops',
        position: 'Asked WFP to begin air drops (Daraya, Moadamiyeh, Madaya) in June',
        favours: ['june-1', 'drops-now'],
        keys: ['P73'],
        flag: 'P',
      },
    ],
  },
  {
    party: 'gb',
    briefing:
      'You lead on air drops: if the regime blocks land access, drops are the last resort. You blocked the Russian listing, and you want a transition away from Assad.',
    reservation: 0.45,
    reservationWhy: REVEALED,
    issues: {
      'ceasefire-goal': {
        w: 0.05,
        v: { 'comprehensive-ceasefire': 1, 'recommit-9-may': 0.6, silent: 0.2 },
        why: 'not documented at Vienna',
      },
      'non-compliance': {
        w: 0.15,
        v: { 'referral-exclusion': 0.8, sanctions: 1, 'plan-b': 0.5, 'list-violators': 0.1, silent: 0.2 },
        why: '"a major change of behaviour" by the regime and its backers (P6)',
      },
      'terrorist-list': {
        w: 0.15,
        v: { 'add-ahrar-and-jai': 0, disassociate: 1, silent: 0.7 },
        red: ['add-ahrar-and-jai'],
        why: 'blocked the listing on 10 May (S33)',
      },
      'aerial-bombardment': {
        w: 0.1,
        v: { 'minimise-air-ops': 0.6, 'end-indiscriminate-bombing': 1, silent: 0 },
        why: 'Russian bombing of non-extremists must stop (P6)',
      },
      'air-drops': {
        w: 0.2,
        v: { 'june-1': 0.9, 'drops-now': 1, silent: 0 },
        why: 'lead advocate of drops (P71)',
      },
      'transition-target': {
        w: 0.2,
        v: { 'deadline-aug-1': 1, 'target-aug-1': 0.8, 'assad-named': 0.7, silent: 0.1 },
        why: 'transition "away from Asad" (P38)',
      },
      detainees: {
        w: 0.05,
        v: { 'envoy-facilitates': 0.7, 'release-list': 0.9, silent: 0.3 },
        why: 'not documented',
      },
      'talks-date': { w: 0.05, v: { 'early-june': 0.6, 'no-date': 0.4 }, why: 'not documented' },
      'wider-opposition': { w: 0.05, v: { 'add-groups-and-pyd': 0.3, silent: 1 }, why: 'not documented' },
    },
    positions: [
      {
        issue: 'air-drops',
        position:
          'The regime "cynically" allowed limited aid; drops are now the last resort; Russia and Iran must make them safe (1 Jun)',
        favours: ['june-1', 'drops-now'],
        keys: ['P71'],
        flag: 'V',
      },
      {
        issue: 'terrorist-list',
        position: 'Blocked the Russian listing in the 1267 Committee (10 May)',
        favours: ['disassociate'],
        opposes: ['add-ahrar-and-jai'],
        redLine: true,
        keys: ['S33'],
        flag: 'V',
      },
      {
        issue: 'transition-target',
        position:
          'Success needs "a major change of behaviour" by the regime and its backers; a transition "away from Asad" (12, 22 Feb)',
        favours: ['deadline-aug-1', 'target-aug-1'],
        keys: ['P6', 'P38'],
        flag: 'V',
      },
    ],
  },
  {
    party: 'de',
    briefing:
      'You see no lasting future for Syria with Assad and no military solution; the UN should resume the talks as soon as possible, without a date being imposed.',
    reservation: 0.45,
    reservationWhy: REVEALED,
    issues: {
      'ceasefire-goal': {
        w: 0.15,
        v: { 'comprehensive-ceasefire': 1, 'recommit-9-may': 0.7, silent: 0.2 },
        why: '"no military solution" (P4, Munich)',
      },
      'non-compliance': {
        w: 0.1,
        v: { 'referral-exclusion': 1, sanctions: 0.7, 'plan-b': 0.1, 'list-violators': 0.2, silent: 0.3 },
        why: 'no military solution (P4); the mechanism itself not documented',
      },
      'terrorist-list': {
        w: 0.05,
        v: { 'add-ahrar-and-jai': 0.2, disassociate: 1, silent: 0.6 },
        why: 'not documented',
      },
      'aerial-bombardment': {
        w: 0.1,
        v: { 'minimise-air-ops': 0.7, 'end-indiscriminate-bombing': 1, silent: 0.1 },
        why: 'not documented at Vienna',
      },
      'air-drops': { w: 0.1, v: { 'june-1': 0.9, 'drops-now': 0.8, silent: 0.3 }, why: 'not documented' },
      'transition-target': {
        w: 0.2,
        v: { 'deadline-aug-1': 0.8, 'target-aug-1': 0.9, 'assad-named': 0.6, silent: 0.2 },
        why: '"no lasting future for Syria with Assad" (P50, P51)',
      },
      detainees: {
        w: 0.05,
        v: { 'envoy-facilitates': 0.8, 'release-list': 0.8, silent: 0.3 },
        why: 'not documented',
      },
      'talks-date': {
        w: 0.2,
        v: { 'early-june': 0.8, 'no-date': 0.5 },
        why: 'the UN should resume talks asap, no date (P51)',
      },
      'wider-opposition': { w: 0.05, v: { 'add-groups-and-pyd': 0.5, silent: 0.7 }, why: 'not documented' },
    },
    positions: [
      {
        issue: 'transition-target',
        position: '"No lasting future for Syria with Assad" (17 May)',
        favours: ['target-aug-1', 'deadline-aug-1'],
        keys: ['P50'],
        flag: 'V',
      },
      {
        issue: 'talks-date',
        position: 'The UN should resume the talks as soon as possible (no date) (17 May)',
        favours: ['early-june'],
        keys: ['P51'],
        flag: 'V',
      },
      {
        issue: 'ceasefire-goal',
        position:
          'Host at Munich: "no military solution"; commitments bind the regime, the opposition, Hezbollah, the militias and Russia (12-13 Feb)',
        favours: ['comprehensive-ceasefire'],
        keys: ['P4', 'P12'],
        flag: 'V',
      },
    ],
  },
  {
    party: 'un',
    briefing:
      "You are the Special Envoy: compliance fell from about 80 % to 50 %, 12 of 18 besieged locations were reached; you will not name a date for talks until the cessation and aid are credible. Air drops are the last resort: costly, risky, and they need the government's consent.",
    reservation: 0.4,
    reservationWhy: REVEALED,
    issues: {
      'ceasefire-goal': {
        w: 0.15,
        v: { 'comprehensive-ceasefire': 1, 'recommit-9-may': 0.7, silent: 0.2 },
        why: 'compliance fell from ~80 % to ~50 % (S40)',
      },
      'non-compliance': {
        w: 0.1,
        v: { 'referral-exclusion': 0.8, sanctions: 0.5, 'plan-b': 0, 'list-violators': 0.2, silent: 0.3 },
        why: 'not documented; assumed for a mediator that needs both sides',
      },
      'terrorist-list': {
        w: 0.05,
        v: { 'add-ahrar-and-jai': 0.2, disassociate: 1, silent: 0.5 },
        why: 'not documented',
      },
      'aerial-bombardment': {
        w: 0.1,
        v: { 'minimise-air-ops': 0.8, 'end-indiscriminate-bombing': 1, silent: 0.1 },
        why: 'not documented',
      },
      'air-drops': {
        w: 0.2,
        v: { 'june-1': 0.7, 'drops-now': 0.2, silent: 0.5 },
        why: 'drops the "last resort", most expensive and dangerous (P67); consent needed (P68)',
      },
      'transition-target': {
        w: 0.03,
        v: { 'deadline-aug-1': 0.6, 'target-aug-1': 0.8, 'assad-named': 0.4, silent: 0.4 },
        why: 'not documented',
      },
      detainees: {
        w: 0.1,
        v: { 'envoy-facilitates': 1, 'release-list': 0.6, silent: 0.2 },
        why: 'the Envoy is asked to facilitate (P60)',
      },
      'talks-date': {
        w: 0.25,
        v: { 'early-june': 0.2, 'no-date': 1 },
        why: 'no date until the cessation and aid are credible (S40)',
      },
      'wider-opposition': {
        w: 0.02,
        v: { 'add-groups-and-pyd': 0.5, silent: 0.5 },
        why: 'not documented; the Envoy invites',
      },
    },
    positions: [
      {
        issue: 'talks-date',
        position:
          'Compliance fell from ~80 % to ~50 %; 12 of 18 besieged locations reached; no date for talks until the cessation and aid are credible (17 May)',
        favours: ['no-date'],
        opposes: ['early-june'],
        keys: ['S40'],
        flag: 'V',
      },
      {
        issue: 'air-drops',
        position:
          'Air drops are the "last resort", the most expensive and dangerous (19 May); government permission needed (June)',
        favours: ['june-1'],
        opposes: ['drops-now'],
        keys: ['P67', 'P68'],
        flag: 'V / P',
      },
      {
        issue: 'detainees',
        position: 'The Special Envoy is asked to facilitate agreements between the parties on releases',
        favours: ['envoy-facilitates'],
        keys: ['P60', 'S28'],
        flag: 'P',
      },
    ],
  },
];

/** The role cards of the Vienna negotiation, one per delegation at the table. */
export const viennaCards: readonly IssgRoleCard[] = CARDS.map((c) => roleCard(viennaAgenda, c));
