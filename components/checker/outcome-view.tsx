import { describePenalty } from '@/lib/provisions/penalty-format';
import { t } from '@/lib/i18n/dictionary';
import { checkerLabels } from '@/lib/checker/labels';
import { message } from '@/lib/checker/messages';
import type { Finding, Outcome, PenaltyLine } from '@/lib/checker/rules';
import type { Locale } from '@/lib/i18n/locales';
import { CiteLinks } from './cite-links';

type Names = Record<string, string>;

function Findings({ findings, names, locale }: { findings: Finding[]; names: Names; locale: Locale }) {
  return (
    <ul className="list-disc space-y-2 ps-5">
      {findings.map((f, i) => (
        <li key={`${f.key}-${i}`} data-finding={f.key}>
          {message(f.key, locale, f.values)}
          <CiteLinks cite={f.cite} names={names} locale={locale} />
          {f.penalties && f.penalties.length > 0 && <Penalties lines={f.penalties} names={names} locale={locale} />}
        </li>
      ))}
    </ul>
  );
}

function Penalties({ lines, names, locale }: { lines: PenaltyLine[]; names: Names; locale: Locale }) {
  const party = t(locale).party;
  return (
    <ul className="mt-1 list-[circle] ps-5 text-sm">
      {lines.map((l, i) => (
        <li key={i}>
          {party[l.penalty.on]}
          {locale === 'zh' ? '：' : ': '}
          {describePenalty(l.penalty, locale)}
          <CiteLinks cite={[l.cite]} names={names} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

const tone = {
  none: 'border-neutral-400',
  basic: 'border-amber-600 dark:border-amber-400',
  aggravated: 'border-red-700 dark:border-red-400',
} as const;

export function OutcomeView({ outcome, names, locale }: { outcome: Outcome; names: Names; locale: Locale }) {
  const labels = checkerLabels[locale];
  const liability = t(locale).liability;
  if (!outcome.complete) return <p>{labels.incomplete}</p>;
  return (
    <div className="space-y-6">
      <section data-liability="criminal" aria-labelledby="outcome-criminal">
        <h3 id="outcome-criminal" className="mb-2 text-lg font-semibold">
          {liability.criminal}
        </h3>
        <div className="space-y-4">
          {outcome.criminal.map((o) => (
            <div key={o.offence} data-offence={o.offence} data-severity={o.severity} className={`border-s-4 ps-3 ${tone[o.severity]}`}>
              <p className="font-medium">
                {labels.offence[o.offence]} — <span data-testid="severity">{labels.severity[o.severity]}</span>
              </p>
              <Findings findings={o.findings} names={names} locale={locale} />
              {o.penalties.length > 0 && (
                <div className="mt-2">
                  <p className="text-sm font-medium">{labels.sentencing}</p>
                  <Penalties lines={o.penalties} names={names} locale={locale} />
                </div>
              )}
            </div>
          ))}
        </div>
      </section>
      {(['civil', 'administrative', 'employment'] as const).map((l) => (
        <section key={l} data-liability={l} aria-labelledby={`outcome-${l}`}>
          <h3 id={`outcome-${l}`} className="mb-2 text-lg font-semibold">
            {liability[l]}
          </h3>
          <Findings findings={outcome[l]} names={names} locale={locale} />
        </section>
      ))}
    </div>
  );
}
