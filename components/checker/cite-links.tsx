import Link from 'next/link';
import { anchorLabel } from '@/lib/provisions/citation';
import type { Locale } from '@/lib/i18n/locales';
import { provisionHref } from '@/lib/site/urls';

/** Links to the paragraphs and items behind a finding: 刑法第二百五十三条之一第二款. */
export function CiteLinks({ cite, names, locale }: { cite: string[]; names: Record<string, string>; locale: Locale }) {
  if (!cite.length) return null;
  return (
    <span className="ms-1 text-sm">
      {cite.map((ref, i) => {
        const [id, anchor] = ref.split('#');
        return (
          <span key={ref}>
            {i > 0 && (locale === 'zh' ? '；' : '; ')}
            <Link href={provisionHref(locale, ref)} className="text-blue-800 underline dark:text-blue-300">
              {names[id] ?? id}
              {anchor ? (locale === 'zh' ? '' : ' ') + anchorLabel(anchor, locale) : ''}
            </Link>
          </span>
        );
      })}
    </span>
  );
}
