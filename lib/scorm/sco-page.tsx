/* eslint-disable @next/next/no-head-element, @next/next/no-sync-scripts -- a page of a SCORM package, rendered to a file, not a page of the Next.js site */
// One training unit as the HTML page of a SCORM package: reading, quiz and the provisions it
// covers, rendered once at build time with no dependency outside the package (sco.css and
// sco.js sit beside it). The quiz is written from the corpus's quiz data; sco.js does the rest.
import { getMDXComponent } from 'mdx-bundler/client';
import type { ReactNode } from 'react';
import type { Corpus, TrainingModule } from '../content/corpus';
import { t } from '../i18n/dictionary';
import type { Locale } from '../i18n/locales';
import { citeProvision } from '../provisions/citation';
import { MASTERY, type ScormVersion } from './spec';

/** No request may leave the package: only its own files, and nothing to connect to. */
const packagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

const letter = (i: number) => String.fromCharCode(65 + i);
const none = () => null;

interface Props {
  unit: TrainingModule;
  corpus: Corpus;
  locale: Locale;
  version: ScormVersion;
  /** Where sco.js and sco.css are, relative to this page: '' in a unit package, '../' in the course. */
  assets: string;
}

export function ScoPage({ unit, corpus, locale, version, assets }: Props) {
  const dict = t(locale);
  const words = dict.lms;
  const quiz = unit.doc[locale].quiz;
  // The reading as on the site, with references and links as plain citations (there is no site to link to) and
  // the quiz left out: it is written below from the quiz data, for sco.js to grade.
  const components = {
    P: ({ children }: { children: ReactNode }) => <p>{children}</p>,
    Item: ({ children }: { children: ReactNode }) => <p className="item">{children}</p>,
    Commentary: ({ children }: { children: ReactNode }) => <section>{children}</section>,
    Ref: ({ children }: { children: ReactNode }) => <cite>{children}</cite>,
    a: ({ children }: { children: ReactNode }) => <cite>{children}</cite>,
    Quiz: none,
    Question: none,
    Choice: none,
    Explanation: none,
  };
  const reading = getMDXComponent(unit.doc[locale].code)({ components });
  const provisions = unit.facts.provisions.flatMap((id) => {
    const p = corpus.provisions.find((x) => x.id === id);
    const instrument = p && corpus.instruments.find((i) => i.slug === p.instrument);
    return p && instrument ? [{ id, cite: citeProvision(instrument, p.article, locale), heading: p.heading[locale] }] : [];
  });
  return (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'} data-scorm={version}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta httpEquiv="Content-Security-Policy" content={packagePolicy} />
        <title>{unit.text[locale].title}</title>
        <link rel="stylesheet" href={`${assets}sco.css`} />
      </head>
      <body>
        <main>
          <p className="meta">
            {dict.training.module(unit.facts.order)} · {dict.training.minutes(unit.facts.minutes)}
          </p>
          <h1>{unit.text[locale].title}</h1>
          <p className="summary">{unit.text[locale].summary}</p>
          <section className="objectives" aria-labelledby="objectives">
            <h2 id="objectives">{dict.training.objectives}</h2>
            <ul>
              {unit.text[locale].objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
          </section>
          <div className="reading">{reading}</div>
          <form data-quiz data-mastery={MASTERY} aria-labelledby="quiz">
            <h2 id="quiz">{words.quiz}</h2>
            <p>{words.mastery(Math.round(MASTERY * 100))}</p>
            {quiz.map((q, n) => (
              <fieldset
                key={q.id}
                data-question={q.id}
                data-kind={q.kind}
                data-answer={q.choices.flatMap((c, i) => (c.correct ? [String(i + 1)] : [])).join(',')}
              >
                <legend>
                  {n + 1}. {q.prompt}
                </legend>
                {q.choices.map((c, i) => (
                  <label key={i}>
                    <input type={q.kind === 'single' ? 'radio' : 'checkbox'} name={q.id} value={String(i + 1)} /> {letter(i)}. {c.text}
                  </label>
                ))}
                <p data-explanation hidden>
                  {q.explanation}
                </p>
              </fieldset>
            ))}
            <button type="submit">{words.submit}</button>
            <p id="quiz-result" role="status" data-passed-text={words.passedText} data-failed-text={words.failedText} />
          </form>
          <p id="lms-status" className="meta" role="status" data-connected={words.connected} data-alone={words.alone} />
          <section aria-labelledby="provisions">
            <h2 id="provisions">{words.provisionsCovered}</h2>
            <ul>
              {provisions.map((p) => (
                <li key={p.id}>
                  {p.cite} · {p.heading}
                </li>
              ))}
            </ul>
          </section>
          <footer className="meta">
            <p>
              {dict.siteName} · {words.notAdvice}
            </p>
          </footer>
        </main>
        <script src={`${assets}sco.js`} />
      </body>
    </html>
  );
}
