import { type CardSpec, positionSource, roleCard } from './card.js';
import type { IssgAgenda, IssgRoleCard } from './types.js';

/**
 * The US-Russia arrangement of Geneva, 9 September 2016, as a bilateral negotiation (issg-positions.md,
 * table 1.3): the two co-chairs exchange offers (alternating offers); both must accept. G9 (detainees: not
 * documented) and G10 (the 20-22 September rescue, a later meeting) are not issues of this agenda.
 */
export const genevaAgenda: IssgAgenda = {
  id: 'geneva-2016-09-09',
  title: 'US-Russia arrangement, Geneva, 9 September 2016',
  description:
    'Bilateral: the US and Russia alternate offers; a text needs both. Eight issues of issg-positions.md table 1.3 (G1-G8).',
  meeting: 'geneva-2016-09-09',
  at: '2016-09-09',
  protocol: 'alternating-offers',
  parties: ['us', 'ru'],
  chairs: [],
  decisionRule: 'consensus',
  deadline: { rounds: 20 },
  source: positionSource('S46'),
  sources: ['S46', 'P76', 'P79', 'P75'].map(positionSource),
  issues: [
    {
      id: 'sequencing',
      label: 'Start and sequencing (G1)',
      options: [
        { id: 'phased-then-jic', label: 'calm from 12 Sep, 48 h + 48 h, then extended; after 7 days a JIC' },
        { id: 'silent', label: 'silent (no sequence)', silent: true },
      ],
    },
    {
      id: 'regime-air-force',
      label: 'The Syrian air force (G2)',
      options: [
        {
          id: 'grounded-over-opposition',
          label: 'no regime combat flights over opposition and civilian areas (US)',
        },
        { id: 'designated-areas', label: 'in designated areas only Russian and US aircraft strike' },
        { id: 'unrestricted', label: 'the army keeps hitting Daesh and Nusra everywhere (Russia, Syria)' },
      ],
    },
    {
      id: 'joint-targeting',
      label: 'Joint Implementation Center and joint strikes (G3)',
      options: [
        { id: 'jic', label: 'a JIC delineates and coordinates strikes on Nusra/JFS and Daesh' },
        { id: 'no-joint-strikes', label: 'no joint strikes (the Pentagon)' },
      ],
    },
    {
      id: 'separation',
      label: 'Separating the opposition from Nusra (G4)',
      options: [
        { id: 'precondition', label: 'a precondition of any coordination (Russia)' },
        { id: 'priority', label: 'a priority of the package, no public mechanism' },
        { id: 'silent', label: 'silent', silent: true },
      ],
    },
    {
      id: 'aleppo',
      label: 'Aleppo and the Castello Road (G5)',
      options: [
        { id: 'castello-dmz', label: 'pull-back from the Castello Road; demilitarised zone; aid via the UN' },
        {
          id: 'aid-via-damascus',
          label: 'only aid coordinated with Damascus and the UN (Syrian government)',
        },
        { id: 'silent', label: 'silent', silent: true },
      ],
    },
    {
      id: 'publication',
      label: 'Publication of the texts (G6)',
      options: [
        { id: 'publish', label: 'publish all five documents (Russia)' },
        { id: 'confidential', label: 'keep them confidential (US)', silent: true },
      ],
    },
    {
      id: 'exit',
      label: 'Exit (G7)',
      options: [
        { id: 'withdrawal-clause', label: 'either side may withdraw if the terms are not fulfilled' },
        { id: 'silent', label: 'silent', silent: true },
      ],
    },
    {
      id: 'political-track',
      label: 'Political track (G8)',
      options: [
        {
          id: 'un-draft-on-hnc-plan',
          label: "the UN drafts a transition proposal on the HNC's plan (EU, UK)",
        },
        { id: 'silent', label: 'no date for talks, no transition terms', silent: true },
      ],
    },
  ],
  absent: [
    {
      party: 'other members',
      reason:
        'a bilateral arrangement: no other ISSG member had a seat (table 4: "any role for other ISSG members" left out)',
    },
    {
      party: 'syria-gov',
      reason: 'not at the table; approved the arrangement afterwards (P82); Russia speaks to its interests',
    },
    { party: 'hnc', reason: 'not at the table; "cautiously welcomed" it while awaiting the text (P82)' },
  ],
  assumptions: [
    'veto players: the two co-chairs only (a bilateral arrangement)',
    'deadline: 20 offers (the talks ran over weeks, the last session through the night, S46); the number is a modelling assumption',
    'G9 (detainees) is left out: no option is documented; G10 (20-22 Sep) is a later negotiation',
  ],
  realOutcome: {
    sequencing: 'phased-then-jic',
    'regime-air-force': 'designated-areas',
    'joint-targeting': 'jic',
    separation: 'priority',
    aleppo: 'castello-dmz',
    publication: 'confidential',
    exit: 'withdrawal-clause',
    'political-track': 'silent',
  },
};

const REVEALED = 'set below the utility of the text both sides signed (S46; revealed preference)';

const CARDS: readonly CardSpec[] = [
  {
    party: 'us',
    briefing:
      'Grounding the regime\'s air force over the opposition is the "bedrock"; in return you may accept joint targeting of Nusra through a Joint Implementation Center — a concession the Pentagon resists. You want the texts kept confidential.',
    reservation: 0.5,
    reservationWhy: REVEALED,
    issues: {
      sequencing: {
        w: 0.1,
        v: { 'phased-then-jic': 1, silent: 0.3 },
        why: 'no option documented (table 1.3, G1); assumed',
      },
      'regime-air-force': {
        w: 0.35,
        v: { 'grounded-over-opposition': 1, 'designated-areas': 0.7, unrestricted: 0 },
        red: ['unrestricted'],
        why: 'grounding the regime air force is the "bedrock" (S46, P76)',
      },
      'joint-targeting': {
        w: 0.1,
        v: { jic: 0.4, 'no-joint-strikes': 1 },
        why: 'a major concession, contested inside the US government (P96)',
      },
      separation: {
        w: 0.1,
        v: { precondition: 0.3, priority: 0.8, silent: 0.5 },
        why: '"wise to separate"; targeting al-Qaeda "not a concession" (P98)',
      },
      aleppo: {
        w: 0.15,
        v: { 'castello-dmz': 1, 'aid-via-damascus': 0.1, silent: 0.3 },
        why: 'not documented as a US proposal; assumed',
      },
      publication: {
        w: 0.05,
        v: { publish: 0.2, confidential: 1 },
        why: 'kept the texts confidential (P78, P79)',
      },
      exit: { w: 0.1, v: { 'withdrawal-clause': 1, silent: 0.3 }, why: 'used the exit on 3 Oct (S53)' },
      'political-track': {
        w: 0.05,
        v: { 'un-draft-on-hnc-plan': 1, silent: 0.5 },
        why: 'not documented as a US position; assumed with the UK',
      },
    },
    positions: [
      {
        issue: 'regime-air-force',
        position:
          'Grounding the regime air force is the "bedrock": no regime combat flights over opposition and civilian areas (9-10 Sep)',
        favours: ['grounded-over-opposition'],
        opposes: ['unrestricted'],
        redLine: true,
        keys: ['S46', 'P76'],
        flag: 'V',
      },
      {
        issue: 'joint-targeting',
        position:
          'Joint targeting of Nusra via the JIC in return: a major concession, contested inside the US government (Carter)',
        favours: ['jic'],
        keys: ['P96', 'P103'],
        flag: 'V',
      },
      {
        issue: 'separation',
        position: '"Wise to separate"; targeting al-Qaeda is "not a concession"',
        favours: ['priority'],
        keys: ['P98'],
        flag: 'V',
      },
      {
        issue: 'publication',
        position: 'Keep the five documents confidential; posted selected texts after the leaks',
        favours: ['confidential'],
        keys: ['P78', 'P79'],
        flag: 'V / P',
      },
    ],
  },
  {
    party: 'ru',
    briefing:
      'Separating the opposition from Nusra is your precondition; you want joint strikes with the US (a Joint Implementation Center), the army free to strike terrorists, aid to Aleppo coordinated with Damascus, and all five texts published.',
    reservation: 0.5,
    reservationWhy: REVEALED,
    issues: {
      sequencing: {
        w: 0.1,
        v: { 'phased-then-jic': 1, silent: 0.5 },
        why: 'no option documented (G1); assumed',
      },
      'regime-air-force': {
        w: 0.2,
        v: { 'grounded-over-opposition': 0, 'designated-areas': 0.7, unrestricted: 1 },
        why: 'the army keeps hitting Daesh/Nusra (P77); conceded the designated areas (P77)',
      },
      'joint-targeting': {
        w: 0.3,
        v: { jic: 1, 'no-joint-strikes': 0 },
        why: 'joint strikes proposed since May (P66)',
      },
      separation: {
        w: 0.2,
        v: { precondition: 1, priority: 0.7, silent: 0 },
        why: 'the precondition of any coordination (P81)',
      },
      aleppo: {
        w: 0.1,
        v: { 'castello-dmz': 0.7, 'aid-via-damascus': 1, silent: 0.3 },
        why: "the Syrian government's line on aid (P83); assumed carried by Russia",
      },
      publication: {
        w: 0.05,
        v: { publish: 1, confidential: 0.3 },
        why: 'asked to publish all five (P79, P91)',
      },
      exit: { w: 0.025, v: { 'withdrawal-clause': 0.5, silent: 0.5 }, why: 'not documented' },
      'political-track': {
        w: 0.025,
        v: { 'un-draft-on-hnc-plan': 0.3, silent: 0.8 },
        why: "not documented; the HNC plan is its adversaries'",
      },
    },
    positions: [
      {
        issue: 'separation',
        position: 'Separation from Nusra is the precondition of any coordination (2 Sep)',
        favours: ['precondition'],
        keys: ['P81'],
        flag: 'V',
      },
      {
        issue: 'joint-targeting',
        position: 'Joint strikes with the coalition on Nusra and non-adherents proposed from 25 May (Shoigu)',
        favours: ['jic'],
        keys: ['P66'],
        flag: 'V',
      },
      {
        issue: 'regime-air-force',
        position: 'In the designated areas only Russian and US aircraft strike (9 Sep)',
        favours: ['designated-areas'],
        keys: ['P77'],
        flag: 'V / P',
      },
      {
        issue: 'publication',
        position: 'All five texts should be published (France agreed, per the Russian MFA)',
        favours: ['publish'],
        keys: ['P79', 'P91'],
        flag: 'V / P',
      },
    ],
  },
];

/** The role cards of the Geneva negotiation (the US and Russia). */
export const genevaCards: readonly IssgRoleCard[] = CARDS.map((c) => roleCard(genevaAgenda, c));
