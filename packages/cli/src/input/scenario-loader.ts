import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scenario } from '@parley/core';
import { BadInput, isParleyLike, WrongUsage } from '../errors.js';
import { installScriptRuntime } from './script-runtime.js';

/** Extensions of scenario scripts `parley` loads without a build step. */
export const SCRIPT_EXTENSIONS: readonly string[] = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];

/** True when `ref` names a file rather than a built-in scenario id. */
export function looksLikePath(ref: string): boolean {
  return (
    ref.includes('/') || ref.includes('\\') || SCRIPT_EXTENSIONS.includes(extname(ref)) || ref.startsWith('.')
  );
}

/**
 * True when `value` has the shape of a core `Scenario` (any module instance of `@parley/core`).
 *
 * @example
 * ```ts
 * isScenario(issgRecord); // true
 * isScenario({ hello: 'world' }); // false
 * ```
 */
export function isScenario(value: unknown): value is Scenario {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Scenario>;
  const d = v.decider as Partial<Scenario['decider']> | undefined;
  return (
    typeof v.id === 'string' &&
    typeof v.title === 'string' &&
    typeof v.stream === 'string' &&
    Array.isArray(v.steps) &&
    typeof d === 'object' &&
    d !== null &&
    typeof d.initial === 'function' &&
    typeof d.decide === 'function' &&
    typeof d.evolve === 'function'
  );
}

/** Line of `file` in an error's stack (tsx maps it back to the `.ts` source), if any. */
export function lineInStack(error: unknown, file: string): number | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const url = pathToFileURL(file).href;
  for (const l of stack.split('\n')) {
    const at =
      l.indexOf(url) >= 0
        ? l.indexOf(url) + url.length
        : l.indexOf(file) >= 0
          ? l.indexOf(file) + file.length
          : -1;
    if (at < 0) continue;
    const m = /^(?:\?[^:]*)?:(\d+)(?::\d+)?/.exec(l.slice(at));
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * Load a scenario script — a module (`.ts .mts .cts .js .mjs .cjs`, ES or CommonJS, in any folder) whose
 * default export is a `Scenario` made with `defineScenario` — without a build step (TypeScript goes through
 * tsx's loader APIs; `@parley/*` resolves from the script's project, else from the CLI's install). A script whose run
 * depends on chance may default-export a function `({ seed }) => Scenario` instead; `--seed` feeds it.
 * A script that fails to load or exports something else is bad input (`FILE:LINE: reason`).
 *
 * @example
 * ```ts
 * const story = await loadScenarioScript('/abs/path/examples/munich-to-cessation.ts');
 * const { records } = runScenario(story);
 * ```
 */
export async function loadScenarioScript(
  file: string,
  shown = file,
  options: { seed?: number } = {},
): Promise<Scenario> {
  if (!existsSync(file)) throw new BadInput([{ file: shown, reason: 'no such file' }]);
  if (!statSync(file).isFile()) throw new BadInput([{ file: shown, reason: 'not a file' }]);
  if (!SCRIPT_EXTENSIONS.includes(extname(file)))
    throw new BadInput([
      {
        file: shown,
        reason: `a scenario script ends in ${SCRIPT_EXTENSIONS.join(', ')}, not "${extname(file)}"`,
      },
    ]);
  let mod: { default?: unknown };
  try {
    await installScriptRuntime(import.meta.url);
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (e) {
    const line = lineInStack(e, file);
    const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    const reason = isParleyLike(e) ? message : `cannot load the script: ${message}`;
    throw new BadInput([{ file: shown, ...(line !== undefined ? { line } : {}), reason }]);
  }
  let scenario = unwrapDefault(mod);
  if (typeof scenario === 'function') {
    try {
      scenario = await (scenario as (o: { seed: number }) => unknown)({ seed: options.seed ?? 1 });
    } catch (e) {
      const line = lineInStack(e, file);
      throw new BadInput([
        { file: shown, ...(line !== undefined ? { line } : {}), reason: (e as Error).message },
      ]);
    }
  }
  if (!isScenario(scenario))
    throw new BadInput([
      {
        file: shown,
        reason:
          'the default export is not a Scenario; end the script with `export default defineScenario({ … })` (from @parley/core)',
      },
    ]);
  return scenario;
}

// A CommonJS or transpiled module may wrap the default export once more.
function unwrapDefault(mod: { default?: unknown }): unknown {
  const d = mod.default;
  if (isScenario(d)) return d;
  if (typeof d === 'object' && d !== null && 'default' in d) return (d as { default: unknown }).default;
  return d;
}

/**
 * Resolve `<scenario>`: a built-in id from `builtins`, or a path to a scenario script.
 * An unknown id is wrong usage (exit 2) and lists the built-in ids.
 *
 * @example
 * ```ts
 * const story = await loadScenario('examples/munich-to-cessation.ts', { cwd: process.cwd(), builtins: scenarios });
 * ```
 */
export async function loadScenario(
  ref: string,
  options: { cwd: string; builtins: readonly Scenario[]; seed?: number },
): Promise<Scenario> {
  const builtin = options.builtins.find((s) => s.id === ref);
  if (builtin && !looksLikePath(ref)) return builtin;
  const file = resolve(options.cwd, ref);
  if (looksLikePath(ref) || existsSync(file))
    return loadScenarioScript(file, ref, options.seed !== undefined ? { seed: options.seed } : {});
  const ids = options.builtins.map((s) => s.id).join(', ');
  throw new WrongUsage(
    `unknown scenario "${ref}"; built-in scenarios: ${ids || '(none)'}; or give a path to a .ts or .js scenario script`,
  );
}
