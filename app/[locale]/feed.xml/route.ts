import { listChanges } from '@/lib/content/gateway.server';
import { t } from '@/lib/i18n/dictionary';
import { itemLink } from '@/lib/content/item-links.server';
import { htmlLang, isLocale, locales } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site/site-url';
import { changesHref } from '@/lib/site/urls';

export const dynamic = 'force-static';
export const dynamicParams = false;
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

const escape = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

/** An Atom feed (RFC 4287) of content changes, with absolute links so readers need no base. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response('not found', { status: 404 });
  const dict = t(locale);
  const changes = listChanges();
  const entries = changes.map((c, i) => {
    const list = c.items.slice(0, 50).map((id) => {
      const { href, name } = itemLink(id, locale);
      return `<li><a href="${escape(`${siteUrl}${href}`)}">${escape(name)}</a></li>`;
    });
    return `  <entry>
    <id>tag:customer-data-leak-liability,2026:${locale}/changes/${c.date}/${changes.length - i}</id>
    <title>${escape(`${c.date} · ${dict.changes.kinds[c.kind]}`)}</title>
    <updated>${c.date}T00:00:00Z</updated>
    <link href="${siteUrl}${changesHref(locale)}"/>
    <summary>${escape(c.note[locale])}</summary>
    <content type="html">${escape(`<p>${escape(c.note[locale])}</p><ul>${list.join('')}</ul>`)}</content>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${htmlLang[locale]}">
  <id>tag:customer-data-leak-liability,2026:${locale}/changes</id>
  <title>${escape(`${dict.siteName} · ${dict.changes.title}`)}</title>
  <updated>${changes[0]?.date ?? '2026-01-01'}T00:00:00Z</updated>
  <author><name>${escape(dict.siteName)}</name></author>
  <link rel="self" type="application/atom+xml" href="${siteUrl}/${locale}/feed.xml"/>
  <link rel="alternate" type="text/html" href="${siteUrl}${changesHref(locale)}"/>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
