import { InForceBrowser } from '@/components/in-force-browser';
import { shortName } from '@/lib/provisions/citation';
import { getInstrument, listProvisions } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale } from '@/lib/site/params';
import type { TimelineEntry } from '@/lib/provisions/point-in-time';
import { inForceHref, versionHref } from '@/lib/site/urls';
import { versionsOf } from '@/lib/provisions/versions';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params) {
  const { locale } = await readLocale(params);
  return pageMetadata(locale, inForceHref(locale), t(locale).inForce.title, t(locale).inForce.intro);
}

export default async function InForce({ params }: Params) {
  const { locale } = await readLocale(params);
  const dict = t(locale);
  const entries: TimelineEntry[] = listProvisions().flatMap((p) => {
    const instrument = getInstrument(p.instrument);
    if (!instrument) return [];
    return versionsOf(p).map((v) => ({
      id: p.id,
      title: shortName(instrument, p.article, locale),
      heading: v.heading[locale] ?? p.heading[locale],
      effective: v.effective,
      until: v.until,
      status: v.status,
      url: versionHref(locale, p.id, v.effective),
    }));
  });
  return (
    <main className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{dict.inForce.title}</h1>
        <p className="mt-2 text-neutral-700 dark:text-neutral-300">{dict.inForce.intro}</p>
        <noscript>
          <p className="mt-2 text-sm">{dict.inForce.needsJs}</p>
        </noscript>
      </header>
      <InForceBrowser locale={locale} entries={entries} />
    </main>
  );
}
