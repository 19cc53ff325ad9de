// Link integrity over the built out/: every page, every internal link and anchor, the other-locale
// twin and hreflang alternates, canonical URLs, unique titles and descriptions, sitemap and robots.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const out = path.join(process.cwd(), 'out');
const pages = readdirSync(out, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name === 'index.html')
  .map((e) => {
    const file = path.join(e.parentPath, e.name);
    const url = `/${path.relative(out, path.dirname(file)).split(path.sep).join('/')}/`.replace(/^\/\/$/, '/');
    return { url, html: readFileSync(file, 'utf8') };
  });
const byUrl = new Map(pages.map((p) => [p.url, p.html]));
const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1].replace(/&amp;/g, '&'));
const ids = (html: string) => new Set(attr(html, /\sid="([^"]+)"/g));

test('every internal link and anchor resolves', () => {
  expect(pages.length).toBeGreaterThan(200);
  const broken: string[] = [];
  for (const { url, html } of pages) {
    for (const href of attr(html, /<a[^>]+href="([^"]+)"/g)) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      const resolved = new URL(href, `http://site${url}`);
      const target = resolved.pathname;
      const targetHtml = target === url ? html : byUrl.get(target);
      const isFile = /\.(json|xml|txt|zip)$/.test(target);
      if (!targetHtml && !(isFile && readdirSafe(target))) broken.push(`${url} → ${href}`);
      else if (targetHtml && resolved.hash && !ids(targetHtml).has(decodeURIComponent(resolved.hash.slice(1))))
        broken.push(`${url} → ${href} (no anchor)`);
    }
  }
  expect(broken).toEqual([]);
});

test('every URL prefix reached by trimming a page’s path is a page', () => {
  const missing = new Set<string>();
  for (const { url } of pages) {
    const parts = url.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const prefix = `/${parts.slice(0, i).join('/')}/`;
      if (!byUrl.has(prefix)) missing.add(prefix);
    }
  }
  expect([...missing].sort()).toEqual([]);
});

function readdirSafe(target: string): boolean {
  try {
    readFileSync(path.join(out, target));
    return true;
  } catch {
    return false;
  }
}

test('every page has its other-locale twin, hreflang alternates and a canonical URL', () => {
  const problems: string[] = [];
  for (const { url, html } of pages.filter((p) => /^\/(zh|en)\//.test(p.url))) {
    const twin = url.replace(/^\/(zh|en)\//, (_m, l) => `/${l === 'zh' ? 'en' : 'zh'}/`);
    if (!byUrl.has(twin)) problems.push(`${url}: no twin ${twin}`);
    const alternates = attr(html, /<link rel="alternate" hrefLang="[^"]+" href="([^"]+)"/g).map((h) => new URL(h).pathname);
    if (!alternates.includes(url) || !alternates.includes(twin)) problems.push(`${url}: hreflang ${alternates.join(', ')}`);
    const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/g);
    if (canonical.length !== 1 || new URL(canonical[0]).pathname !== url) problems.push(`${url}: canonical ${canonical.join(', ')}`);
  }
  expect(problems).toEqual([]);
});

test('every page carries a sharing card: Open Graph and Twitter title, description, a self-hosted image per locale', () => {
  const problems: string[] = [];
  const meta = (html: string, key: string) =>
    attr(html, new RegExp(`<meta (?:property|name)="${key.replace(':', '\\:')}" content="([^"]*)"`, 'g'))[0];
  for (const { url, html } of pages.filter((p) => /^\/(zh|en)\//.test(p.url))) {
    const locale = url.slice(1, 3);
    for (const key of ['og:title', 'og:description', 'og:url', 'og:site_name', 'twitter:card', 'twitter:title'])
      if (!meta(html, key)) problems.push(`${url}: no ${key}`);
    if (meta(html, 'og:locale') !== (locale === 'zh' ? 'zh_CN' : 'en_US')) problems.push(`${url}: og:locale ${meta(html, 'og:locale')}`);
    const image = meta(html, 'og:image');
    if (!image || new URL(image).pathname !== `/og/${locale}.png` || !readdirSafe(`/og/${locale}.png`))
      problems.push(`${url}: og:image ${image}`);
  }
  expect(problems).toEqual([]);
});

test('titles and descriptions are unique per page', () => {
  const seen = new Map<string, string>();
  const duplicates: string[] = [];
  // /404/ and /_not-found/ are the same page, exported twice by Next.
  for (const { url, html } of pages.filter((p) => p.url !== '/' && p.url !== '/_not-found/')) {
    const title = attr(html, /<title>([^<]*)<\/title>/g)[0] ?? '';
    const description = attr(html, /<meta name="description" content="([^"]*)"/g)[0] ?? '';
    for (const [kind, value] of [
      ['title', title],
      ['description', description],
    ] as const) {
      const key = `${kind}:${value}`;
      if (!value) duplicates.push(`${url}: no ${kind}`);
      else if (seen.has(key)) duplicates.push(`${url}: same ${kind} as ${seen.get(key)}`);
      seen.set(key, url);
    }
  }
  expect(duplicates).toEqual([]);
});

test('sitemap.xml lists every page and robots.txt points to it', () => {
  const sitemap = readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
  const listed = new Set(attr(sitemap, /<loc>([^<]+)<\/loc>/g).map((u) => new URL(u).pathname));
  const missing = pages.map((p) => p.url).filter((u) => /^\/(zh|en)\//.test(u) && !listed.has(u));
  expect(missing).toEqual([]);
  expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
