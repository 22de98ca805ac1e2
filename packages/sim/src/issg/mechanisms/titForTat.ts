import { defineMechanism } from './mechanism.js';

/** Tit-for-tat retaliation (Axelrod 1984). */
export const titForTat = defineMechanism({
  id: 'titForTat',
  title: 'Tit-for-tat retaliation',
  sources: [
    'Axelrod 1984, The Evolution of Cooperation (not in the project reference list; unverified)',
    'the Aleppo escalation from 22 April 2016, about 300 killed (S32)',
  ],
  description:
    'A party struck (or that believes it was) holds a grudge: each strike on its places adds 1 to a level that ' +
    'decays by `memory` each day, and its own strike rate rises by `retaliation` per unit of grudge.',
  defaults: { enabled: true, retaliation: 0.25, memory: 0.8 },
  parameters: {
    enabled: 'switch retaliation off',
    retaliation: 'extra strike rate per unit of grudge (as a share of the base rate)',
    memory: 'share of the grudge kept from one day to the next',
  },
});
