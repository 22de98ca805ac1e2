import Module from 'node:module';

/**
 * How `parley` runs a user's scenario script wherever it lives: in an ES-module project, in a CommonJS
 * one (npm 11's `npm init -y` writes `"type": "commonjs"`), or in a folder with no package.json at all.
 *
 * - **TypeScript for both module systems.** tsx's two loader APIs are registered once: `tsx/esm/api` for
 *   scripts Node loads as ES modules (`.mts`, `.ts` under `"type": "module"`) and `tsx/cjs/api` for the
 *   ones it loads as CommonJS (`.cts`, `.ts` elsewhere). With only the first, a `.ts` file in a CommonJS
 *   folder fails with "Cannot require() ES Module … in a cycle"; with only the second, with "Unknown file
 *   extension". Registered (not namespaced), the script shares this process's module cache.
 * - **`@parley/*` from the script's project first, then from the CLI's own install.** A globally
 *   installed `parley` running a script in a folder without `node_modules` resolves `@parley/core` from
 *   beside itself: a resolve hook (ES modules) and a `require` fallback (CommonJS) retry a `@parley/…`
 *   specifier Node could not find from the script, this time from the CLI's own location. Nothing else is
 *   redirected, and a project's own copy always wins.
 */

/** The ES-module resolve hook, as a module of its own (module.register loads it on the loader thread). */
const RESOLVE_HOOK = `
let fallbackParent;
export async function initialize(data) { fallbackParent = data.fallbackParent; }
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (!specifier.startsWith('@parley/') || error?.code !== 'ERR_MODULE_NOT_FOUND' || !fallbackParent)
      throw error;
    return nextResolve(specifier, { ...context, parentURL: fallbackParent });
  }
}
`;

let installed: Promise<void> | undefined;

/**
 * Make scenario scripts loadable: tsx for ES modules and CommonJS, and the `@parley/*` fallback to the
 * install at `cliUrl` (a file URL inside the CLI's package). Idempotent: the first call's `cliUrl` stays.
 *
 * @example
 * ```ts
 * await installScriptRuntime(import.meta.url);
 * const mod = await import(pathToFileURL('/home/me/scratch/my-scenario.ts').href);
 * ```
 */
export function installScriptRuntime(cliUrl: string): Promise<void> {
  installed ??= (async () => {
    const [esm, cjs] = await Promise.all([import('tsx/esm/api'), import('tsx/cjs/api')]);
    esm.register();
    cjs.register();
    // Registered after tsx's hooks, so it runs first and sees tsx's resolution fail.
    Module.register(`data:text/javascript,${encodeURIComponent(RESOLVE_HOOK)}`, {
      data: { fallbackParent: cliUrl },
    });
    fallBackForRequire(cliUrl);
  })();
  return installed;
}

/** The CommonJS side of the fallback: wrap `Module._resolveFilename` (as tsx itself does). */
function fallBackForRequire(cliUrl: string): void {
  const original: unknown = Reflect.get(Module, '_resolveFilename');
  if (typeof original !== 'function') return;
  const own = Module.createRequire(cliUrl);
  Reflect.set(Module, '_resolveFilename', function resolveFilename(this: unknown, ...args: unknown[]) {
    try {
      return Reflect.apply(original, this, args);
    } catch (error) {
      const request = args[0];
      const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
      if (typeof request !== 'string' || !request.startsWith('@parley/') || code !== 'MODULE_NOT_FOUND')
        throw error;
      return own.resolve(request);
    }
  });
}
