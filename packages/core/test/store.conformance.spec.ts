import { describe, it } from 'vitest';
import { fileStore } from '../src/node.js';
import { memoryStore } from '../src/store/memory.js';
import { storeConformance } from '../src/testing/conformance.js';
import { tempDir } from './fixtures/tmp.js';

const tmp = tempDir('parley-conformance-');

storeConformance('memoryStore', async () => memoryStore(), { describe, it });
storeConformance('fileStore', () => fileStore(tmp.file('log.ndjson')), { describe, it });
storeConformance(
  'fileStore (hash-chained)',
  () => fileStore(tmp.file('chained.ndjson'), { hashChain: true }),
  {
    describe,
    it,
  },
);
