// imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition: one organization whose items are
// the units, each a SCO launched from its own page, sharing the package's script and stylesheet.
import { MASTERY, type ScormVersion } from './spec';

export interface ManifestUnit {
  /** A unit's slug: identifiers derive from it. */
  slug: string;
  title: string;
  /** Launch page, relative to the package root. */
  href: string;
}

export interface ManifestSpec {
  version: ScormVersion;
  identifier: string;
  title: string;
  units: ManifestUnit[];
  /** Files every SCO uses (sco.js, sco.css). */
  shared: string[];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const id = (prefix: string, slug: string) => `${prefix}-${slug.replace(/[^A-Za-z0-9_-]/g, '_')}`;

const namespaces: Record<ScormVersion, string> = {
  '1.2':
    'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
  '2004':
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
};

function item(spec: ManifestSpec, unit: ManifestUnit): string {
  const title = `<title>${escapeXml(unit.title)}</title>`;
  if (spec.version === '1.2') {
    return `<item identifier="${id('item', unit.slug)}" identifierref="${id('res', unit.slug)}">${title}<adlcp:masteryscore>${Math.round(MASTERY * 100)}</adlcp:masteryscore></item>`;
  }
  // 2004: the unit is satisfied by its scaled score reaching the passing share.
  return (
    `<item identifier="${id('item', unit.slug)}" identifierref="${id('res', unit.slug)}">${title}` +
    `<imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="${id('obj', unit.slug)}" satisfiedByMeasure="true">` +
    `<imsss:minNormalizedMeasure>${MASTERY}</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives></imsss:sequencing></item>`
  );
}

function resource(spec: ManifestSpec, unit: ManifestUnit): string {
  const type = spec.version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType';
  return `<resource identifier="${id('res', unit.slug)}" type="webcontent" ${type}="sco" href="${escapeXml(unit.href)}"><file href="${escapeXml(unit.href)}"/><dependency identifierref="res-shared"/></resource>`;
}

export function manifestXml(spec: ManifestSpec): string {
  const type = spec.version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType';
  const metadata =
    spec.version === '1.2'
      ? '<metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>'
      : '<metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>';
  const flow = spec.version === '2004' ? '<imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>' : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${escapeXml(spec.identifier)}" version="1" ${namespaces[spec.version]}>`,
    metadata,
    `<organizations default="org"><organization identifier="org"><title>${escapeXml(spec.title)}</title>`,
    ...spec.units.map((u) => item(spec, u)),
    `${flow}</organization></organizations>`,
    '<resources>',
    ...spec.units.map((u) => resource(spec, u)),
    `<resource identifier="res-shared" type="webcontent" ${type}="asset">${spec.shared.map((f) => `<file href="${escapeXml(f)}"/>`).join('')}</resource>`,
    '</resources>',
    '</manifest>',
    '',
  ].join('\n');
}
