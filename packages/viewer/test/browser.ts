import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../../scripts/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The built page the tests open. */
export const builtPage = join(here, '..', 'dist', 'index.html');
/** Where screenshots go (gitignored). */
export const shotsDir = join(here, '..', 'screenshots');
/** Chromium where the set-up looks for it (CHROMIUM_PATH, else chromium or Chrome on the PATH). */
const found = findChromium();

/** The flags known to work with Debian's Chromium on a closed network (one list, in scripts/chromium.mjs). */
export { CHROMIUM_FLAGS };

/** The Chromium to drive; throws a message that says what to do when the page or the browser is missing. */
export function checkPrerequisites(): string {
  if (!existsSync(builtPage))
    throw new Error(
      `The viewer is not built: ${builtPage} is missing. Run \`pnpm --filter @parley/viewer build\` first.`,
    );
  if ('missing' in found)
    throw new Error(
      found.missing === 'CHROMIUM_PATH'
        ? `CHROMIUM_PATH is ${found.where}, which does not exist: point it at a Chromium or Chrome binary.`
        : `No Chromium on the PATH (${found.where}). Install Debian's: \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH); \`npm test\` does this for you.`,
    );
  return found.path;
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Messages the page printed to the console as errors, and uncaught exceptions. */
  readonly errors: string[];
  /** Requests the page tried to make to the network (anything but file: and data:). */
  readonly network: string[];
  close(): Promise<void>;
}

/** Launch Chromium with a fresh profile and open the built page from file://. */
export async function openViewer(): Promise<Session> {
  const executablePath = checkPrerequisites();
  mkdirSync(shotsDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'parley-viewer-'));
  // A fresh, empty profile each time (Playwright passes it to Chromium as --user-data-dir).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: [...CHROMIUM_FLAGS],
    viewport: { width: 1400, height: 1000 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const network: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) network.push(r.url());
  });
  await page.goto(pathToFileURL(builtPage).href);
  return {
    context,
    page,
    errors,
    network,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Save a screenshot of the whole page under `screenshots/`. */
export async function shot(page: Page, name: string): Promise<string> {
  const path = join(shotsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
