import type { Agenda, Preferences } from '../src/index.js';

/** A toy agenda: three issues, three delegations, two co-chairs, consensus, three rounds. */
export const toy: Agenda = {
  id: 'toy',
  title: 'A toy statement',
  parties: ['us', 'ru', 'ir'],
  chairs: ['us', 'ru'],
  decisionRule: 'consensus',
  deadline: { rounds: 3 },
  issues: [
    {
      id: 'talks',
      label: 'Date for talks',
      options: [
        { id: 'june', label: 'June' },
        { id: 'july', label: 'July' },
        { id: 'none', label: 'No date', silent: true },
      ],
    },
    {
      id: 'aid',
      label: 'Humanitarian access',
      options: [
        { id: 'air-drops', label: 'Air drops' },
        { id: 'convoys', label: 'Convoys only' },
      ],
    },
    {
      id: 'list',
      label: 'Terrorist list',
      options: [
        { id: 'add', label: 'Add groups' },
        { id: 'keep', label: 'Keep the list', silent: true },
      ],
    },
  ],
};

export const draft = { talks: 'june', aid: 'convoys', list: 'keep' } as const;

export const toyPrefs: Record<string, Preferences> = {
  us: {
    party: 'us',
    weights: { talks: 0.5, aid: 0.3, list: 0.2 },
    values: {
      talks: { june: 1, july: 0.6, none: 0 },
      aid: { 'air-drops': 1, convoys: 0.4 },
      list: { add: 0, keep: 1 },
    },
    redLines: { list: ['add'] },
    reservation: 0.3,
  },
  ru: {
    party: 'ru',
    weights: { talks: 0.3, aid: 0.2, list: 0.5 },
    values: {
      talks: { june: 0.3, july: 1, none: 0.6 },
      aid: { 'air-drops': 0.2, convoys: 1 },
      list: { add: 1, keep: 0.3 },
    },
    redLines: {},
    reservation: 0.3,
  },
  ir: {
    party: 'ir',
    weights: { talks: 0.4, aid: 0.4, list: 0.2 },
    values: {
      talks: { june: 0, july: 0.5, none: 1 },
      aid: { 'air-drops': 0, convoys: 1 },
      list: { add: 1, keep: 0.5 },
    },
    redLines: { aid: ['air-drops'] },
    reservation: 0.35,
  },
};
