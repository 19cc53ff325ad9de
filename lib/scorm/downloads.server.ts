// What the training pages offer for download: each package's address and size, read from the
// files the prebuild wrote into public/ (the same files `next build` copies into out/).
import { statSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import { packageHref, scormVersions, type PackageName, type ScormVersion } from './spec';

export interface PackageDownload {
  version: ScormVersion;
  href: string;
  bytes: number;
}

export function packageDownloads(locale: Locale, name: PackageName): PackageDownload[] {
  return scormVersions.map((version) => {
    const href = packageHref(locale, name, version);
    return { version, href, bytes: statSync(path.join(process.cwd(), 'public', href)).size };
  });
}
