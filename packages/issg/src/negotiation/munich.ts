import { type CardSpec, positionSource, roleCard } from './card.js';
import type { IssgAgenda, IssgRoleCard } from './types.js';

/**
 * The Munich statement of 11-12 February 2016 as a negotiation (issg-positions.md, table 1.1): eight
 * contested issues (M1-M8), the options on the table with their proponents; co-chairs draft, consensus
 * adopts (single negotiating text).
 */
export const munichAgenda: IssgAgenda = {
  id: 'munich-2016-02-11',
  title: 'ISSG statement, Munich, 11-12 February 2016',
  description:
    'The co-chairs (US, Russia) table a draft; the members present object or amend; consensus adopts. Eight issues of issg-positions.md table 1.1 (M1-M8).',
  meeting: 'munich-2016-02-11',
  at: '2016-02-12',
  protocol: 'single-text',
  parties: ['us', 'ru', 'ir', 'sa', 'tr', 'fr', 'gb', 'de', 'eu', 'un'],
  chairs: ['us', 'ru'],
  decisionRule: 'consensus',
  deadline: { rounds: 12 },
  source: positionSource('S17'),
  sources: ['S17', 'P16', 'P15', 'P1'].map(positionSource),
  issues: [
    {
      id: 'coh-start',
      label: 'Start of the cessation of hostilities (M1)',
      options: [
        { id: 'immediate', label: 'immediate halt (US)' },
        { id: 'one-week', label: 'in one week, after the parties confirm' },
        { id: 'march-1', label: 'on 1 March (Russia, as reported)' },
        { id: 'silent', label: 'silent', silent: true },
      ],
    },
    {
      id: 'scope',
      label: 'Scope: who is excluded (M2)',
      options: [
        { id: 'exclude-designated', label: 'all parties except Daesh, Nusra and UNSC-designated groups' },
        {
          id: 'halt-strikes-on-opposition',
          label: 'and a halt to the bombing of the non-extremist opposition (UK, France)',
        },
        { id: 'terrorist-free-areas', label: 'a cessation in "terrorist-free areas" only (Iran)' },
      ],
    },
    {
      id: 'humanitarian-access',
      label: 'Humanitarian access (M3)',
      options: [
        { id: 'all-besieged-now', label: 'immediate access to all besieged areas (UN, West)' },
        {
          id: 'named-areas-this-week',
          label: 'deliveries this week to named areas; a Humanitarian Task Force',
        },
        {
          id: 'land-incl-foua',
          label: 'by land, Foua/Kefraya included; drops for Deir ez-Zor only (Russia)',
        },
      ],
    },
    {
      id: 'monitoring',
      label: 'Monitoring mechanism (M4)',
      options: [
        { id: 'task-forces', label: 'two task forces: aid, and cessation modalities (US)' },
        { id: 'military-channel', label: 'direct US-Russia military contacts (Russia)' },
        { id: 'silent', label: 'silent', silent: true },
      ],
    },
    {
      id: 'talks-date',
      label: 'Date of the next intra-Syrian talks (M5)',
      options: [
        { id: 'feb-25', label: '25 February (the Special Envoy, if the parties agree)' },
        { id: 'asap', label: '"as soon as possible", no date', silent: true },
        { id: 'after-aid-and-releases', label: 'only after aid and releases (the HNC)' },
      ],
    },
    {
      id: 'detainees',
      label: 'Detainees (M6)',
      options: [
        { id: 'restate-2254', label: 'restate 2254: facilitate releases, no mechanism' },
        { id: 'release-before-talks', label: 'release women and children before talks (the HNC)' },
        { id: 'silent', label: 'silent', silent: true },
      ],
    },
    {
      id: 'transition',
      label: 'Assad and the transition (M7)',
      options: [
        { id: 'reaffirm-2254-geneva', label: 'reaffirm 2254 and the Geneva Communiqué; Assad not named' },
        { id: 'assad-departure', label: 'Assad goes (Saudi Arabia)' },
        { id: 'assad-may-stay', label: 'a solution with Assad; Syrians decide (Iran)' },
        { id: 'silent', label: 'silent', silent: true },
      ],
    },
    {
      id: 'terrorist-list',
      label: 'Extended terrorist list (M8)',
      options: [
        { id: 'extended-list', label: "adopt Jordan's matrix of ~160 groups" },
        { id: 'un-designated', label: 'keep the "UNSC-designated" formula', silent: true },
      ],
    },
  ],
  absent: [
    {
      party: 'hnc',
      reason:
        'not an ISSG member (Syrian parties never were); its positions (P30-P33) reach the table through its patrons',
    },
    { party: 'syria-gov', reason: 'not an ISSG member; Russia and Iran speak to its interests (P34, P35)' },
    {
      party: 'other members',
      reason:
        'cn eg jo qa and the rest of the 20 present: no documented position on the Munich clauses that the model can weigh: not modelled (silence = assent)',
    },
  ],
  assumptions: [
    'veto players: the ten modelled delegations; the other members present are assumed to assent (reference §5, open questions 2 and 3)',
    'deadline: 12 rounds (the meeting ran past midnight, S17); the number of rounds is a modelling assumption',
    'one issue per row of table 1.1; options as listed there, with "silent" where the text could omit the point',
  ],
  realOutcome: {
    'coh-start': 'one-week',
    scope: 'exclude-designated',
    'humanitarian-access': 'named-areas-this-week',
    monitoring: 'task-forces',
    'talks-date': 'asap',
    detainees: 'restate-2254',
    transition: 'reaffirm-2254-geneva',
    'terrorist-list': 'un-designated',
  },
};

const REVEALED =
  'set below the utility of the adopted text, because the delegation joined a unanimous statement (S17: "unanimously committed"; revealed preference)';

/** The West's numbers at Munich (France and the UK differ in weights only). */
const WEST = {
  'coh-start': { immediate: 1, 'one-week': 0.7, 'march-1': 0.1, silent: 0 },
  scope: { 'exclude-designated': 0.5, 'halt-strikes-on-opposition': 1, 'terrorist-free-areas': 0 },
  'humanitarian-access': { 'all-besieged-now': 1, 'named-areas-this-week': 0.8, 'land-incl-foua': 0.3 },
  monitoring: { 'task-forces': 0.9, 'military-channel': 0.3, silent: 0.1 },
  'talks-date': { 'feb-25': 0.7, asap: 0.7, 'after-aid-and-releases': 0.4 },
  detainees: { 'restate-2254': 0.6, 'release-before-talks': 0.8, silent: 0.2 },
  transition: { 'reaffirm-2254-geneva': 0.8, 'assad-departure': 1, 'assad-may-stay': 0, silent: 0.1 },
  'terrorist-list': { 'extended-list': 0.3, 'un-designated': 0.8 },
} as const;

const CARDS: readonly CardSpec[] = [
  {
    party: 'us',
    briefing:
      'Co-chair. You want an immediate halt, an end to Russian strikes on the legitimate opposition, access for aid, two task forces, and a transition away from Assad.',
    reservation: 0.45,
    reservationWhy: REVEALED,
    issues: {
      'coh-start': {
        w: 0.15,
        v: { immediate: 1, 'one-week': 0.7, 'march-1': 0.2, silent: 0 },
        why: 'wanted an immediate halt (P7, P9)',
      },
      scope: {
        w: 0.15,
        v: { 'exclude-designated': 0.6, 'halt-strikes-on-opposition': 1, 'terrorist-free-areas': 0.1 },
        why: 'Russian strikes hit the legitimate opposition (P11)',
      },
      'humanitarian-access': {
        w: 0.15,
        v: { 'all-besieged-now': 1, 'named-areas-this-week': 0.8, 'land-incl-foua': 0.4 },
        why: 'Kerry: the regime forces surrender by starvation (S17)',
      },
      monitoring: {
        w: 0.1,
        v: { 'task-forces': 1, 'military-channel': 0.3, silent: 0 },
        why: 'proposed two task forces (P2)',
      },
      'talks-date': {
        w: 0.1,
        v: { 'feb-25': 0.8, asap: 0.7, 'after-aid-and-releases': 0.4 },
        why: 'talks to resume as soon as possible (P3)',
      },
      detainees: {
        w: 0.05,
        v: { 'restate-2254': 0.6, 'release-before-talks': 0.8, silent: 0.2 },
        why: 'not documented',
      },
      transition: {
        w: 0.2,
        v: { 'reaffirm-2254-geneva': 0.8, 'assad-departure': 1, 'assad-may-stay': 0, silent: 0.2 },
        why: '"no change in American position" (P2); Assad cannot lead (S12)',
      },
      'terrorist-list': { w: 0.1, v: { 'extended-list': 0.3, 'un-designated': 0.8 }, why: 'not documented' },
    },
    positions: [
      {
        issue: 'coh-start',
        position: 'Wanted an immediate halt; accepted "one week" (Feb, anonymous US officials)',
        favours: ['immediate'],
        keys: ['P7', 'P9'],
        flag: 'P',
      },
      {
        issue: 'scope',
        position:
          'The "vast majority" of Russian attacks hit the legitimate opposition; Russia must change targets (13 Feb)',
        favours: ['halt-strikes-on-opposition'],
        keys: ['P11'],
        flag: 'V',
      },
      {
        issue: 'monitoring',
        position:
          'Two task forces, one on aid, one on the modalities of the cessation; "no change in the American position"',
        favours: ['task-forces'],
        keys: ['P2', 'S17'],
        flag: 'V',
      },
      {
        issue: 'transition',
        position:
          'Transition per the Geneva Communiqué; Assad cannot lead Syria\'s future; a "Plan B" if Russia and Iran are not serious',
        favours: ['reaffirm-2254-geneva', 'assad-departure'],
        keys: ['P19', 'S12'],
        flag: 'V / P',
      },
    ],
  },
  {
    party: 'ru',
    briefing:
      'Co-chair. Your air force keeps striking Daesh and Nusra whatever the truce; you want a start on 1 March, direct military contacts with the US, aid by land including the besieged Foua and Kefraya, and talks without preconditions.',
    reservation: 0.45,
    reservationWhy: REVEALED,
    issues: {
      'coh-start': {
        w: 0.15,
        v: { immediate: 0.1, 'one-week': 0.7, 'march-1': 1, silent: 0.5 },
        why: 'a 1 March start was reported (P7, P8)',
      },
      scope: {
        w: 0.25,
        v: { 'exclude-designated': 1, 'halt-strikes-on-opposition': 0, 'terrorist-free-areas': 0.7 },
        red: ['halt-strikes-on-opposition'],
        why: 'the Russian air force continues against Daesh/Nusra (P10, P11)',
      },
      'humanitarian-access': {
        w: 0.1,
        v: { 'all-besieged-now': 0.2, 'named-areas-this-week': 0.7, 'land-incl-foua': 1 },
        why: 'most civilians besieged by the opposition; aid by land (P13, P37)',
      },
      monitoring: {
        w: 0.1,
        v: { 'task-forces': 0.6, 'military-channel': 1, silent: 0.2 },
        why: 'direct military contacts (P14)',
      },
      'talks-date': {
        w: 0.1,
        v: { 'feb-25': 0.8, asap: 0.8, 'after-aid-and-releases': 0 },
        why: 'talks "without ultimatums and preconditions" (P14)',
      },
      detainees: {
        w: 0.05,
        v: { 'restate-2254': 0.7, 'release-before-talks': 0.1, silent: 0.6 },
        why: 'not documented; assumed against preconditions',
      },
      transition: {
        w: 0.15,
        v: { 'reaffirm-2254-geneva': 0.7, 'assad-departure': 0, 'assad-may-stay': 0.9, silent: 1 },
        red: ['assad-departure'],
        why: 'Syrians decide (P46, stated in May; assumed to hold in February)',
      },
      'terrorist-list': {
        w: 0.1,
        v: { 'extended-list': 0.5, 'un-designated': 0.7 },
        why: 'called the matrix "contradictory" (P115)',
      },
    },
    positions: [
      {
        issue: 'coh-start',
        position:
          'Tabled "specific proposals" and awaited the US reply (11 Feb); a 1 March start was reported',
        favours: ['march-1'],
        keys: ['P7', 'P8'],
        flag: 'P',
      },
      {
        issue: 'scope',
        position:
          'The Russian air force continues against Daesh and Nusra (12 Feb); without military cooperation "nothing will work"',
        favours: ['exclude-designated'],
        opposes: ['halt-strikes-on-opposition'],
        redLine: true,
        keys: ['P10', 'P11'],
        flag: 'V',
      },
      {
        issue: 'talks-date',
        position:
          'Most civilians are besieged by the opposition; no preconditions such as solving the humanitarian issues first (13 Feb)',
        opposes: ['after-aid-and-releases'],
        keys: ['P13', 'P14'],
        flag: 'V',
      },
      {
        issue: 'humanitarian-access',
        position: 'Include the rebel-besieged Foua and Kefraya; most aid by land (Lavrov)',
        favours: ['land-incl-foua'],
        keys: ['P37'],
        flag: 'V',
      },
      {
        issue: 'terrorist-list',
        position: 'Called the Jordanian matrix of members\' lists "contradictory"',
        favours: ['un-designated'],
        keys: ['P115'],
        flag: 'P',
      },
    ],
  },
  {
    party: 'ir',
    briefing:
      'A solution is possible with Assad and only Syrians decide. A cessation should hold in terrorist-free areas; the terrorist list is not finished, and the Jordanian matrix lists your own Revolutionary Guards.',
    reservation: 0.4,
    reservationWhy: REVEALED,
    issues: {
      'coh-start': {
        w: 0.1,
        v: { immediate: 0.3, 'one-week': 0.6, 'march-1': 0.8, silent: 0.5 },
        why: 'not documented; assumed with Russia',
      },
      scope: {
        w: 0.2,
        v: { 'exclude-designated': 0.7, 'halt-strikes-on-opposition': 0, 'terrorist-free-areas': 1 },
        why: 'a cessation in "terrorist-free areas" (P17)',
      },
      'humanitarian-access': {
        w: 0.1,
        v: { 'all-besieged-now': 0.3, 'named-areas-this-week': 0.7, 'land-incl-foua': 1 },
        why: 'not documented at Munich; faster aid to Foua/Kefraya in May (P55)',
      },
      monitoring: {
        w: 0.05,
        v: { 'task-forces': 0.6, 'military-channel': 0.7, silent: 0.5 },
        why: 'not documented',
      },
      'talks-date': {
        w: 0.1,
        v: { 'feb-25': 0.5, asap: 0.7, 'after-aid-and-releases': 0.2 },
        why: '"terrorist figures" at the table (P18)',
      },
      detainees: {
        w: 0.05,
        v: { 'restate-2254': 0.6, 'release-before-talks': 0.2, silent: 0.6 },
        why: 'not documented',
      },
      transition: {
        w: 0.3,
        v: { 'reaffirm-2254-geneva': 0.6, 'assad-departure': 0, 'assad-may-stay': 1, silent: 0.8 },
        red: ['assad-departure'],
        why: 'a political solution with Assad (P19)',
      },
      'terrorist-list': {
        w: 0.1,
        v: { 'extended-list': 0.3, 'un-designated': 0.8 },
        why: 'objected: the IRGC listed in the matrix (P115)',
      },
    },
    positions: [
      {
        issue: 'transition',
        position: 'A political solution is possible with Assad; only Syrians decide (13 Feb)',
        favours: ['assad-may-stay'],
        opposes: ['assad-departure'],
        redLine: true,
        keys: ['P19'],
        flag: 'V',
      },
      {
        issue: 'scope',
        position: 'A cessation in "terrorist-free areas"; the terrorist list is not finished (12 Feb)',
        favours: ['terrorist-free-areas'],
        keys: ['P17'],
        flag: 'V',
      },
      {
        issue: 'talks-date',
        position:
          'No distinction between opposition and terrorists spoilt Geneva; "terrorist figures" at the table (10 Feb)',
        keys: ['P18'],
        flag: 'V',
      },
      {
        issue: 'terrorist-list',
        position: 'Objected to the extended list (the IRGC listed in it)',
        favours: ['un-designated'],
        opposes: ['extended-list'],
        keys: ['P115'],
        flag: 'P',
      },
    ],
  },
  {
    party: 'sa',
    briefing:
      'Assad\'s removal is crucial: by a political process or by force. You are ready to send special forces, within a US-led coalition. The Munich deal is "very important" to you.',
    reservation: 0.4,
    reservationWhy: REVEALED,
    issues: {
      'coh-start': {
        w: 0.1,
        v: { immediate: 0.9, 'one-week': 0.7, 'march-1': 0.1, silent: 0.2 },
        why: 'not documented; assumed with the US',
      },
      scope: {
        w: 0.15,
        v: { 'exclude-designated': 0.5, 'halt-strikes-on-opposition': 1, 'terrorist-free-areas': 0 },
        why: 'not documented; assumed with the opposition',
      },
      'humanitarian-access': {
        w: 0.1,
        v: { 'all-besieged-now': 1, 'named-areas-this-week': 0.7, 'land-incl-foua': 0.3 },
        why: 'not documented',
      },
      monitoring: {
        w: 0.05,
        v: { 'task-forces': 0.8, 'military-channel': 0.3, silent: 0.3 },
        why: 'not documented',
      },
      'talks-date': {
        w: 0.05,
        v: { 'feb-25': 0.6, asap: 0.6, 'after-aid-and-releases': 0.6 },
        why: 'not documented',
      },
      detainees: {
        w: 0.05,
        v: { 'restate-2254': 0.5, 'release-before-talks': 1, silent: 0.2 },
        why: 'not documented; assumed with the HNC',
      },
      transition: {
        w: 0.4,
        v: { 'reaffirm-2254-geneva': 0.6, 'assad-departure': 1, 'assad-may-stay': 0, silent: 0.1 },
        red: ['assad-may-stay'],
        why: 'Assad goes "by a political process or ... by force" (P20, P21)',
      },
      'terrorist-list': {
        w: 0.1,
        v: { 'extended-list': 0.2, 'un-designated': 0.8 },
        why: 'not documented; assumed protective of the opposition',
      },
    },
    positions: [
      {
        issue: 'transition',
        position:
          'His removal is crucial; he leaves "by a political process or ... by force" (12-13 Feb); the Munich deal "very important"',
        favours: ['assad-departure'],
        opposes: ['assad-may-stay'],
        redLine: true,
        keys: ['P20', 'P21'],
        flag: 'V',
      },
    ],
  },
  {
    party: 'tr',
    briefing:
      'The YPG is terrorist like Daesh and Nusra; the truce does not bind you if you are threatened. Russian strikes are the biggest obstacle.',
    reservation: 0.4,
    reservationWhy: REVEALED,
    issues: {
      'coh-start': {
        w: 0.1,
        v: { immediate: 0.8, 'one-week': 0.7, 'march-1': 0.1, silent: 0.2 },
        why: 'not documented',
      },
      scope: {
        w: 0.3,
        v: { 'exclude-designated': 0.6, 'halt-strikes-on-opposition': 1, 'terrorist-free-areas': 0.3 },
        why: 'Russian strikes the biggest obstacle (P24); the truce not binding on Turkey (P25)',
      },
      'humanitarian-access': {
        w: 0.1,
        v: { 'all-besieged-now': 0.9, 'named-areas-this-week': 0.7, 'land-incl-foua': 0.3 },
        why: 'not documented',
      },
      monitoring: {
        w: 0.05,
        v: { 'task-forces': 0.8, 'military-channel': 0.3, silent: 0.3 },
        why: 'not documented',
      },
      'talks-date': {
        w: 0.05,
        v: { 'feb-25': 0.6, asap: 0.6, 'after-aid-and-releases': 0.6 },
        why: 'not documented',
      },
      detainees: {
        w: 0.05,
        v: { 'restate-2254': 0.5, 'release-before-talks': 0.9, silent: 0.2 },
        why: 'not documented',
      },
      transition: {
        w: 0.25,
        v: { 'reaffirm-2254-geneva': 0.6, 'assad-departure': 1, 'assad-may-stay': 0, silent: 0.2 },
        why: 'not documented; assumed with Saudi Arabia (P23)',
      },
      'terrorist-list': {
        w: 0.1,
        v: { 'extended-list': 0.7, 'un-designated': 0.5 },
        why: 'the YPG terrorist like Daesh and Nusra (P26): a list could name it (assumed)',
      },
    },
    positions: [
      {
        issue: 'scope',
        position:
          'The truce is valid inside Syria, not binding on Turkey if threatened; the YPG is terrorist like Daesh and Nusra (Feb)',
        favours: ['halt-strikes-on-opposition'],
        keys: ['P25', 'P26'],
        flag: 'V',
      },
      {
        issue: 'scope',
        position:
          'Russian strikes the biggest obstacle; Turkey and Saudi Arabia could enter a ground operation "if there is a strategy" (13 Feb)',
        favours: ['halt-strikes-on-opposition'],
        keys: ['P23', 'P24'],
        flag: 'V',
      },
    ],
  },
  {
    party: 'fr',
    briefing:
      "You will judge the deal by acts: all the bombing must stop, above all the regime's and Russia's indiscriminate strikes.",
    reservation: 0.45,
    reservationWhy: REVEALED,
    issues: {
      'coh-start': { w: 0.15, v: WEST['coh-start'], why: 'judge by "acts" (P27)' },
      scope: { w: 0.25, v: WEST.scope, why: '"all the bombing" must stop (P28, P29)' },
      'humanitarian-access': {
        w: 0.15,
        v: WEST['humanitarian-access'],
        why: 'not documented; assumed with the West',
      },
      monitoring: { w: 0.05, v: WEST.monitoring, why: 'not documented' },
      'talks-date': { w: 0.05, v: WEST['talks-date'], why: 'not documented' },
      detainees: { w: 0.05, v: WEST.detainees, why: 'not documented' },
      transition: {
        w: 0.2,
        v: WEST.transition,
        why: 'not documented at Munich; Assad not at the end (P48, May)',
      },
      'terrorist-list': { w: 0.1, v: WEST['terrorist-list'], why: 'not documented' },
    },
    positions: [
      {
        issue: 'scope',
        position:
          'Will judge the deal by "acts" (12 Feb); "all the bombing" must stop (16 Feb); Le Drian: it works only if the indiscriminate strikes stop',
        favours: ['halt-strikes-on-opposition'],
        keys: ['P27', 'P28', 'P29'],
        flag: 'V',
      },
    ],
  },
  {
    party: 'gb',
    briefing:
      'Munich succeeds only with a major change of behaviour by the regime and its backers; Russian bombing of non-extremists must stop.',
    reservation: 0.45,
    reservationWhy: REVEALED,
    issues: {
      'coh-start': { w: 0.1, v: WEST['coh-start'], why: 'not documented; assumed with the West' },
      scope: { w: 0.25, v: WEST.scope, why: 'Russian bombing of non-extremists must stop (P6)' },
      'humanitarian-access': {
        w: 0.2,
        v: WEST['humanitarian-access'],
        why: 'not documented; assumed with the West',
      },
      monitoring: { w: 0.05, v: WEST.monitoring, why: 'not documented' },
      'talks-date': { w: 0.05, v: WEST['talks-date'], why: 'not documented' },
      detainees: { w: 0.05, v: WEST.detainees, why: 'not documented' },
      transition: { w: 0.2, v: WEST.transition, why: 'a transition "away from Asad" (P38)' },
      'terrorist-list': { w: 0.1, v: WEST['terrorist-list'], why: 'not documented' },
    },
    positions: [
      {
        issue: 'scope',
        position:
          'Succeeds only with "a major change of behaviour" by the regime and its backers; Russian bombing of non-extremists must stop (12 Feb)',
        favours: ['halt-strikes-on-opposition'],
        keys: ['P6'],
        flag: 'V',
      },
      {
        issue: 'transition',
        position: 'A transition "away from Asad" (22 Feb)',
        favours: ['assad-departure', 'reaffirm-2254-geneva'],
        keys: ['P38'],
        flag: 'V',
      },
    ],
  },
  {
    party: 'de',
    briefing:
      'You host: there is no military solution, and the commitments must bind the regime, the opposition, Hezbollah, the militias and Russia.',
    reservation: 0.45,
    reservationWhy: REVEALED,
    issues: {
      'coh-start': {
        w: 0.15,
        v: { immediate: 0.9, 'one-week': 0.8, 'march-1': 0.3, silent: 0.1 },
        why: '"no military solution" (P4)',
      },
      scope: {
        w: 0.15,
        v: { 'exclude-designated': 0.7, 'halt-strikes-on-opposition': 0.9, 'terrorist-free-areas': 0.2 },
        why: 'the commitments bind Russia too (P4)',
      },
      'humanitarian-access': {
        w: 0.2,
        v: { 'all-besieged-now': 0.9, 'named-areas-this-week': 0.9, 'land-incl-foua': 0.5 },
        why: 'not documented',
      },
      monitoring: {
        w: 0.1,
        v: { 'task-forces': 1, 'military-channel': 0.4, silent: 0.1 },
        why: "not documented; a broker's preference assumed",
      },
      'talks-date': {
        w: 0.15,
        v: { 'feb-25': 0.9, asap: 0.7, 'after-aid-and-releases': 0.3 },
        why: 'not documented at Munich; talks asap in May (P51)',
      },
      detainees: {
        w: 0.05,
        v: { 'restate-2254': 0.7, 'release-before-talks': 0.7, silent: 0.3 },
        why: 'not documented',
      },
      transition: {
        w: 0.15,
        v: { 'reaffirm-2254-geneva': 0.9, 'assad-departure': 0.6, 'assad-may-stay': 0.2, silent: 0.3 },
        why: 'not documented at Munich',
      },
      'terrorist-list': { w: 0.05, v: { 'extended-list': 0.4, 'un-designated': 0.8 }, why: 'not documented' },
    },
    positions: [
      {
        issue: 'scope',
        position:
          'Host; "no military solution"; the commitments bind the regime, the opposition, Hezbollah, the militias and Russia; a 51 % chance (12-13 Feb)',
        favours: ['exclude-designated', 'halt-strikes-on-opposition'],
        keys: ['P4', 'P12'],
        flag: 'V',
      },
    ],
  },
  {
    party: 'eu',
    briefing:
      'You are the main donor: the Humanitarian Task Force is "extremely positive"; the cessation should hold while the fight against Daesh, Nusra and others continues.',
    reservation: 0.45,
    reservationWhy: REVEALED,
    issues: {
      'coh-start': {
        w: 0.1,
        v: { immediate: 0.8, 'one-week': 0.8, 'march-1': 0.3, silent: 0.1 },
        why: 'not documented',
      },
      scope: {
        w: 0.15,
        v: { 'exclude-designated': 1, 'halt-strikes-on-opposition': 0.7, 'terrorist-free-areas': 0.2 },
        why: 'a cessation while the fight against Daesh and Nusra continues (P5)',
      },
      'humanitarian-access': {
        w: 0.3,
        v: { 'all-besieged-now': 0.9, 'named-areas-this-week': 1, 'land-incl-foua': 0.5 },
        why: 'the Humanitarian Task Force "extremely positive" (P5)',
      },
      monitoring: {
        w: 0.1,
        v: { 'task-forces': 1, 'military-channel': 0.3, silent: 0.1 },
        why: 'not documented',
      },
      'talks-date': {
        w: 0.1,
        v: { 'feb-25': 0.8, asap: 0.8, 'after-aid-and-releases': 0.3 },
        why: 'not documented',
      },
      detainees: {
        w: 0.05,
        v: { 'restate-2254': 0.7, 'release-before-talks': 0.7, silent: 0.3 },
        why: 'not documented',
      },
      transition: {
        w: 0.1,
        v: { 'reaffirm-2254-geneva': 1, 'assad-departure': 0.5, 'assad-may-stay': 0.2, silent: 0.3 },
        why: 'not documented',
      },
      'terrorist-list': { w: 0.1, v: { 'extended-list': 0.4, 'un-designated': 0.8 }, why: 'not documented' },
    },
    positions: [
      {
        issue: 'humanitarian-access',
        position:
          'The Humanitarian Task Force is "extremely positive"; the EU is the main donor; a cessation while the fight against Daesh, Nusra and others continues (Mogherini)',
        favours: ['named-areas-this-week'],
        keys: ['P5'],
        flag: 'V',
      },
      {
        issue: 'scope',
        position:
          'A cessation of hostilities while the fight against Daesh, Nusra and others continues (Mogherini)',
        favours: ['exclude-designated'],
        keys: ['P5'],
        flag: 'V',
      },
    ],
  },
  {
    party: 'un',
    briefing:
      'You are the Special Envoy: humanitarian access is the priority; a date of 25 February is not realistic, the talks need about ten days of preparation.',
    reservation: 0.4,
    reservationWhy: REVEALED,
    issues: {
      'coh-start': {
        w: 0.1,
        v: { immediate: 0.8, 'one-week': 0.8, 'march-1': 0.3, silent: 0.1 },
        why: 'not documented',
      },
      scope: {
        w: 0.1,
        v: { 'exclude-designated': 0.8, 'halt-strikes-on-opposition': 0.8, 'terrorist-free-areas': 0.3 },
        why: 'not documented',
      },
      'humanitarian-access': {
        w: 0.35,
        v: { 'all-besieged-now': 1, 'named-areas-this-week': 0.9, 'land-incl-foua': 0.5 },
        why: 'access is the priority (P42)',
      },
      monitoring: {
        w: 0.1,
        v: { 'task-forces': 1, 'military-channel': 0.3, silent: 0.1 },
        why: "the UN is the task forces' secretariat (S17)",
      },
      'talks-date': {
        w: 0.2,
        v: { 'feb-25': 0.3, asap: 1, 'after-aid-and-releases': 0.3 },
        why: '25 Feb "not realistic" (P43)',
      },
      detainees: {
        w: 0.05,
        v: { 'restate-2254': 0.7, 'release-before-talks': 0.6, silent: 0.3 },
        why: 'not documented',
      },
      transition: {
        w: 0.05,
        v: { 'reaffirm-2254-geneva': 0.8, 'assad-departure': 0.4, 'assad-may-stay': 0.4, silent: 0.5 },
        why: 'not documented',
      },
      'terrorist-list': { w: 0.05, v: { 'extended-list': 0.3, 'un-designated': 0.8 }, why: 'not documented' },
    },
    positions: [
      {
        issue: 'humanitarian-access',
        position: 'Humanitarian access is the priority (16 Feb, Damascus)',
        favours: ['all-besieged-now', 'named-areas-this-week'],
        keys: ['P42'],
        flag: 'V',
      },
      {
        issue: 'talks-date',
        position: '25 February is "not realistic"; the talks need about ten days of preparation (19 Feb)',
        favours: ['asap'],
        opposes: ['feb-25'],
        keys: ['P43'],
        flag: 'V',
      },
    ],
  },
];

/** The role cards of the Munich negotiation, one per delegation at the table. */
export const munichCards: readonly IssgRoleCard[] = CARDS.map((c) => roleCard(munichAgenda, c));
