import { execFile, execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BIN, parley, ROOT, requireBuilt } from './helpers.js';

// End to end on a pseudo-terminal: `script` (util-linux) runs the BUILT binary with its standard streams
// on a pty, as a user's terminal does. Skipped only where `script` is not installed.
beforeAll(requireBuilt);
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

/** Run `parley …args` on a pseudo-terminal; everything it wrote to the terminal (stdout and stderr). */
function onTerminal(args: readonly string[]): Promise<{ code: number | null; screen: string }> {
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  return new Promise((resolve) => {
    execFile(
      'script',
      ['-qfec', command, '/dev/null'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CI: '', NO_COLOR: '1', FORCE_COLOR: '', COLUMNS: '80' },
        timeout: 200_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, screen: stdout }),
    );
  });
}

describe.skipIf(!hasScript)('parley negotiate --runs on a terminal', () => {
  it('draws a progress bar on a terminal, never with --json, never when piped', async () => {
    const args = ['negotiate', 'vienna-2016-05-17', '--runs', '30', '--seed', '1', '--workers', '0'];
    const [tty, json, piped] = await Promise.all([
      onTerminal(args),
      onTerminal([...args, '--json']),
      parley(args),
    ]);
    expect(tty.code, tty.screen).toBe(0);
    expect(tty.screen).toMatch(/negotiate \[[^\]]*\] \d+\/30/);
    expect(tty.screen).toContain('Monte Carlo: 30 negotiations of vienna-2016-05-17');
    expect(json.code, json.screen).toBe(0);
    expect(json.screen).not.toMatch(/negotiate \[/);
    expect(JSON.parse(json.screen.slice(json.screen.indexOf('{'))).summary.runs).toBe(30);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).not.toMatch(/negotiate \[/);
  });
});
