import { describe, it } from 'vitest';
import { pgStore } from '../src/node.js';
import { storeConformance } from '../src/testing/conformance.js';
import { dropSchemasAfterAll, freshSchema, requireServer, serverUrl, sharedPglite } from './fixtures/pg.js';

const pglite = sharedPglite();

storeConformance('pgStore (PGlite)', async () => pgStore(await pglite(), { schema: freshSchema('conf') }), {
  describe,
  it,
});
storeConformance(
  'pgStore (PGlite, hash-chained)',
  async () => pgStore(await pglite(), { schema: freshSchema('conf'), hashChain: true }),
  { describe, it },
);

requireServer('pgStore conformance on a real server');
const url = await serverUrl();
if (url !== undefined) {
  const schemas: string[] = [];
  dropSchemasAfterAll(url, schemas);
  const open = (hashChain: boolean) => () => {
    const schema = freshSchema('conf');
    schemas.push(schema);
    return pgStore(url, { schema, hashChain, max: 4 });
  };
  storeConformance('pgStore (PostgreSQL server)', open(false), { describe, it });
  storeConformance('pgStore (PostgreSQL server, hash-chained)', open(true), { describe, it });
}
