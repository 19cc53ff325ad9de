import { describePenalty } from '@/lib/provisions/penalty-format';
import type { CheckerWords } from '@/lib/checker/words';
import { clientStrings } from '@/lib/i18n/client-strings';
import { colon } from '@/lib/i18n/locales';
import type { Bound, Finding, Outcome, PenaltyLine } from '@/lib/checker/rules';
import { CiteLinks } from './cite-links';

type Names = Record<string, string>;

function Findings({ findings, names, words }: { findings: Finding[]; names: Names; words: CheckerWords }) {
  return (
    <ul className="list-disc space-y-2 ps-5">
      {findings.map((f, i) => (
        <li key={`${f.key}-${i}`} data-finding={f.key}>
          {words.messages[f.key](f.values ?? {})}
          <CiteLinks cite={f.cite} names={names} locale={words.locale} />
          {f.penalties && f.penalties.length > 0 && <Penalties lines={f.penalties} names={names} words={words} />}
        </li>
      ))}
    </ul>
  );
}

function Penalties({ lines, names, words }: { lines: PenaltyLine[]; names: Names; words: CheckerWords }) {
  const { party, locale } = words;
  return (
    <ul className="mt-1 list-[circle] ps-5 text-sm">
      {lines.map((l, i) => (
        <li key={i}>
          {party[l.penalty.on]}
          {colon(locale)}
          {describePenalty(l.penalty, locale)}
          <CiteLinks cite={[l.cite]} names={names} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

/** Findings grouped by whom they bind, the reader's own first, each group headed as such. */
function BoundFindings({ findings, names, words, firm }: { findings: Finding[]; names: Names; words: CheckerWords; firm: boolean }) {
  const bound = words.labels.bound;
  const groups = (['person', 'organisation'] as Bound[]).map((b) => [b, findings.filter((f) => f.binds === b)] as const);
  const unbound = findings.filter((f) => !f.binds);
  return (
    <div className="space-y-3">
      {groups.map(
        ([b, list]) =>
          list.length > 0 && (
            <div key={b} data-binds={b}>
              <p className="font-medium">{bound[b][firm ? 'firm' : 'staff']}</p>
              <Findings findings={list} names={names} words={words} />
            </div>
          ),
      )}
      {unbound.length > 0 && <Findings findings={unbound} names={names} words={words} />}
    </div>
  );
}

type OffenceOutcome = Outcome['criminal'][number];

/** The opening sentence of a criminal outcome: the offence and the statute's punishment clause, verbatim. */
export function Verdict({ o, names, words }: { o: OffenceOutcome; names: Names; words: CheckerWords }) {
  const { labels, locale } = words;
  if (!o.sentence)
    return (
      <p data-verdict={o.offence} className="font-medium">
        {labels.offence[o.offence]} — {labels.severity.none}
      </p>
    );
  return (
    <p data-verdict={o.offence} className="font-medium">
      {labels.likely(labels.offence[o.offence], o.sentence[locale])}
      {o.heavier && labels.heavier}
      {locale === 'zh' ? '。' : '.'}
      <CiteLinks cite={[o.sentence.cite, ...(o.heavier ? [o.heavier] : [])]} names={names} locale={locale} />
    </p>
  );
}

const tone = {
  none: 'border-neutral-400',
  basic: 'border-amber-600 dark:border-amber-400',
  aggravated: 'border-red-700 dark:border-red-400',
} as const;

export function OutcomeView({ outcome, names, words }: { outcome: Outcome; names: Names; words: CheckerWords }) {
  const { labels } = words;
  const liability = clientStrings(words.locale).liability;
  if (!outcome.complete) return <p>{labels.incomplete}</p>;
  const firm = outcome.actor === 'firm';
  return (
    <div className="space-y-6">
      <section data-liability="criminal" aria-labelledby="outcome-criminal">
        <h3 id="outcome-criminal" className="mb-2 text-lg font-semibold">
          {liability.criminal}
        </h3>
        <div className="space-y-4">
          {outcome.criminal.map((o) => (
            <div key={o.offence} data-offence={o.offence} data-severity={o.severity} className={`border-s-4 ps-3 ${tone[o.severity]}`}>
              <p className="text-sm">
                {labels.offence[o.offence]} — <span data-testid="severity">{labels.severity[o.severity]}</span>
              </p>
              {o.sentence && <Verdict o={o} names={names} words={words} />}
              <Findings findings={o.findings} names={names} words={words} />
            </div>
          ))}
        </div>
      </section>
      {(['civil', 'administrative', 'employment'] as const).map((l) => (
        <section key={l} data-liability={l} aria-labelledby={`outcome-${l}`}>
          <h3 id={`outcome-${l}`} className="mb-2 text-lg font-semibold">
            {liability[l]}
          </h3>
          <BoundFindings findings={outcome[l]} names={names} words={words} firm={firm} />
        </section>
      ))}
    </div>
  );
}
