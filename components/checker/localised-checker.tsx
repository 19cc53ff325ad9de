'use client';
// The checker in the page's language. Each language's words are their own chunk, loaded only
// where rendered (next/dynamic), so a Chinese page does not carry the English table, or the reverse.
import dynamic from 'next/dynamic';
import type { Locale } from '@/lib/i18n/locales';
import type { CheckerProps } from './checker';

type Props = Omit<CheckerProps, 'words'>;

const CheckerZh = dynamic<Props>(() => import('./checker-zh').then((m) => m.CheckerZh));
const CheckerEn = dynamic<Props>(() => import('./checker-en').then((m) => m.CheckerEn));

export function LocalisedChecker({ locale, ...props }: Props & { locale: Locale }) {
  return locale === 'zh' ? <CheckerZh {...props} /> : <CheckerEn {...props} />;
}
