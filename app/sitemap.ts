import type { MetadataRoute } from 'next';
import { htmlLang } from '@/lib/i18n/locales';
import { allPaths } from '@/lib/content/routes.server';
import { siteUrl } from '@/lib/site/site-url';
import { switchLocale } from '@/lib/site/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return allPaths()
    .filter((path) => !path.includes('?'))
    .map((path) => ({
      url: `${siteUrl}${path}`,
      alternates: {
        languages: { [htmlLang.zh]: `${siteUrl}${switchLocale(path, 'zh')}`, [htmlLang.en]: `${siteUrl}${switchLocale(path, 'en')}` },
      },
    }));
}
