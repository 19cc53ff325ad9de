'use client';
// Quiz components for MDX: <Quiz>, <Question kind>, <Choice correct>, <Explanation>.
// Answers are checked in the browser; nothing is stored. Without JavaScript the choices show
// and the answer key at the end of the module gives the answers.
import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { announceAnswer } from '@/lib/training/quiz-events';

const words = {
  zh: {
    check: '核对答案',
    retry: '再试一次',
    right: '回答正确。',
    wrong: '不正确。',
    partial: '不完全正确：还有正确选项没有选。',
    correctChoice: '正确答案',
    chosen: '您的选择',
    question: '题',
  },
  en: {
    check: 'Check answer',
    retry: 'Try again',
    right: 'Correct.',
    wrong: 'Incorrect.',
    partial: 'Partly right: a correct choice is missing.',
    correctChoice: 'correct answer',
    chosen: 'your choice',
    question: 'Question',
  },
} as const;

type Result = 'right' | 'partial' | 'wrong';

interface QuestionState {
  kind: 'single' | 'multiple';
  result: Result;
  name: string;
  selected: Set<string>;
  toggle: (n: string) => void;
  checked: boolean;
  locale: Locale;
}
const QuestionContext = createContext<QuestionState | null>(null);

export function Quiz({ children }: { children: ReactNode }) {
  return (
    <div className="not-prose my-6 space-y-6" data-quiz>
      {children}
    </div>
  );
}

interface QuestionProps {
  id: string;
  kind: 'single' | 'multiple';
  answer: string;
  locale: Locale;
  children: ReactNode;
}

export function Question({ id, kind, answer, locale, children }: QuestionProps) {
  const name = useId();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [checked, setChecked] = useState(false);
  const toggle = (n: string) => {
    setChecked(false);
    setSelected((s) => (kind === 'single' ? new Set([n]) : new Set(s.has(n) ? [...s].filter((x) => x !== n) : [...s, n])));
  };
  const correct = answer.split(',');
  const hits = correct.filter((n) => selected.has(n)).length;
  // Partly right: only for several answers, where every choice made is right but some are missing.
  const result: Result = hits === selected.size ? (hits === correct.length ? 'right' : hits > 0 ? 'partial' : 'wrong') : 'wrong';
  return (
    <QuestionContext.Provider value={{ kind, result, name, selected, toggle, checked, locale }}>
      <fieldset
        id={id}
        data-question={id}
        data-kind={kind}
        className="break-inside-avoid rounded-lg border border-neutral-300 p-4 dark:border-neutral-700"
      >
        {children}
        <button
          type="button"
          disabled={selected.size === 0}
          onClick={() => {
            setChecked(true);
            announceAnswer({ id, right: result === 'right' });
          }}
          className="mt-3 rounded border border-blue-700 px-3 py-1 text-blue-800 disabled:opacity-50 dark:border-blue-400 dark:text-blue-200 print:hidden"
        >
          {words[locale].check}
        </button>
      </fieldset>
    </QuestionContext.Provider>
  );
}

export function Choice({ n, correct, children }: { n: string; correct?: boolean; children: ReactNode }) {
  const q = useContext(QuestionContext);
  if (!q) return null;
  const chosen = q.selected.has(n);
  const mark = q.checked && (correct || chosen) ? (correct ? '✓' : '✗') : '';
  return (
    <label
      data-choice={n}
      data-state={q.checked ? (correct ? 'correct' : chosen ? 'wrong' : 'other') : undefined}
      className={`my-1 flex items-start gap-2 rounded p-1 ${q.checked && correct ? 'bg-emerald-50 dark:bg-emerald-950' : ''} ${q.checked && chosen && !correct ? 'bg-red-50 dark:bg-red-950' : ''}`}
    >
      <input
        type={q.kind === 'single' ? 'radio' : 'checkbox'}
        name={q.name}
        checked={chosen}
        onChange={() => q.toggle(n)}
        className="mt-1.5"
      />
      <span aria-hidden className="font-medium">
        {String.fromCharCode(64 + Number(n))}.
      </span>
      <span className="flex-1 [&>p]:my-0">{children}</span>
      {mark && (
        <span aria-label={correct ? words[q.locale].correctChoice : words[q.locale].chosen} className="font-bold">
          {mark}
        </span>
      )}
    </label>
  );
}

export function Explanation({ children }: { children: ReactNode }) {
  const q = useContext(QuestionContext);
  if (!q?.checked) return null;
  const { result } = q;
  return (
    <div
      role="status"
      data-testid="quiz-feedback"
      data-result={result}
      className="mt-2 rounded bg-neutral-100 p-3 text-sm dark:bg-neutral-800 [&>p]:my-1"
    >
      <p className="font-semibold">{words[q.locale][result]}</p>
      {children}
    </div>
  );
}
