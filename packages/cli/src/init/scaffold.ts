import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WrongUsage } from '../errors.js';
import { VERSION } from '../version.js';

/** What `parley init` wrote and what to run next. */
export interface Scaffolded {
  /** The project folder (absolute). */
  readonly dir: string;
  /** The package name written into package.json. */
  readonly name: string;
  /** Files written, relative to `dir`, sorted. */
  readonly files: readonly string[];
  /** The commands to run, in order, from the folder `parley init` ran in. */
  readonly next: readonly string[];
}

/** The scenario the project starts with (what `npx parley run` is shown with). */
export const STARTER_SCENARIO = 'scenarios/harbour-talks.ts';

/** A folder name as an npm package name: lower case, letters, digits, `-`, `.`, `_`. */
export function packageName(dir: string): string {
  const name = basename(dir)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|-+$/g, '');
  return name === '' ? 'parley-scenarios' : name;
}

/** The templates shipped with the CLI (`templates/project`), found from src/ or dist/. */
function templatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i += 1) {
    const candidate = join(dir, 'templates', 'project');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('the project templates of @parley/cli are missing (templates/project)');
}

function manifest(name: string): string {
  const range = `^${VERSION}`;
  const json = {
    name,
    version: '0.1.0',
    private: true,
    type: 'module',
    description: 'Negotiation scenarios with Parley',
    scripts: {
      scenario: `parley run ${STARTER_SCENARIO}`,
      test: 'vitest run',
      typecheck: 'tsc',
    },
    dependencies: { '@parley/core': range, '@parley/negotiation': range },
    devDependencies: {
      '@parley/cli': range,
      'fast-check': '^4.0.0',
      typescript: '^5.9.3',
      vitest: '^4.1.12',
    },
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function readme(name: string, next: readonly string[]): string {
  return [
    `# ${name}`,
    '',
    'Negotiation scenarios with [Parley](https://github.com/parley-sim/parley), made by `parley init`.',
    '',
    '- `agendas/harbour.ts` — the agenda: the issues and their options (`Agenda` from `@parley/negotiation`);',
    '- `scenarios/harbour-talks.ts` — a commented scenario: events, commands, a decider and a dated story;',
    '- `test/harbour-talks.test.ts` — given/when/then tests of the decider (`spec` from `@parley/core/testing`).',
    '',
    '```sh',
    ...next.filter((c) => !c.startsWith('cd ')),
    'npx parley state scenarios/harbour-talks.ts --json',
    'npm run typecheck',
    '```',
    '',
  ].join('\n');
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? listFiles(join(dir, f), `${prefix}${f}/`) : [`${prefix}${f}`],
  );
}

/**
 * Write a new scenario project into `dir` (absolute; created if missing, refused unless empty):
 * package.json, tsconfig.json, an agenda, a commented scenario, a vitest test and a README.
 * `shown` is the folder as the user typed it, for the `cd` line of {@link Scaffolded.next}.
 *
 * @example
 * ```ts
 * const { files, next } = scaffoldProject('/home/me/harbour', 'harbour');
 * next; // ['cd harbour', 'npm install', 'npx parley run scenarios/harbour-talks.ts', 'npm test']
 * ```
 */
export function scaffoldProject(dir: string, shown: string): Scaffolded {
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0))
    throw new WrongUsage(`"${shown}" is not an empty folder: give parley init a new or empty one`);
  const name = packageName(dir);
  const next = [
    ...(shown === '.' || shown === '' ? [] : [`cd ${/\s/.test(shown) ? JSON.stringify(shown) : shown}`]),
    'npm install',
    `npx parley run ${STARTER_SCENARIO}`,
    'npm test',
  ];
  mkdirSync(dir, { recursive: true });
  cpSync(templatesDir(), dir, { recursive: true });
  // npm never packs a file named .gitignore, so the template ships as `gitignore`
  renameSync(join(dir, 'gitignore'), join(dir, '.gitignore'));
  writeFileSync(join(dir, 'package.json'), manifest(name));
  writeFileSync(join(dir, 'README.md'), readme(name, next));
  return { dir, name, files: listFiles(dir).sort(), next };
}
