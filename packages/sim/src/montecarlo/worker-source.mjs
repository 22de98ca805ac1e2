// Worker entry used when @parley/sim runs from its TypeScript sources (vitest, tsx): worker threads on
// Node 20 do not honour `--import tsx` in execArgv, so load the TypeScript worker through tsx's API.
import { tsImport } from 'tsx/esm/api';

const mod = await tsImport(new URL('./worker.ts', import.meta.url).href, import.meta.url);

export default mod.default;
