import type { MetadataRoute } from 'next';
import { htmlLang } from '@/lib/locales';
import { allPaths } from '@/lib/routes.server';
import { siteUrl } from '@/lib/site';
import { switchLocale } from '@/lib/urls';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return allPaths()
    .filter((path) => !path.includes('?'))
    .map((path) => ({
      url: `${siteUrl}${path}`,
      alternates: { languages: { [htmlLang.zh]: `${siteUrl}${switchLocale(path, 'zh')}`, [htmlLang.en]: `${siteUrl}${switchLocale(path, 'en')}` } },
    }));
}
