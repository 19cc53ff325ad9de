import type { Question } from '@/lib/content/corpus';
import type { Locale } from '@/lib/i18n/locales';

const words = {
  zh: { title: '答案', question: (n: number) => `第 ${n} 题`, answer: '答案' },
  en: { title: 'Answer key', question: (n: number) => `Question ${n}`, answer: 'Answer' },
} as const;

const letter = (i: number) => String.fromCharCode(65 + i);

/**
 * The quiz's answers: collapsed on screen (for readers without JavaScript), and on its own page
 * in print, so a printed quiz can be handed out without the answers on the same sheet.
 */
export function AnswerKey({ quiz, locale }: { quiz: Question[]; locale: Locale }) {
  if (quiz.length === 0) return null;
  const w = words[locale];
  const list = (
    <ol className="list-none space-y-2 ps-0">
      {quiz.map((q, i) => (
        <li key={q.id}>
          <strong>{w.question(i + 1)}</strong> — {w.answer}: {q.choices.flatMap((c, j) => (c.correct ? [letter(j)] : [])).join(', ')}
          <span className="block text-sm">{q.explanation}</span>
        </li>
      ))}
    </ol>
  );
  return (
    <section aria-label={w.title} data-testid="answer-key" className="print:break-before-page">
      <details className="print:hidden">
        <summary className="cursor-pointer font-semibold">{w.title}</summary>
        {list}
      </details>
      <div className="hidden print:block">
        <h2>{w.title}</h2>
        {list}
      </div>
    </section>
  );
}
