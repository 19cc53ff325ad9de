// The public data shape of a provision, for /data/provisions.json and /data/provisions/…json:
// metadata plus text in both locales, without compiled code. The zod schema is the contract and
// is served as JSON Schema beside the data. Versioned: reusers read `schemaVersion` and the
// schema's `version` to know when the shape changes (semver: a major bump breaks readers).
import { z } from 'zod';
import { citeProvision } from './citation';
import type { Instrument, Provision } from '../content/corpus';
import { articleZh } from './numerals';
import { liability, party, penalty, status, threshold } from '../content/schema';

const text = z.object({ id: z.string(), text: z.string(), items: z.array(z.object({ id: z.string(), text: z.string() })) });
const bilingual = <T extends z.ZodType>(t: T) => z.object({ zh: t, en: t });
const version = z.object({
  effective: z.string().describe('First day this text applied (YYYY-MM-DD)'),
  until: z.string().optional().describe('Last day this text applied'),
  status,
  enactedBy: z.string().optional(),
  text: bilingual(z.array(text)),
});

export const provisionExport = z.object({
  id: z.string().describe('instrument/article, e.g. criminal-law/253-1'),
  instrument: z.string(),
  article: z.string().describe('Article number; -N for 之N'),
  articleZh: z.string().describe('第二百五十三条之一'),
  citation: bilingual(z.string()).describe('Formal citation at article level'),
  heading: bilingual(z.string()),
  status,
  effective: z.string(),
  until: z.string().optional(),
  enactedBy: z.string().optional(),
  liability: z.array(liability),
  binds: z.array(party),
  formerNumbers: z.array(z.object({ number: z.string(), until: z.string() })),
  replacedBy: z.array(z.string()),
  related: z.array(z.string()),
  cites: z.array(z.string()).describe('Provisions its official text refers to'),
  penalties: z.array(penalty),
  thresholds: z.array(threshold),
  sources: z.object({ official: z.string(), compared: z.array(z.string()), checked: z.string() }),
  text: bilingual(z.array(text)).describe('Paragraphs (pN) and items (pN-iM); zh is the official text, en is unofficial'),
  earlierVersions: z.array(version),
});
type ProvisionExport = z.infer<typeof provisionExport>;

/** Bump on every change to the exported shape; major when a field is removed or changes meaning. */
const dataSchemaVersion = '1.0.0';

const envelope = {
  schemaVersion: z.literal(dataSchemaVersion).describe('Version of this data shape (semver)'),
  generated: z.iso.datetime().describe('When the site was built (ISO 8601, UTC)'),
};

/** The version and build stamp every data file starts with. */
export const dataStamp = (generated: string) => ({ schemaVersion: dataSchemaVersion, generated });

export const provisionsExport = z.object({ ...envelope, count: z.number(), provisions: z.array(provisionExport) });
export const provisionFileExport = provisionExport.extend(envelope);

/** The JSON Schema served beside the data, with its own id and version. */
export function dataJsonSchema(file: 'provisions' | 'provision', schema: z.ZodType, title: string) {
  return {
    $id: `/data/${file}.schema.json`,
    title,
    version: dataSchemaVersion,
    ...z.toJSONSchema(schema, { io: 'output' }),
  };
}

export function provisionData(p: Provision, instrument: Instrument): ProvisionExport {
  const bothTexts = (doc: Provision['doc']) => ({ zh: doc.zh.paragraphs, en: doc.en.paragraphs });
  return {
    id: p.id,
    instrument: p.instrument,
    article: p.article,
    articleZh: articleZh(p.article),
    citation: { zh: citeProvision(instrument, p.article, 'zh'), en: citeProvision(instrument, p.article, 'en') },
    ...p.facts,
    heading: p.heading, // both locales, in place of the zh-only heading in the facts
    cites: p.doc.zh.cites,
    text: bothTexts(p.doc),
    earlierVersions: p.earlier.map((v) => ({
      effective: v.facts.effective,
      until: v.facts.until,
      status: v.facts.status,
      enactedBy: v.facts.enactedBy,
      text: bothTexts(v.doc),
    })),
  };
}
