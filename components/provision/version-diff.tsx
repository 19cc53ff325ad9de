// What changed between two texts: character by character for Chinese, word by word for
// English. Computed at build time; the page ships only the marked-up result.
import { diffChars, diffWords } from 'diff';
import type { Locale } from '@/lib/i18n/locales';

export function VersionDiff({
  before,
  after,
  locale,
  labels,
}: {
  before: string;
  after: string;
  locale: Locale;
  labels: { removed: string; added: string };
}) {
  const parts = locale === 'zh' ? diffChars(before, after) : diffWords(before, after);
  return (
    <div data-testid="version-diff" className="font-serif leading-8 whitespace-pre-wrap">
      {parts.map((part, i) =>
        part.added ? (
          <ins
            key={i}
            className="bg-emerald-100 text-emerald-950 no-underline dark:bg-emerald-900 dark:text-emerald-50"
            title={labels.added}
          >
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} className="bg-red-100 text-red-950 dark:bg-red-900 dark:text-red-50" title={labels.removed}>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </div>
  );
}
