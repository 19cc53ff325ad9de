import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AddToHandout } from '@/components/handout/add-to-handout';
import { LmsDownloads } from '@/components/lms-downloads';
import { MdxContent } from '@/components/mdx-content';
import { ProvisionList } from '@/components/provision-list';
import { AnswerKey } from '@/components/quiz/answer-key';
import { CompletionRecord } from '@/components/quiz/completion-record';
import { getCase, getInstrument, getModule, getProvisionById, listModules } from '@/lib/content/gateway.server';
import { citeProvision } from '@/lib/provisions/citation';
import { t } from '@/lib/i18n/dictionary';
import { colon } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/site/metadata';
import { readLocale, withLocales } from '@/lib/site/params';
import { caseHref, handoutHref, trainingHref } from '@/lib/site/urls';

type Params = { params: Promise<{ locale: string; module: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return withLocales(listModules().map((m) => ({ module: m.slug })));
}

async function load(params: Params['params']) {
  const { locale, module: slug } = await readLocale(params);
  const m = getModule(slug);
  if (!m) notFound();
  return { locale, m };
}

export async function generateMetadata({ params }: Params) {
  const { locale, m } = await load(params);
  return pageMetadata(locale, trainingHref(locale, m.slug), m.text[locale].title, m.text[locale].summary);
}

export default async function ModulePage({ params }: Params) {
  const { locale, m } = await load(params);
  const dict = t(locale).training;
  const all = listModules();
  const at = all.findIndex((x) => x.slug === m.slug);
  const [previous, next] = [all[at - 1], all[at + 1]];
  const id = `training/${m.slug}`;
  const taught = m.facts.provisions.flatMap((p) => getProvisionById(p) ?? []);
  return (
    <main className="space-y-8" data-module={m.slug} data-handout>
      <header className="space-y-2">
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {dict.module(m.facts.order)} · {dict.minutes(m.facts.minutes)}
        </p>
        <h1 className="text-3xl font-bold">{m.text[locale].title}</h1>
        <p className="text-lg text-neutral-700 dark:text-neutral-300">{m.text[locale].summary}</p>
        <div data-handout-skip className="flex flex-wrap items-center gap-3">
          <AddToHandout id={id} locale={locale} />
          <Link
            href={handoutHref(locale, [id, ...m.facts.provisions])}
            className="text-sm underline print:hidden"
            data-testid="module-handout"
          >
            {dict.handoutFromModule}
          </Link>
        </div>
      </header>
      <section aria-labelledby="objectives" className="rounded-lg bg-neutral-100 p-4 dark:bg-neutral-900">
        <h2 id="objectives" className="mb-2 font-semibold">
          {dict.objectives}
        </h2>
        <ul className="list-disc space-y-1 ps-5">
          {m.text[locale].objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </section>
      <div className="prose max-w-none dark:prose-invert">
        <MdxContent code={m.doc[locale].code} locale={locale} />
      </div>
      <AnswerKey quiz={m.doc[locale].quiz} locale={locale} />
      <CompletionRecord
        locale={locale}
        unit={m.slug}
        unitTitle={m.text[locale].title}
        questions={m.doc[locale].quiz.map((q) => q.id)}
        provisions={taught.flatMap((p) => {
          const instrument = getInstrument(p.instrument);
          return instrument ? [`${citeProvision(instrument, p.article, locale)} · ${p.heading[locale]}`] : [];
        })}
      />
      <section aria-labelledby="taught" data-handout-skip>
        <h2 id="taught" className="mb-2 text-xl font-semibold">
          {dict.provisions}
        </h2>
        <ProvisionList provisions={taught} locale={locale} />
      </section>
      <LmsDownloads
        locale={locale}
        names={[
          { name: m.slug, label: t(locale).lms.unitDownload },
          { name: 'course', label: t(locale).lms.courseDownload },
        ]}
      />
      {m.facts.cases.length > 0 && (
        <section aria-labelledby="cases" data-handout-skip>
          <h2 id="cases" className="mb-2 text-xl font-semibold">
            {dict.cases}
          </h2>
          <ul className="list-disc ps-5">
            {m.facts.cases
              .flatMap((slug) => getCase(slug) ?? [])
              .map((c) => (
                <li key={c.slug}>
                  <Link href={caseHref(locale, c.slug)} className="underline">
                    {c.text[locale].title}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      )}
      <nav aria-label={dict.title} className="flex flex-col gap-3 sm:flex-row sm:justify-between print:hidden" data-handout-skip>
        {previous ? (
          <Link href={trainingHref(locale, previous.slug)} className="underline">
            ← {dict.previous}
            {colon(locale)}
            {previous.text[locale].title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={trainingHref(locale, next.slug)} className="underline sm:text-end">
            {dict.next}
            {colon(locale)}
            {next.text[locale].title} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </main>
  );
}
