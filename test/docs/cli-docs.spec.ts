import { describe, expect, it } from 'vitest';
import { syncCliDocs } from './cli-docs.js';

describe('docs/cli', () => {
  it('shows what the commands print today (regenerate with `npm run docs:cli`)', async () => {
    const stale = await syncCliDocs({ write: false });
    expect(stale.map((s) => `docs/cli/${s.page}: ${s.command}`)).toEqual([]);
  }, 300_000);
});
