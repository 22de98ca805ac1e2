// What the registry shows of a package, checked on its manifest and its packed tarball (issue 14):
// a README with absolute links only, repository/homepage/bugs/keywords/license and a LICENSE file,
// `publishConfig.access: "public"`, published exports equal to the workspace's minus the `@parley/source`
// condition, and no duplicate source (source maps embed their sources, so `src/` is not shipped — and if
// it ever is, declaration maps must come with it). Returns a list of problems.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const withoutSource = (exports) =>
  Object.fromEntries(
    Object.entries(exports).map(([k, v]) => [
      k,
      typeof v === 'object' && v !== null
        ? Object.fromEntries(Object.entries(v).filter(([c]) => c !== '@parley/source'))
        : v,
    ]),
  );

/** Problems of `pkg` (`{ dir, json }`) and its tarball `tgz`. */
export function manifestProblems(pkg, tgz) {
  const { json, dir } = pkg;
  const problems = [];
  const need = (ok, what) => ok || problems.push(`${json.name}: ${what}`);
  need(existsSync(join(dir, 'README.md')), 'has no README.md');
  if (existsSync(join(dir, 'README.md'))) {
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const [, href] of readme.matchAll(/\]\(([^)\s]+)\)/g))
      need(/^(https?:|mailto:|#)/.test(href), `README link "${href}" is relative (broken on the registry)`);
    need(
      /node10[^\n]*\n?[^\n]*not supported/.test(readme) || json.typesVersions !== undefined,
      'README must state that node10 resolution is not supported (or the package needs typesVersions)',
    );
  }
  need(existsSync(join(dir, 'CHANGELOG.md')), 'has no CHANGELOG.md (changesets writes it on release)');
  const changesets = JSON.parse(readFileSync(join(dir, '..', '..', '.changeset', 'config.json'), 'utf8'));
  need(
    changesets.fixed?.some((group) => group.includes(json.name)),
    'is not in the fixed version group of .changeset/config.json (the packages are released together)',
  );
  need(existsSync(join(dir, 'LICENSE')) && typeof json.license === 'string', 'needs a license and LICENSE');
  need(
    json.repository?.url?.startsWith('git+https://') &&
      json.repository.directory === `packages/${basename(dir)}`,
    'repository { url, directory } missing or wrong',
  );
  need(typeof json.homepage === 'string' && json.homepage.startsWith('https://'), 'homepage missing');
  need(typeof json.bugs?.url === 'string', 'bugs.url missing');
  need(Array.isArray(json.keywords) && json.keywords.length > 0, 'keywords missing');
  need(json.publishConfig?.access === 'public', 'publishConfig.access is not "public"');
  need(
    JSON.stringify(json.publishConfig?.exports) === JSON.stringify(withoutSource(json.exports)),
    'publishConfig.exports must equal exports without the @parley/source condition',
  );

  const files = execFileSync('tar', ['tzf', tgz], { encoding: 'utf8' }).trim().split('\n');
  const shipped = new Set(files.map((f) => f.replace(/^package\//, '')));
  const packedManifest = JSON.parse(
    execFileSync('tar', ['xzf', tgz, '-O', 'package/package.json'], { encoding: 'utf8' }),
  );
  need(
    !JSON.stringify(packedManifest.exports).includes('@parley/source'),
    'the packed exports keep @parley/source',
  );
  need(
    !JSON.stringify(packedManifest).includes('workspace:'),
    'the packed manifest keeps a workspace: range',
  );
  const src = [...shipped].filter((f) => f.startsWith('src/'));
  const maps = [...shipped].filter((f) => f.endsWith('.js.map') || f.endsWith('.cjs.map'));
  if (src.length > 0) {
    need(
      [...shipped].some((f) => f.endsWith('.d.ts.map')),
      'ships src/ without declaration maps (.d.ts.map)',
    );
    for (const m of maps) {
      const map = JSON.parse(execFileSync('tar', ['xzf', tgz, '-O', `package/${m}`], { encoding: 'utf8' }));
      need(!map.sourcesContent, `${m} embeds its sources although src/ ships too (duplicate source)`);
    }
  } else {
    for (const m of maps) {
      const map = JSON.parse(execFileSync('tar', ['xzf', tgz, '-O', `package/${m}`], { encoding: 'utf8' }));
      need(
        map.sources.length === 0 ||
          (Array.isArray(map.sourcesContent) &&
            map.sourcesContent.length === map.sources.length &&
            map.sourcesContent.every((c) => typeof c === 'string')),
        `${m} does not embed its sources and src/ is not shipped`,
      );
    }
  }
  return problems;
}
