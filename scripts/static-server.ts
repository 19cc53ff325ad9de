// A static file server that behaves like the hosts `out/` is meant for: directory indexes,
// a 301 to the trailing slash, out/404.html with status 404, security headers and each page's
// own Content-Security-Policy (from scripts/build-headers.ts), cache rules, gzip or brotli,
// ETags and byte ranges. It serves nothing outside its root: a path is refused before it is
// joined if it could climb out, and a file is served only if its real path is inside the root.
// Counts the bytes it sends, for benchmarks. Used by `npm start`, the e2e tests and the benchmarks.
import { createReadStream, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { cacheControlFor } from '../lib/site/cache-rules';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
};
/** Text formats worth compressing; images, fonts and Pagefind's packed files already are. */
const compressible = new Set(['.html', '.js', '.css', '.json', '.xml', '.txt', '.svg', '.wasm', '.webmanifest']);
const maxUrlLength = 8192;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip); // what nginx and most hosts accept

export interface HeaderConfig {
  common: Record<string, string>;
  csp: Record<string, string>;
}
interface StaticServer {
  url: string;
  bytes: () => number;
  reset: () => void;
  close: () => Promise<void>;
}

/** Where a request target leads inside `root` (a real path), or why it is refused. */
export type Resolution =
  | { kind: 'file'; file: string; stats: Stats }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'refused'; status: 400 | 414 };

const within = (root: string, target: string) => target === root || target.startsWith(root + path.sep);

/** Undefined for anything that is not there or cannot be looked at (too long a name, no access). */
function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

export function resolveRequest(root: string, target: string): Resolution {
  if (target.length > maxUrlLength) return { kind: 'refused', status: 414 };
  // Origin form only ("/path?query"); "//host" would make our own redirects point off-site.
  if (!target.startsWith('/') || target.startsWith('//')) return { kind: 'refused', status: 400 };
  const q = target.indexOf('?');
  const rawPath = q === -1 ? target : target.slice(0, q);
  const query = q === -1 ? '' : target.slice(q);
  // An encoded separator or NUL has no business in a page path, and "\" is a separator on Windows.
  if (/%(?:2f|5c|00)/i.test(rawPath) || rawPath.includes('\\')) return { kind: 'refused', status: 400 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  const segments = pathname.split('/').slice(1);
  if (pathname.includes('\0') || segments.some((s) => s === '..' || s === '.')) return { kind: 'refused', status: 400 };
  if (segments.slice(0, -1).some((s) => s === '')) return { kind: 'refused', status: 400 };

  const joined = path.join(root, ...segments);
  if (!within(root, joined)) return { kind: 'refused', status: 400 };
  const stats = statOf(joined);
  if (stats?.isDirectory() && !pathname.endsWith('/')) return { kind: 'redirect', location: `${rawPath}/${query}` };
  const file = stats?.isDirectory() ? path.join(joined, 'index.html') : joined;
  const fileStats = statOf(file);
  if (!fileStats?.isFile()) return { kind: 'not-found' };
  // A symlink inside out/ may point anywhere: serve it only if it lands inside the root.
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return { kind: 'not-found' }; // a symlink loop
  }
  if (!within(root, real)) return { kind: 'not-found' };
  return { kind: 'file', file, stats: fileStats };
}

/** The encoding to send for an Accept-Encoding header: brotli, then gzip, else none. */
export function chooseEncoding(accept: string | undefined): 'br' | 'gzip' | undefined {
  const offered = new Map<string, number>();
  for (const part of (accept ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    offered.set(name, qParam ? Number(qParam.slice(2)) || 0 : 1);
  }
  const accepts = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : undefined;
}

/** One byte range from a Range header: the range, 'unsatisfiable', or undefined to send it all. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const m = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!m || (m[1] === '' && m[2] === '')) return undefined; // several ranges or malformed: ignored, as RFC 9110 allows
  if (m[1] === '') {
    const suffix = Number(m[2]);
    return suffix === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start >= size || end < start ? 'unsatisfiable' : { start, end };
}

export async function startStaticServer(
  rootDir: string,
  { port = 0, headers, compression = true }: { port?: number; headers?: HeaderConfig; compression?: boolean } = {},
): Promise<StaticServer> {
  const root = realpathSync(rootDir);
  // Each file is compressed once, off the event loop (brotli at its best setting takes a third of
  // a second on the data export), and every request for it shares that one result.
  const compressed = new Map<string, Promise<Buffer>>();
  let sent = 0;

  function compress(file: string, stats: Stats, encoding: 'br' | 'gzip'): Promise<Buffer> {
    const key = `${encoding}:${stats.mtimeMs}:${file}`;
    let body = compressed.get(key);
    if (!body) {
      body = readFile(file).then((raw) =>
        encoding === 'br'
          ? brotli(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
          : gzipAsync(raw, { level: 9 }),
      );
      compressed.set(key, body);
      body.catch(() => compressed.delete(key));
    }
    return body;
  }

  function send(req: IncomingMessage, res: ServerResponse, file: string, stats: Stats, status: 200 | 404) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    const ext = path.extname(file);
    const etag = `"${stats.size.toString(36)}-${Math.trunc(stats.mtimeMs).toString(36)}"`;
    const base: Record<string, string | number> = {
      ...headers?.common,
      ...(headers?.csp[rel] ? { 'content-security-policy': headers.csp[rel] } : {}),
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': cacheControlFor(`/${rel}`),
      'last-modified': stats.mtime.toUTCString(),
      etag,
      ...(compressible.has(ext) ? { vary: 'Accept-Encoding' } : { 'accept-ranges': 'bytes' }),
    };
    if (status === 200 && req.headers['if-none-match'] === etag) return void res.writeHead(304, base).end();

    // `compression: false` only for the benchmark that measures what compression is worth.
    const encoding = compression && compressible.has(ext) ? chooseEncoding(req.headers['accept-encoding']) : undefined;
    if (encoding)
      return void compress(file, stats, encoding).then(
        (body) => {
          res.writeHead(status, { ...base, 'content-encoding': encoding, 'content-length': body.length });
          if (req.method === 'HEAD') return void res.end();
          sent += body.length;
          res.end(body);
        },
        () => res.destroy(),
      );

    const ifRange = req.headers['if-range'];
    const range =
      status === 200 && !compressible.has(ext) && (!ifRange || ifRange === etag) ? parseRange(req.headers.range, stats.size) : undefined;
    if (range === 'unsatisfiable') return void res.writeHead(416, { ...base, 'content-range': `bytes */${stats.size}` }).end();
    const { start, end } = range ?? { start: 0, end: stats.size - 1 };
    const length = Math.max(0, end - start + 1);
    res.writeHead(range ? 206 : status, {
      ...base,
      'content-length': length,
      ...(range ? { 'content-range': `bytes ${start}-${end}/${stats.size}` } : {}),
    });
    if (req.method === 'HEAD' || length === 0) return void res.end();
    sent += length;
    createReadStream(file, { start, end })
      .on('error', () => res.destroy())
      .pipe(res);
  }

  const server = createServer((req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD', 'content-length': 0 }).end();
      const found = resolveRequest(root, req.url ?? '');
      switch (found.kind) {
        case 'refused':
          return void res
            .writeHead(found.status, { 'content-type': 'text/plain; charset=utf-8' })
            .end(found.status === 414 ? 'URI too long\n' : 'Bad request\n');
        case 'redirect':
          return void res.writeHead(301, { location: found.location, 'content-length': 0 }).end();
        case 'file':
          return send(req, res, found.file, found.stats, 200);
        case 'not-found': {
          const page = path.join(root, '404.html');
          const stats = statOf(page);
          if (!stats) return void res.writeHead(404, { 'content-length': 0 }).end();
          return send(req, res, page, stats, 404);
        }
      }
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'content-length': 0 });
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://localhost:${actual}`,
    bytes: () => sent,
    reset: () => void (sent = 0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const isStringRecord = (v: unknown): v is Record<string, string> =>
  !!v && typeof v === 'object' && Object.values(v).every((x) => typeof x === 'string');

/** The headers written by scripts/build-headers.ts, checked on the way in; undefined before a build. */
export function readHeaderConfig(file: string): HeaderConfig | undefined {
  if (!statOf(file)) return undefined;
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (
    !data ||
    typeof data !== 'object' ||
    !('common' in data) ||
    !('csp' in data) ||
    !isStringRecord(data.common) ||
    !isStringRecord(data.csp)
  )
    throw new Error(`${file} is not a header configuration: run npm run build`);
  return { common: data.common, csp: data.csp };
}
