import { attribution } from './attribution.js';
import { baseline } from './baseline.js';
import { exclusion } from './exclusion.js';
import { humanitarian } from './humanitarian.js';
import { monitoring } from './monitoring.js';
import { spoilers } from './spoilers.js';
import { titForTat } from './titForTat.js';
import { vetoPlayers } from './vetoPlayers.js';

/** Every mechanism of the ISSG model, in documentation order. */
export const ISSG_MECHANISMS = [
  baseline,
  spoilers,
  vetoPlayers,
  monitoring,
  titForTat,
  humanitarian,
  exclusion,
  attribution,
] as const;
