// Where Chromium is, for the set-up (scripts/setup.mjs) and the viewer's browser tests
// (packages/viewer/test/browser.ts), so that both look in the same places: CHROMIUM_PATH when it is set
// (and then only there), otherwise the first Chromium or Chrome on the PATH. Debian's package puts it at
// /usr/bin/chromium, which is on every ordinary PATH.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The names a Chromium or Chrome binary goes by, in the order they are looked for on the PATH. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** Where Debian's `chromium` package installs it. */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The first executable file called `name` in the folders of `path` (a PATH value), or undefined.
 *
 * @param {string} name
 * @param {string | undefined} path
 * @returns {string | undefined}
 */
export function onPath(name, path) {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '') continue;
    const file = join(dir, name);
    try {
      if (!statSync(file).isFile()) continue;
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not there, or not executable: look further
    }
  }
  return undefined;
}

/**
 * Find Chromium: `{ path }` when found, `{ missing }` (CHROMIUM_PATH set to a file that is not there,
 * or nothing on the PATH) otherwise.
 *
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ path: string } | { missing: 'CHROMIUM_PATH' | 'PATH', where: string }}
 */
export function findChromium(env = process.env) {
  const given = env.CHROMIUM_PATH;
  if (given !== undefined && given !== '') {
    try {
      accessSync(given, constants.X_OK);
      return { path: given };
    } catch {
      return { missing: 'CHROMIUM_PATH', where: given };
    }
  }
  for (const name of CHROMIUM_NAMES) {
    const path = onPath(name, env.PATH);
    if (path) return { path };
  }
  return { missing: 'PATH', where: `${CHROMIUM_NAMES.slice(0, -1).join(', ')} or ${CHROMIUM_NAMES.at(-1)}` };
}

/** The flags known to work with Debian's Chromium on a closed network (see the machine notes); Playwright's
 * launch() gives every run a fresh, empty --user-data-dir of its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
