// Postbuild: a strict Content Security Policy for every page of out/. Next's static export puts
// inline scripts in each page (its RSC payload, our theme script); each is allowed by its hash,
// page by page, so no 'unsafe-inline' is needed. Writes:
//   out/_headers               for Netlify / Cloudflare Pages
//   .headers.generated.json    for scripts/serve.ts (npm start and the e2e tests)
//   .nginx/csp-map.conf        a `map $uri $page_csp` block for nginx (see README)
//   .nginx/locations.conf      nginx locations: headers, cache rules, compression
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { immutableCache, immutablePrefix, revalidateCache, strictTransportSecurity } from '../lib/site/cache-rules';
import { contentSecurityPolicy, securityHeaders } from '../lib/site/security-headers';
import type { HeaderConfig } from './static-server';

const out = path.join(process.cwd(), 'out');
const files = (await readdir(out, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile() && e.name.endsWith('.html'))
  .map((e) => path.join(e.parentPath, e.name));

const inlineScript = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const pages: { url: string; file: string; csp: string }[] = [];
for (const file of files.sort()) {
  const html = await readFile(file, 'utf8');
  const hashes = new Set(
    [...html.matchAll(inlineScript)]
      .filter((m) => m[1].length > 0)
      .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`),
  );
  const rel = path.relative(out, file).split(path.sep).join('/');
  const url = `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
  pages.push({ url, file: rel, csp: contentSecurityPolicy([...hashes]) });
}

// Deployment hosts serve HTTPS, so they also send HSTS (the local HTTP server does not).
const deployed = { ...securityHeaders, 'Strict-Transport-Security': strictTransportSecurity };
const common = Object.entries(deployed)
  .map(([k, v]) => `  ${k}: ${v}`)
  .join('\n');
// Only the hashed assets get a rule of their own: Netlify and Cloudflare join a header set by two
// matching rules, and both already make HTML revalidate by default.
const headersFile = [
  `/*\n${common}`,
  `${immutablePrefix}*\n  Cache-Control: ${immutableCache}`,
  ...pages.map((p) => `${p.url}\n  Content-Security-Policy: ${p.csp}`),
].join('\n\n');
await writeFile(path.join(out, '_headers'), `${headersFile}\n`);

const config: HeaderConfig = { common: { ...securityHeaders }, csp: Object.fromEntries(pages.map((p) => [p.file, p.csp])) };
await writeFile(path.join(process.cwd(), '.headers.generated.json'), JSON.stringify(config));

await mkdir(path.join(process.cwd(), '.nginx'), { recursive: true });
const map = pages.map((p) => `    ${JSON.stringify(p.url)} ${JSON.stringify(p.csp)};`).join('\n');
await writeFile(
  path.join(process.cwd(), '.nginx', 'csp-map.conf'),
  `map $uri $page_csp {\n    default ${JSON.stringify(contentSecurityPolicy([]))};\n${map}\n}\n`,
);
// Included inside `server { }`. nginx drops inherited add_header lines in a location that has
// its own, so each location carries the full set.
const nginxLocation = (prefix: string, cache: string, extra: string[] = []) =>
  [
    `location ${prefix} {`,
    ...extra,
    ...Object.entries(deployed).map(([k, v]) => `    add_header ${k} ${JSON.stringify(v)} always;`),
    '    add_header Content-Security-Policy $page_csp always;',
    `    add_header Cache-Control ${JSON.stringify(cache)} always;`,
    '}',
  ].join('\n');
await writeFile(
  path.join(process.cwd(), '.nginx', 'locations.conf'),
  [
    'gzip on;',
    'gzip_vary on;',
    'gzip_types text/css text/javascript application/javascript application/json application/xml image/svg+xml text/plain application/wasm;',
    nginxLocation(immutablePrefix, immutableCache),
    nginxLocation('/', revalidateCache, ['    try_files $uri $uri/index.html =404;']),
    'error_page 404 /404.html;',
    '',
  ].join('\n'),
);

console.log(`headers: a Content-Security-Policy for each of ${pages.length} pages`);
