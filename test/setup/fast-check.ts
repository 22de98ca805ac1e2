import fc from 'fast-check';

// Pin fast-check's seed when FC_SEED is set (CI sets it), so a failing property replays exactly;
// locally every run explores new inputs. A failure always prints its seed and path to replay it.
const seed = process.env.FC_SEED;
if (seed !== undefined && seed !== '') {
  fc.configureGlobal({ seed: Number(seed) });
}
