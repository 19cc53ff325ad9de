import { t } from '@/lib/i18n/dictionary';
import type { Locale } from '@/lib/i18n/locales';
import type { Status } from '@/lib/content/schema';

const tone: Record<Status, string> = {
  current: 'border-emerald-700 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300',
  amended: 'border-amber-700 text-amber-800 dark:border-amber-400 dark:text-amber-300',
  repealed: 'border-red-700 text-red-800 dark:border-red-400 dark:text-red-300',
};

export function StatusBadge({ status, locale }: { status: Status; locale: Locale }) {
  return (
    <span
      data-testid="status"
      className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${tone[status]}`}
    >
      {t(locale).status[status]}
    </span>
  );
}
