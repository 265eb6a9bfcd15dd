// A static server for the benchmark, behaving as a static host would: every text file
// precompressed with brotli and gzip (negotiated by Accept-Encoding), hashed assets cached for a
// year, everything else revalidated, ETags, and unknown extension-less paths answered with
// index.html (the app's sections are client-side routes). It logs what it served, so the
// benchmark can count the JavaScript a page pulled.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

/** Reads and compresses every file under `root` once; returns path -> { raw, gzip, br, type, etag }. */
export async function loadSite(root) {
  const site = new Map();
  await Promise.all(
    (await listFiles(root)).map(async (file) => {
      const urlPath = `/${relative(root, file).split(sep).join('/')}`;
      if (urlPath.startsWith('/.vite/')) return; // Vite's manifest is build metadata, not part of the site
      const raw = await readFile(file);
      const ext = extname(file);
      const entry = { raw, type: TYPES[ext] ?? 'application/octet-stream', etag: `"${createHash('sha1').update(raw).digest('base64url')}"` };
      if (COMPRESSIBLE.has(ext)) {
        entry.gzip = await gzipAsync(raw, { level: 9 });
        entry.br = await brotliAsync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
      }
      site.set(urlPath, entry);
    }),
  );
  return site;
}

function pickEncoding(acceptEncoding, entry) {
  const accepted = String(acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';')[0]);
  if (entry.br && accepted.includes('br')) return 'br';
  if (entry.gzip && accepted.includes('gzip')) return 'gzip';
  return 'identity';
}

/**
 * Serves `root` on 127.0.0.1:`port`. Returns { origin, site, log, close }: `log` lists every
 * answered request ({ path, status, encoding, bytes }) and can be emptied between measurements.
 */
export async function serveStatic(root, port) {
  const site = await loadSite(root);
  const log = [];
  const server = createServer((request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    let entry = site.get(path);
    // A client-side route (no file extension) gets the app; a missing file is a plain 404.
    if (!entry && extname(path) === '') entry = site.get('/index.html');
    if (!entry || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(entry ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(entry ? 'Method not allowed' : 'Not found');
      log.push({ path, status: entry ? 405 : 404, encoding: 'identity', bytes: 0 });
      return;
    }
    const headers = {
      'Content-Type': entry.type,
      // Hashed file names never change content: cache them for a year; revalidate the rest.
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: entry.etag,
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    };
    if (request.headers['if-none-match'] === entry.etag) {
      response.writeHead(304, headers).end();
      log.push({ path, status: 304, encoding: 'identity', bytes: 0 });
      return;
    }
    const encoding = pickEncoding(request.headers['accept-encoding'], entry);
    const body = encoding === 'identity' ? entry.raw : entry[encoding];
    if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    log.push({ path, status: 200, encoding, bytes: body.length });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    site,
    log,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
