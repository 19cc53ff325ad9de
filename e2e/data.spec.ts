// What reusers download: the data export against its published JSON Schema (validated by ajv,
// not by our own zod), the Atom feeds against RFC 4287's rules, the sitemap against the
// sitemaps protocol with hreflang alternates. Read from the served site, as a reuser would.
import { expect, test, type APIRequestContext } from '@playwright/test';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { provisionsExport } from '../lib/provisions/data-export';

async function compile(request: APIRequestContext, schemaUrl: string): Promise<ValidateFunction> {
  const schema: unknown = await (await request.get(schemaUrl)).json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  if (!schema || typeof schema !== 'object') throw new Error(`${schemaUrl} is not a schema`);
  return ajv.compile(schema);
}
const errorsOf = (v: ValidateFunction) => (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

test('provisions.json validates against its JSON Schema, and a broken copy does not', async ({ request }) => {
  const validate = await compile(request, '/data/provisions.schema.json');
  const data: unknown = await (await request.get('/data/provisions.json')).json();
  expect(validate(data), errorsOf(validate).join('\n')).toBe(true);

  const record = provisionsExport.parse(data);
  expect(record.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
  expect(Date.now() - Date.parse(record.generated)).toBeLessThan(7 * 24 * 3600 * 1000);
  const schema = z.object({ version: z.string() }).parse(await (await request.get('/data/provisions.schema.json')).json());
  expect(schema.version).toBe(record.schemaVersion);

  // The validator must be able to say no: a provision without its text, a bad status, another version.
  const withoutText = Object.fromEntries(Object.entries(record.provisions[0]).filter(([k]) => k !== 'text'));
  for (const broken of [
    { ...record, provisions: [withoutText, ...record.provisions.slice(1)] },
    { ...record, provisions: [{ ...record.provisions[0], status: 'maybe' }] },
    { ...record, schemaVersion: '0.0.1' },
    { ...record, generated: 'yesterday' },
  ])
    expect(validate(broken)).toBe(false);
});

test('every per-provision file validates against the provision schema', async ({ request }) => {
  const validate = await compile(request, '/data/provision.schema.json');
  const ids = provisionsExport.parse(await (await request.get('/data/provisions.json')).json()).provisions.map((p) => p.id);
  expect(ids.length).toBeGreaterThan(50);
  const failures: string[] = [];
  for (const id of ids) {
    const data: unknown = await (await request.get(`/data/provisions/${id}.json`)).json();
    if (!validate(data)) failures.push(`${id}: ${errorsOf(validate).join('; ')}`);
  }
  expect(failures).toEqual([]);
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link', 'url', 'xhtml:link'].includes(name),
});
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const absoluteIri = /^(?:https?:\/\/|tag:|urn:)\S+$/;

for (const locale of ['zh', 'en']) {
  test(`the ${locale} feed is well-formed Atom: ids, titles, updated, author, links`, async ({ request }) => {
    const res = await request.get(`/${locale}/feed.xml`);
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const link = z.object({ '@href': z.string(), '@rel': z.string().optional() });
    const entry = z.object({ id: z.string(), title: z.string(), updated: z.string(), link: z.array(link) });
    const { feed } = z
      .object({
        feed: z.object({
          '@xmlns': z.string(),
          id: z.string(),
          title: z.string(),
          updated: z.string(),
          author: z.object({ name: z.string() }).optional(),
          link: z.array(link),
          entry: z.array(entry),
        }),
      })
      .parse(parser.parse(xml));
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(absoluteIri);
    expect(feed.title.length).toBeGreaterThan(0);
    expect(feed.updated).toMatch(rfc3339);
    expect(feed.author?.name.length).toBeGreaterThan(0); // required at feed level when entries have none
    const self = feed.link.find((l) => l['@rel'] === 'self');
    expect(self?.['@href']).toMatch(new RegExp(`^https?://[^/]+/${locale}/feed\\.xml$`));
    expect(feed.entry.length).toBeGreaterThanOrEqual(3);
    const ids = feed.entry.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of feed.entry) {
      expect(e.id).toMatch(absoluteIri);
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.updated).toMatch(rfc3339);
      expect(e.updated <= feed.updated).toBe(true);
      for (const l of e.link) expect(l['@href']).toMatch(/^https?:\/\//);
    }
  });
}

test('the sitemap follows the sitemaps protocol, with hreflang alternates for both languages', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const alternate = z.object({ '@rel': z.string(), '@hreflang': z.string(), '@href': z.string() });
  const { urlset } = z
    .object({
      urlset: z.object({
        '@xmlns': z.string(),
        '@xmlns:xhtml': z.string(),
        url: z.array(z.object({ loc: z.string(), 'xhtml:link': z.array(alternate) })),
      }),
    })
    .parse(parser.parse(xml));
  expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  expect(urlset['@xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
  expect(urlset.url.length).toBeGreaterThan(100);
  expect(urlset.url.length).toBeLessThanOrEqual(50_000);
  expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(50 * 1024 * 1024);
  const locs = urlset.url.map((u) => u.loc);
  expect(new Set(locs).size).toBe(locs.length);
  const origin = new URL(locs[0]).origin;
  for (const u of urlset.url) {
    expect(u.loc.length).toBeLessThan(2048);
    expect(new URL(u.loc).origin).toBe(origin); // one host per sitemap
    const langs = u['xhtml:link'].map((l) => l['@hreflang']).sort();
    expect(langs, u.loc).toEqual(['en', 'zh-CN']);
    // Each alternate set includes the page itself.
    expect(u['xhtml:link'].map((l) => l['@href'])).toContain(u.loc);
    for (const l of u['xhtml:link']) expect(l['@rel']).toBe('alternate');
  }
  // Every alternate is itself listed, so the pair is reciprocal.
  const listed = new Set(locs);
  for (const u of urlset.url) for (const l of u['xhtml:link']) expect(listed.has(l['@href']), l['@href']).toBe(true);
});
