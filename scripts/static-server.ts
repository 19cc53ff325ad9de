// A static file server that behaves like the hosts `out/` is meant for: directory indexes,
// a 301 to the trailing slash, out/404.html with status 404, security headers and each page's
// own Content-Security-Policy (from scripts/build-headers.ts). Counts the bytes it sends, for
// benchmarks. Used by `npm start`, the e2e tests and the benchmarks.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

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
};

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

export async function startStaticServer(
  root: string,
  { port = 0, headers }: { port?: number; headers?: HeaderConfig } = {},
): Promise<StaticServer> {
  let sent = 0;
  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    const target = path.join(root, pathname);
    if (!target.startsWith(root)) return void res.writeHead(403).end();
    const isDir = existsSync(target) && statSync(target).isDirectory();
    if (isDir && !pathname.endsWith('/')) {
      const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      return void res.writeHead(301, { location: `${pathname}/${query}` }).end();
    }
    let file = isDir ? path.join(target, 'index.html') : target;
    let status = 200;
    if (!existsSync(file) || statSync(file).isDirectory()) {
      file = path.join(root, '404.html');
      status = 404;
    }
    const rel = path.relative(root, file).split(path.sep).join('/');
    const size = statSync(file).size;
    sent += size;
    res.writeHead(status, {
      ...headers?.common,
      ...(headers?.csp[rel] ? { 'content-security-policy': headers.csp[rel] } : {}),
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'content-length': size,
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://localhost:${actual}`,
    bytes: () => sent,
    reset: () => void (sent = 0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const isStringRecord = (v: unknown): v is Record<string, string> =>
  !!v && typeof v === 'object' && Object.values(v).every((x) => typeof x === 'string');

/** The headers written by scripts/build-headers.ts, checked on the way in; undefined before a build. */
export function readHeaderConfig(file: string): HeaderConfig | undefined {
  if (!existsSync(file)) return undefined;
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
