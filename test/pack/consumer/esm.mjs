import { readFileSync } from 'node:fs';

const expected = JSON.parse(readFileSync(new URL('./expect.json', import.meta.url), 'utf8'));
for (const [entry, names] of Object.entries(expected)) {
  const mod = await import(entry);
  const missing = names.filter((n) => mod[n] === undefined);
  if (missing.length) throw new Error(`import('${entry}') lacks ${missing.join(', ')}`);
  console.log(`  import ${entry}: ${Object.keys(mod).length} exports`);
}

// Behaviour, not only names: a session over the default store, and the ISSG record on 17 May 2016.
const { createSession, defineEvents, s } = await import('@parley/core');
const events = defineEvents({ offered: { schema: s.object({ price: s.number() }) } });
const session = createSession({
  name: 'pack',
  version: '1',
  events,
  initial: () => ({ price: 0 }),
  decide: (c) => [{ type: 'offered', data: { price: c.price } }],
  evolve: (d, e) => {
    d.price = e.data.price;
  },
});
await session.dispatch({ price: 7, at: '2024-01-01' });
if (session.state.price !== 7 || !Object.isFrozen(session.state)) throw new Error('ESM session did not fold');
const { issgRecord, stateAt, summarize } = await import('@parley/issg');
const summary = summarize(stateAt(issgRecord, '2016-05-17'));
if (summary.hostilities.status !== 'cessation')
  throw new Error(`ESM: 17 May status ${summary.hostilities.status}`);
console.log('  ESM behaviour ok (session fold; ISSG 17 May 2016: cessation)');
