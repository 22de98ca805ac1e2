// A registry stand-in for the @parley scope: serves packuments and tarballs of the packed packages on
// 127.0.0.1, so `npm i @parley/core` and `npx -p @parley/cli parley …` run exactly as a page writes them
// (npm is pointed at it with `npm_config_@parley:registry`); every other package comes from the real
// registry (or npm's cache).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename } from 'node:path';

/** Start the registry for `{ name: tarball }`; resolves to `{ url, close }`. */
export function startRegistry(tarballs) {
  const packages = new Map();
  for (const [name, file] of Object.entries(tarballs)) {
    const bytes = readFileSync(file);
    const manifest = JSON.parse(
      execFileSync('tar', ['xzf', file, '-O', 'package/package.json'], { encoding: 'utf8' }),
    );
    packages.set(name, { manifest, bytes, file: basename(file) });
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(req.url.split('?')[0]).replace(/^\//, '');
    const tgz = [...packages.values()].find((p) => path === `-/${p.file}`);
    if (tgz) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      return res.end(tgz.bytes);
    }
    const pkg = packages.get(path);
    if (!pkg) {
      res.writeHead(404, { 'content-type': 'application/json' });
      return res.end('{"error":"not found"}');
    }
    const { manifest, bytes, file } = pkg;
    const base = `http://${req.headers.host}`;
    const version = {
      ...manifest,
      _id: `${manifest.name}@${manifest.version}`,
      dist: {
        tarball: `${base}/-/${file}`,
        shasum: createHash('sha1').update(bytes).digest('hex'),
        integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
      },
    };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        name: manifest.name,
        'dist-tags': { latest: manifest.version },
        versions: { [manifest.version]: version },
      }),
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() }),
    ),
  );
}
