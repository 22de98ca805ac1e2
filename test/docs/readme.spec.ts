import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

// The README's TypeScript blocks are what a new user copies first: they must compile under the project's
// strict settings and run. They are joined into one module (the second block builds on the first).
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const file = join(here, 'readme-example.generated.ts');
const blocks = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map(
  (m) => m[1]!,
);

afterAll(() => rmSync(file, { force: true }));

describe('README.md', () => {
  it('has TypeScript examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  it('its examples type-check under the strict project settings', () => {
    writeFileSync(file, `${blocks.join('\n')}\nexport {};\n`);
    const config = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const program = ts.createProgram([file], { ...options, noEmit: true });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === file)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  }, 120_000);

  it('its examples run and print what the comments say', async () => {
    writeFileSync(file, `${blocks.join('\n')}\nexport {};\n`);
    const printed: unknown[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void printed.push(...args);
    try {
      await import(`${file}?run`);
    } finally {
      console.log = log;
    }
    expect(printed[0]).toBe(120); // session.state.deal
    expect(printed[1]).toMatchObject({ status: 'cessation', goal: 'comprehensive-ceasefire' });
  });
});
