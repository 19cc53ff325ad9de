'use client';
// A unit's completion record: tallies each question's first checked answer (announced by the
// quiz), and once all are answered shows a record the learner can print on its own — name
// typed by the learner, unit, score, result, date, the provisions covered — kept only in
// this browser.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import * as strings from '@/lib/i18n/strings/record';
import { MASTERY } from '@/lib/scorm/spec';
import { Panel } from '../panel';
import { isQuizAnswer, quizAnswerEvent } from '@/lib/training/quiz-events';
import { parseRecord, readName, readRawRecord, subscribeRecords, today, writeName, writeRecord } from '@/lib/training/record-storage';

interface Props {
  locale: Locale;
  unit: string;
  unitTitle: string;
  questions: string[];
  provisions: string[];
}

export function CompletionRecord({ locale, unit, unitTitle, questions, provisions }: Props) {
  const w = strings[locale];
  // Nothing is known before hydration: the static page cannot see this browser's storage.
  const raw = useSyncExternalStore(
    subscribeRecords,
    () => readRawRecord(unit),
    () => null,
  );
  const stored = useSyncExternalStore(subscribeRecords, readName, () => '');
  // What was typed here wins, so the field still works where storage is refused.
  const [typed, setTyped] = useState<string | null>(null);
  const name = typed ?? stored;
  const record = parseRecord(raw);
  useEffect(() => {
    const onAnswer = (e: Event) => {
      const answer = e instanceof CustomEvent ? (e.detail as unknown) : undefined;
      if (!isQuizAnswer(answer) || !questions.includes(answer.id)) return;
      const current = parseRecord(readRawRecord(unit));
      if (answer.id in current.answers) return; // the first checked answer counts
      writeRecord(unit, { answers: { ...current.answers, [answer.id]: answer.right }, date: today() });
    };
    window.addEventListener(quizAnswerEvent, onAnswer);
    return () => window.removeEventListener(quizAnswerEvent, onAnswer);
  }, [unit, questions]);

  const answered = questions.filter((q) => q in record.answers).length;
  const right = questions.filter((q) => record.answers[q]).length;
  const passed = questions.length > 0 && right / questions.length >= MASTERY;
  const print = () => {
    // Print the record alone: globals.css drops every element but the record and the ones
    // holding it while html[data-print="record"], so the sheet is one page.
    const record = document.querySelector('[data-completion-record]');
    const holders: HTMLElement[] = [];
    for (let e = record?.parentElement; e && e !== document.body; e = e.parentElement) holders.push(e);
    holders.forEach((e) => (e.dataset.printKeep = ''));
    document.documentElement.dataset.print = 'record';
    const restore = () => {
      delete document.documentElement.dataset.print;
      holders.forEach((e) => delete e.dataset.printKeep);
    };
    window.addEventListener('afterprint', restore, { once: true });
    window.print();
  };

  return (
    <Panel id="completion-record" title={w.record} handoutSkip className="print:border-0" headingClassName="print:hidden">
      <p className="text-sm text-neutral-700 dark:text-neutral-300 print:hidden">{w.intro}</p>
      {answered < questions.length ? (
        <p className="mt-2" data-testid="record-pending" role="status">
          {w.pending(answered, questions.length)}
        </p>
      ) : (
        <>
          <div className="mt-3 flex flex-wrap items-end gap-3 print:hidden">
            <label className="flex flex-col text-sm">
              {w.name}
              <input
                value={name}
                maxLength={100}
                autoComplete="name"
                onChange={(e) => {
                  setTyped(e.target.value);
                  writeName(e.target.value);
                }}
                className="mt-1 rounded border border-neutral-400 px-2 py-1 text-base dark:border-neutral-600 dark:bg-neutral-900"
              />
            </label>
            <button
              type="button"
              onClick={print}
              className="rounded border border-blue-700 px-3 py-1 text-blue-800 dark:border-blue-400 dark:text-blue-200"
            >
              {w.print}
            </button>
            <button type="button" onClick={() => writeRecord(unit, null)} className="text-sm underline">
              {w.restart}
            </button>
          </div>
          <div
            data-completion-record
            className="mt-4 rounded border border-neutral-300 p-4 dark:border-neutral-700 print:border-neutral-900"
          >
            <h3 className="text-lg font-semibold">{w.record}</h3>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-medium">{w.name}</dt>
              <dd data-testid="record-name">{name.trim() || w.noName}</dd>
              <dt className="font-medium">{w.unit}</dt>
              <dd>{unitTitle}</dd>
              <dt className="font-medium">{w.date}</dt>
              <dd data-testid="record-date">{record.date}</dd>
            </dl>
            <p className="mt-2" data-testid="record-score">
              {w.score(right, questions.length)}
            </p>
            <p data-testid="record-result" data-passed={passed}>
              {w.result(passed, Math.round(MASTERY * 100))}
            </p>
            <h4 className="mt-3 font-medium">{w.provisions}</h4>
            <ul className="list-disc ps-5 text-sm">
              {provisions.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            <p className="mt-8 border-t border-neutral-400 pt-1 text-sm">{w.signature}</p>
          </div>
        </>
      )}
    </Panel>
  );
}
