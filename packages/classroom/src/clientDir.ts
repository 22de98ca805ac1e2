import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory of the built browser client (`client-dist/` of this package), or undefined when it has
 * not been built (`pnpm --filter @parley/classroom build:client`); the server then serves the API only.
 *
 * @example
 * ```ts
 * await serveClassroom(room, { clientDir: clientDir() });
 * ```
 */
export function clientDir(): string | undefined {
  // src/ and dist/ are both one level below the package root
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'client-dist');
  return existsSync(join(dir, 'index.html')) ? dir : undefined;
}
