// The static server behind `npm start`: hostile request targets never reach a byte outside its
// root, and the production behaviour (methods, redirects, caching, compression, ranges) holds.
// Requests go over a raw socket so that nothing on the client side normalises the path first.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, parseRange, startStaticServer } from '../scripts/static-server';

const secret = 'SECRET-FROM-OUTSIDE-THE-ROOT';
let base: string;
let server: Awaited<ReturnType<typeof startStaticServer>>;
let port: number;

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'static-server-'));
  const out = path.join(base, 'out');
  for (const dir of ['zh', '_next/static/chunks', 'data']) mkdirSync(path.join(out, dir), { recursive: true });
  writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(path.join(out, 'zh', 'index.html'), `<!doctype html><title>zh</title>${'内容'.repeat(2000)}`);
  writeFileSync(path.join(out, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(path.join(out, '_next/static/chunks/app-0123abcd.js'), 'console.log("hashed");'.repeat(100));
  writeFileSync(path.join(out, 'data', 'blob.png'), Buffer.from('0123456789'));
  // What must never be served: a sibling whose name starts with the root's, a file beside it,
  // and symlinks inside the root pointing at both.
  mkdirSync(path.join(base, 'out-anything'));
  writeFileSync(path.join(base, 'out-anything', 's.txt'), secret);
  writeFileSync(path.join(base, 'secret.txt'), secret);
  symlinkSync(path.join(base, 'secret.txt'), path.join(out, 'link.txt'));
  symlinkSync(path.join(base, 'out-anything'), path.join(out, 'linkdir'));
  server = await startStaticServer(out);
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}
/** One request exactly as written, over a socket; the response parsed by hand. */
function raw(method: string, target: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, 'localhost');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split).toString('latin1').split('\r\n');
      const status = Number(head[0].split(' ')[1]);
      const parsed = Object.fromEntries(
        head.slice(1).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      resolve({ status, headers: parsed, body: all.subarray(split + 4) });
    });
    const extra = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\n${extra}Connection: close\r\n\r\n`, 'latin1');
  });
}

// Traversal in every spelling a client might try, to a sibling folder, a file beside the root
// and a system file, at several depths.
const climbs = [
  '../',
  '..%2f',
  '..%2F',
  '%2e%2e/',
  '%2e%2e%2f',
  '%2E%2E%2F',
  '.%2e/',
  '%2e./',
  '..%5c',
  '..\\',
  '%2e%2e%5c',
  '%252e%252e%252f',
  '..%c0%af',
  '..%255c',
  '....//',
  '..;/',
  '%c0%ae%c0%ae/',
];
const destinations = ['out-anything/s.txt', 'secret.txt', 'etc/passwd'];
const traversals = climbs.flatMap((climb) => destinations.flatMap((dest) => [1, 2, 4].map((depth) => `/${climb.repeat(depth)}${dest}`)));
const oddTargets = [
  '/%00',
  '/index.html%00.png',
  '/zh%00/',
  '/zh/%2f..%2f..%2fsecret.txt',
  '//out-anything/s.txt',
  '///etc/passwd',
  '/link.txt',
  '/linkdir/s.txt',
  '/linkdir/',
  '/linkdir',
  `/${'a'.repeat(5000)}`,
  `/${'a'.repeat(9000)}`,
  `/${'../'.repeat(500)}secret.txt`,
  '/zh/../../secret.txt',
  '/./secret.txt',
  '/zh/./../..//secret.txt',
  'http://localhost/../secret.txt',
  '*',
  'secret.txt',
  '/%',
  '/%zz',
  '/%e4%b8',
  '/\\..\\secret.txt',
];
const oddMethods = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL'];

describe('hostile requests never leave the root', () => {
  const cases = [
    ...traversals.map((target) => ({ method: 'GET', target })),
    ...oddTargets.map((target) => ({ method: 'GET', target })),
    ...oddTargets.map((target) => ({ method: 'HEAD', target })),
    ...oddMethods.flatMap((method) => ['/', '/../secret.txt', '/zh/'].map((target) => ({ method, target }))),
  ];

  it(`tries ${cases.length} hostile requests, each refused or answered from inside the root`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const leaked: string[] = [];
    const served: string[] = [];
    for (const { method, target } of cases) {
      const r = await raw(method, target);
      if (r.body.includes(secret)) leaked.push(`${method} ${target.slice(0, 80)}`);
      // Only a refusal, a not-found page or a redirect inside the site is acceptable.
      if (![301, 400, 404, 405, 414].includes(r.status)) served.push(`${method} ${target.slice(0, 80)} → ${r.status}`);
      if (r.status === 301) expect(r.headers.location, target).toMatch(/^\/[^/\\]/);
    }
    console.log(`static server: ${cases.length} hostile requests tried, ${leaked.length} leaked`);
    expect(leaked).toEqual([]);
    expect(served).toEqual([]);
  });

  it('refuses other methods with 405 and names the allowed ones', async () => {
    const r = await raw('POST', '/');
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
  });

  it('refuses encoded separators, NUL, dot segments and malformed escapes with 400, long URLs with 414', async () => {
    for (const target of ['/..%2fout-anything%2fs.txt', '/a%00', '/zh/../index.html', '/%zz', '//zh/'])
      expect((await raw('GET', target)).status, target).toBe(400);
    expect((await raw('GET', `/${'x'.repeat(9000)}`)).status).toBe(414);
  });

  it('does not follow a symlink out of the root', async () => {
    for (const target of ['/link.txt', '/linkdir/s.txt']) {
      const r = await raw('GET', target);
      expect(r.status, target).toBe(404);
      expect(r.body.toString()).toContain('not found');
    }
  });
});

describe('production behaviour', () => {
  it('serves pages, redirects folders to the trailing slash and keeps the query', async () => {
    expect((await raw('GET', '/')).status).toBe(200);
    const r = await raw('GET', '/zh?q=1');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/zh/?q=1');
    const missing = await raw('GET', '/nope/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('not found');
  });

  it('caches hashed assets for a year and makes everything else revalidate', async () => {
    expect((await raw('GET', '/_next/static/chunks/app-0123abcd.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await raw('GET', '/zh/')).headers['cache-control']).toBe('no-cache');
  });

  it('compresses text with brotli or gzip as the client prefers, and says it varies', async () => {
    const page = '内容'.repeat(2000);
    const br = await raw('GET', '/zh/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toContain(page);
    expect(Number(br.headers['content-length'])).toBeLessThan(Buffer.byteLength(page) / 10);
    const gz = await raw('GET', '/zh/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toContain(page);
    const plain = await raw('GET', '/zh/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toContain(page);
  });

  it('answers a matching ETag with 304 and HEAD with headers only', async () => {
    const first = await raw('GET', '/');
    const again = await raw('GET', '/', { 'If-None-Match': first.headers.etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await raw('HEAD', '/');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBe(first.body.length);
    expect(head.body.length).toBe(0);
  });

  it('serves one byte range, refuses an unsatisfiable one and ignores several', async () => {
    const part = await raw('GET', '/data/blob.png', { Range: 'bytes=2-4' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe('bytes 2-4/10');
    expect(part.body.toString()).toBe('234');
    const bad = await raw('GET', '/data/blob.png', { Range: 'bytes=20-' });
    expect(bad.status).toBe(416);
    expect(bad.headers['content-range']).toBe('bytes */10');
    const several = await raw('GET', '/data/blob.png', { Range: 'bytes=0-1,3-4' });
    expect(several.status).toBe(200);
    expect(several.body.toString()).toBe('0123456789');
  });
});

describe('header parsing', () => {
  it('chooses the encoding by the client’s weights', () => {
    expect(chooseEncoding('gzip, br')).toBe('br');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding(undefined)).toBeUndefined();
  });
  it('reads single byte ranges, suffixes and open ends', () => {
    expect(parseRange('bytes=0-0', 5)).toEqual({ start: 0, end: 0 });
    expect(parseRange('bytes=-2', 5)).toEqual({ start: 3, end: 4 });
    expect(parseRange('bytes=3-', 5)).toEqual({ start: 3, end: 4 });
    expect(parseRange('bytes=2-99', 5)).toEqual({ start: 2, end: 4 });
    expect(parseRange('bytes=4-2', 5)).toBe('unsatisfiable');
    expect(parseRange('items=0-1', 5)).toBeUndefined();
    expect(parseRange(undefined, 5)).toBeUndefined();
  });
});
