// The SCORM packages: each manifest against the rules of the SCORM content packaging model that
// an LMS checks on import (schema version, unique identifiers, items that resolve, files that
// exist, a mastery score), and each launch page against "nothing outside the package".
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../lib/content/build.server';
import type { Corpus } from '../lib/content/corpus';
import { locales } from '../lib/i18n/locales';
import { manifestXml } from '../lib/scorm/manifest';
import { buildPackage } from '../lib/scorm/package.server';
import { MASTERY, scormVersions, type ScormVersion } from '../lib/scorm/spec';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await buildCorpus(path.join(__dirname, '..', 'content'));
}, 120_000);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'resource', 'file', 'dependency'].includes(name),
});

type Node = Record<string, unknown>;
const nodes = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : value ? [value as Node] : []);
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const attr = (node: Node, name: string) => text(node[`@${name}`]);

/** Everything an LMS would refuse or warn about in a package, as sentences (empty when fine). */
function problems(files: Record<string, Uint8Array>, version: ScormVersion): string[] {
  const found: string[] = [];
  const xml = files['imsmanifest.xml'];
  if (!xml) return ['no imsmanifest.xml at the root'];
  const { manifest } = parser.parse(strFromU8(xml)) as { manifest: Node };
  const metadata = manifest.metadata as Node;
  if (metadata.schema !== 'ADL SCORM') found.push(`schema is ${text(metadata.schema)}`);
  const expected = version === '1.2' ? '1.2' : '2004 4th Edition';
  if (text(metadata.schemaversion) !== expected) found.push(`schemaversion is ${text(metadata.schemaversion)}, not ${expected}`);
  const organizations = manifest.organizations as Node;
  const orgs = nodes(organizations.organization);
  const resources = nodes((manifest.resources as Node).resource);
  const items = orgs.flatMap((o) => nodes(o.item));
  const ids = [
    attr(manifest, 'identifier'),
    ...orgs.map((o) => attr(o, 'identifier')),
    ...items.map((i) => attr(i, 'identifier')),
    ...resources.map((r) => attr(r, 'identifier')),
  ];
  if (new Set(ids).size !== ids.length) found.push(`identifiers repeat: ${ids.join(' ')}`);
  for (const id of ids) if (!/^[A-Za-z_][\w.-]*$/.test(id)) found.push(`identifier "${id}" is not an XML ID`);
  if (!orgs.some((o) => attr(o, 'identifier') === attr(organizations, 'default'))) found.push('the default organization does not exist');
  const scormType = version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType';
  const byId = new Map(resources.map((r) => [attr(r, 'identifier'), r]));
  for (const item of items) {
    const resource = byId.get(attr(item, 'identifierref'));
    if (!resource) found.push(`item ${attr(item, 'identifier')} points at no resource`);
    else if (attr(resource, scormType) !== 'sco')
      found.push(`item ${attr(item, 'identifier')} launches a ${attr(resource, scormType)}, not a sco`);
    if (!text(item.title).trim()) found.push(`item ${attr(item, 'identifier')} has no title`);
    const mastery =
      version === '1.2'
        ? Number(item['adlcp:masteryscore']) / 100
        : Number(
            (((item['imsss:sequencing'] as Node)?.['imsss:objectives'] as Node)?.['imsss:primaryObjective'] as Node)?.[
              'imsss:minNormalizedMeasure'
            ],
          );
    if (mastery !== MASTERY) found.push(`item ${attr(item, 'identifier')} states mastery ${mastery}`);
  }
  const listed = new Set<string>();
  for (const r of resources) {
    if (!['sco', 'asset'].includes(attr(r, scormType))) found.push(`resource ${attr(r, 'identifier')} has no ${scormType}`);
    if (attr(r, scormType) === 'sco' && !files[attr(r, 'href')])
      found.push(`resource ${attr(r, 'identifier')} launches missing ${attr(r, 'href')}`);
    for (const f of nodes(r.file)) {
      listed.add(attr(f, 'href'));
      if (!files[attr(f, 'href')]) found.push(`file ${attr(f, 'href')} is listed but not in the package`);
    }
    for (const d of nodes(r.dependency))
      if (!byId.has(attr(d, 'identifierref'))) found.push(`dependency ${attr(d, 'identifierref')} does not exist`);
  }
  for (const name of Object.keys(files))
    if (name !== 'imsmanifest.xml' && !listed.has(name)) found.push(`${name} is in the package but no resource lists it`);
  // Nothing outside the package: every src and href of every page is a file in it.
  for (const [name, bytes] of Object.entries(files)) {
    if (!name.endsWith('.html')) continue;
    for (const [, target] of strFromU8(bytes).matchAll(/\s(?:src|href)="([^"]*)"/g)) {
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(name), target));
      if (/^[a-z]+:|^\/\//i.test(target) || !files[resolved]) found.push(`${name} refers to ${target}, not a file of the package`);
    }
  }
  return found;
}

describe('SCORM packages', () => {
  const names = () => ['course', ...corpus.modules.map((m) => m.slug)];
  for (const version of scormVersions)
    it(`SCORM ${version}: every unit and the course, in both languages, is a package an LMS accepts`, () => {
      for (const locale of locales)
        for (const name of names()) {
          const files = unzipSync(buildPackage(corpus, locale, name, version));
          expect(problems(files, version), `${locale} ${name}`).toEqual([]);
          const pages = Object.keys(files).filter((f) => f.endsWith('.html'));
          expect(pages).toHaveLength(name === 'course' ? corpus.modules.length : 1);
        }
    });

  it('the course lists the units in their order, each with its title in the chosen language', () => {
    const { manifest } = parser.parse(strFromU8(unzipSync(buildPackage(corpus, 'en', 'course', '2004'))['imsmanifest.xml'])) as {
      manifest: Node;
    };
    const titles = nodes(nodes((manifest.organizations as Node).organization)[0].item).map((i) => text(i.title));
    expect(titles).toEqual([...corpus.modules].sort((a, b) => a.facts.order - b.facts.order).map((m) => m.text.en.title));
  });

  it('a unit page carries its quiz with the answers of the corpus, and the package is the same bytes when rebuilt', () => {
    const unit = corpus.modules[0];
    const bytes = buildPackage(corpus, 'zh', unit.slug, '1.2');
    expect(buildPackage(corpus, 'zh', unit.slug, '1.2')).toEqual(bytes);
    const html = strFromU8(unzipSync(bytes)['index.html']);
    for (const q of unit.doc.zh.quiz) {
      const answer = q.choices.flatMap((c, i) => (c.correct ? [i + 1] : [])).join(',');
      expect(html).toContain(`data-question="${q.id}" data-kind="${q.kind}" data-answer="${answer}"`);
    }
    expect(html).toContain('<html lang="zh-CN" data-scorm="1.2">');
  });

  it('the checks catch a broken package', () => {
    const good = unzipSync(buildPackage(corpus, 'en', 'course', '1.2'));
    const missingScript = { ...good };
    delete missingScript['sco.js'];
    expect(problems(missingScript, '1.2')).toContain('file sco.js is listed but not in the package');
    const stray = { ...good, 'extra.txt': new Uint8Array([1]) };
    expect(problems(stray, '1.2')).toContain('extra.txt is in the package but no resource lists it');
    const duplicate = manifestXml({
      version: '2004',
      identifier: 'm',
      title: 'T',
      shared: [],
      units: [
        { slug: 'a', title: 'A', href: 'a.html' },
        { slug: 'a', title: 'A', href: 'a.html' },
      ],
    });
    expect(problems({ 'imsmanifest.xml': new TextEncoder().encode(duplicate), 'a.html': new Uint8Array() }, '2004').join('\n')).toMatch(
      /identifiers repeat/,
    );
    const outside = {
      ...good,
      [Object.keys(good).find((f) => f.endsWith('.html'))!]: new TextEncoder().encode('<script src="https://example.org/x.js"></script>'),
    };
    expect(problems(outside, '1.2').join('\n')).toMatch(/refers to https:\/\/example.org\/x.js/);
  });
});
