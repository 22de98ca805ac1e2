const expected = require('./expect.json');
for (const [entry, names] of Object.entries(expected)) {
  const mod = require(entry);
  const missing = names.filter((n) => mod[n] === undefined);
  if (missing.length) throw new Error(`require('${entry}') lacks ${missing.join(', ')}`);
  console.log(`  require ${entry}: ${Object.keys(mod).length} exports`);
}
const { replay } = require('@parley/core');
const { issgRecord, issgDecider, summarize } = require('@parley/issg');
const { runScenario } = require('@parley/core');
const { records } = runScenario(issgRecord);
const state = replay(issgDecider, records);
const s = summarize(state);
if (!s.resolutions.includes('2254')) throw new Error('CJS: resolution 2254 missing after replay');
console.log(`  CJS behaviour ok (replayed ${records.length} ISSG records)`);
